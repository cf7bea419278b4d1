import { DataSource } from 'typeorm';
import {
  PROPOSAL_TYPES,
  type Figures,
  type ProposalType,
} from '../../../src/proposals/domain/proposal.types';
import { foldForSearch } from '../../../src/shared/domain/text';
import { proposalClient } from '../../support/proposal-client';
import { startTestApp, type TestApp } from '../../support/test-app';

// ---------------------------------------------------------------------------------------------
// Fixtures. Population, area and voter figures are NOT in the seed and are never invented as real
// ones: every number below is a made-up test figure, entered through the admin registry route with
// a reason that says so. Units are picked so no two journeys here (or in revision-and-endings) share one.
// ---------------------------------------------------------------------------------------------

const FIXTURE_REASON = 'TEST FIXTURE: made-up figures for an e2e test, not a statistic';
const FIXTURE_SOURCE = 'test fixture: made-up hamlet for an e2e test';

interface FixtureUnit {
  code: string;
  population: number;
  areaKm2: number;
  /** Voter consultation fixture: eligible voters and how many agreed (more than half). */
  eligibleVoters: number;
  agreed: number;
}

/** The seed has no hamlets (ấp): two made-up ones under xã Vĩnh Hòa (31054), with 6-digit fixture codes. */
const FIXTURE_HAMLETS = [
  { code: '991001', name: 'Ấp Thử Nghiệm Vĩnh Hòa 1', parent: '31054' },
  { code: '991002', name: 'Ấp Thử Nghiệm Vĩnh Hòa 2', parent: '31054' },
];

const unit = (code: string, population: number, areaKm2: number): FixtureUnit => ({
  code,
  population,
  areaKm2,
  eligibleVoters: 1000,
  agreed: 601,
});

const figures = (
  focalPoints: [number, number],
  staffing: [number, number],
  deputies: [number, number],
): Figures => ({
  focalPoints: { before: focalPoints[0], after: focalPoints[1] },
  staffing: { before: staffing[0], after: staffing[1] },
  deputies: { before: deputies[0], after: deputies[1] },
});

interface JourneyCase {
  title: string;
  leadAgency: string;
  coordinatingAgencies: string[];
  figures: Figures;
  justification?: string;
  units?: FixtureUnit[];
  resultingUnit?: { name: string; unitType: string };
}

const CASES: Record<ProposalType, JourneyCase> = {
  'commune-merger': {
    title: 'Sáp nhập xã Vĩnh Bình Bắc và xã Vĩnh Bình Nam, huyện Vĩnh Thuận',
    leadAgency: 'HU-910',
    coordinatingAgencies: ['SNV', 'MTTQ'],
    figures: figures([4, 2], [44, 40], [4, 2]),
    units: [unit('31060', 1111, 4.4), unit('31063', 2222, 6.6)],
    resultingUnit: { name: 'Vĩnh Bình', unitType: 'Xã' },
  },
  'district-merger': {
    title: 'Sắp xếp huyện Vĩnh Thuận và huyện U Minh Thượng',
    leadAgency: 'SNV',
    coordinatingAgencies: ['STC', 'BDVTU'],
    figures: figures([30, 16], [600, 540], [40, 24]),
    units: [unit('910', 3333, 7.7), unit('913', 4444, 8.8)],
  },
  'hamlet-merger': {
    // Typed decomposed (NFD) on purpose: the service must store and return it composed (NFC).
    title: 'Sáp nhập ấp Thử Nghiệm 1 và 2, xã Vĩnh Hòa'.normalize('NFD'),
    leadAgency: 'HU-913',
    coordinatingAgencies: ['MTTQ'],
    figures: figures([2, 1], [6, 3], [2, 1]),
    units: FIXTURE_HAMLETS.map((h, i) => unit(h.code, 321 + i, 1.5 + i)),
  },
  'agency-merger': {
    title: 'Hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy',
    leadAgency: 'BTGTU',
    coordinatingAgencies: ['BDVTU', 'VPTU'],
    figures: figures([2, 1], [50, 44], [6, 4]),
  },
  'internal-restructuring': {
    title: 'Sắp xếp các phòng thuộc Sở Nội vụ, giảm cấp phó',
    leadAgency: 'SNV',
    coordinatingAgencies: ['STC'],
    figures: figures([12, 10], [100, 90], [6, 4]),
  },
  'merged-office': {
    title: 'Hợp nhất Văn phòng Huyện ủy và Văn phòng HĐND-UBND huyện Hòn Đất',
    leadAgency: 'HU-903',
    coordinatingAgencies: ['DD-HDND', 'BCSD-UBND'],
    figures: figures([2, 1], [30, 26], [5, 3]),
  },
  'concurrent-post': {
    title: 'Bí thư Huyện ủy Châu Thành kiêm Chủ tịch UBND huyện',
    leadAgency: 'HU-905',
    coordinatingAgencies: ['SNV'],
    figures: figures([2, 1], [2, 1], [0, 0]),
  },
  'staffing-reduction': {
    title: 'Tinh giản biên chế Sở Tài chính giai đoạn 2018-2021',
    leadAgency: 'STC',
    coordinatingAgencies: ['SNV'],
    figures: figures([8, 8], [120, 106], [5, 5]),
  },
  'focal-point-increase': {
    title: 'Thành lập Trung tâm Phục vụ hành chính công tỉnh Kiên Giang',
    leadAgency: 'UBND',
    coordinatingAgencies: ['SNV', 'STC'],
    figures: figures([20, 21], [300, 300], [10, 10]),
    justification: 'Một đầu mối tiếp nhận hồ sơ thủ tục hành chính cho người dân Đông Yên và cả tỉnh',
  },
};

const isMerger = (c: JourneyCase) => (c.units?.length ?? 0) > 0;

interface UnitView {
  code: string;
  population: number | null;
  areaKm2: number | null;
  standard: { minPopulation: number; minAreaKm2: number } | null;
}

describe('Every proposal type from draft to implementation over HTTP', () => {
  let t: TestApp;
  const client = proposalClient(() => t);
  const { as, post, detail, history, expectInboxes } = client;
  const lead = (agency: string) => client.persona(`lead:${agency}`, ['submitter'], agency);
  const reviewerOf = (body: string) => client.persona(`reviewer:${body}`, ['reviewer'], undefined, [body]);

  beforeAll(async () => {
    t = await startTestApp();
    await client.cast('board', 'secretary', 'admin', 'auditor');
    const db = t.app.get(DataSource);
    for (const h of FIXTURE_HAMLETS) {
      await db.query(
        `INSERT INTO administrative_units (code, name, name_folded, unit_type, level, parent_code, source)
         VALUES ($1, $2, $3, 'Ấp', 'hamlet', $4, $5) ON CONFLICT (code) DO NOTHING`,
        [h.code, h.name, foldForSearch(h.name), h.parent, FIXTURE_SOURCE],
      );
    }
  });
  afterAll(() => t.close());

  // -------------------------------------------------------------------------------------------
  // Small helpers: one HTTP call each.
  // -------------------------------------------------------------------------------------------

  const setFixtureFigures = async (u: FixtureUnit): Promise<UnitView> => {
    const res = await t
      .http()
      .patch(`/api/org-units/${u.code}`)
      .set(as('admin'))
      .send({ population: u.population, areaKm2: u.areaKm2, reason: FIXTURE_REASON });
    expect(res.status).toBe(200);
    return res.body as UnitView;
  };

  /** The program's rule (both under 50% of the standard) applied to the fixture figures. */
  const expectedFinding = (u: UnitView) =>
    u.standard === null || u.population === null || u.areaKm2 === null
      ? 'missing-figures'
      : u.population < 0.5 * u.standard.minPopulation && u.areaKm2 < 0.5 * u.standard.minAreaKm2
        ? 'required'
        : 'not-required';

  it('covers every proposal type the domain knows', () =>
    expect(Object.keys(CASES).sort()).toEqual([...PROPOSAL_TYPES].sort()));

  it.each(PROPOSAL_TYPES.map((type) => [type]))(
    '%s: appraisal, consultation, (voter consultation,) Standing Committee vote, implementation',
    async (type) => {
      const c = CASES[type];
      const submitter = await lead(c.leadAgency);
      const consulted = await Promise.all(c.coordinatingAgencies.map(reviewerOf));
      await client.member(1);
      const everyone = ['board', ...consulted, 'secretary', 'm1'];
      const committee = ['secretary', 'm1'];

      // Given fixture figures on the units a merger joins
      const units = await Promise.all((c.units ?? []).map(setFixtureFigures));

      // When the lead agency drafts the proposal
      const created = await client.draft(submitter, {
        proposalType: type,
        title: c.title,
        summary: `Đề án ${type} (kiểm thử)`,
        leadAgency: c.leadAgency,
        coordinatingAgencies: c.coordinatingAgencies,
        figures: c.figures,
        ...(c.justification ? { justification: c.justification } : {}),
        ...(isMerger(c) ? { unitCodes: c.units!.map((u) => u.code) } : {}),
        ...(c.resultingUnit ? { resultingUnit: c.resultingUnit } : {}),
      });
      expect(created.status).toBe(201);
      const id = created.body.proposalId as string;
      const drafted = await detail(id, submitter);
      expect(drafted.proposal.title).toBe(c.title.normalize('NFC'));
      expect(drafted.proposal.status).toBe('Draft');
      if (isMerger(c)) {
        // the fixture figures reached the proposal and were judged against each unit's standard
        expect(
          drafted.proposal.evaluation.units.map((u: UnitView & { finding: string }) => ({
            code: u.code,
            population: u.population,
            areaKm2: u.areaKm2,
            finding: u.finding,
          })),
        ).toEqual(
          units.map((u) => ({
            code: u.code,
            population: u.population,
            areaKm2: u.areaKm2,
            finding: expectedFinding(u),
          })),
        );
        expect(drafted.proposal.evaluation.resulting.population).toBe(
          units.reduce((sum, u) => sum + (u.population ?? 0), 0),
        );
      }
      await expectInboxes(id, everyone, []);

      // and attaches the đề án and submits it
      await client.attachProposal(id, submitter, 'đề án.pdf').expect(201);
      expect((await post(id, 'submit', submitter)).body.status).toBe('InReview');

      // Then the Organization Board alone has it, for appraisal
      expect((await detail(id)).currentStage.id).toBe('appraisal');
      await expectInboxes(id, everyone, ['board']);
      expect((await post(id, 'approve', 'board', { comment: 'Đủ điều kiện' })).status).toBe(200);

      // Then every coordinating body has it until it gives its opinion
      expect((await detail(id)).currentStage).toMatchObject({
        id: 'consultation',
        bodies: c.coordinatingAgencies,
      });
      for (const [i, body] of c.coordinatingAgencies.entries()) {
        await expectInboxes(id, everyone, consulted.slice(i));
        const res = await post(id, 'opinions', consulted[i], { body, opinion: 'agree' });
        expect(res.status).toBe(200);
      }

      if (isMerger(c)) {
        // Then the Organization Board records the voters' consultation in every unit
        expect((await detail(id)).currentStage.id).toBe('voter-consultation');
        await expectInboxes(id, everyone, ['board']);
        const results = c.units!.map(({ code, eligibleVoters, agreed }) => ({
          unitCode: code,
          eligibleVoters,
          agreed,
        }));
        expect((await post(id, 'voter-consultation', 'board', { results })).status).toBe(200);
        const tally = (await detail(id)).proposal.stages.find(
          (s: { id: string }) => s.id === 'voter-consultation',
        ).voterConsultation;
        expect(tally.passed).toBe(true);
        expect(
          tally.results.map((r: { unitCode: string; passed: boolean }) => [r.unitCode, r.passed]),
        ).toEqual(c.units!.map((u) => [u.code, true]));
      }

      // Then the Standing Committee has it; the secretary opens the vote and a majority of all members votes for
      const atVote = await detail(id);
      expect(atVote.currentStage.id).toBe('standing-committee-vote');
      await expectInboxes(id, everyone, committee);
      const { memberCount } = atVote.proposal.stages.find(
        (s: { id: string }) => s.id === 'standing-committee-vote',
      );
      expect((await post(id, 'open-vote', 'secretary')).status).toBe(200);
      const inFavour = Math.floor(memberCount / 2) + 1;
      await client.castVotes(id, [...Array(inFavour).fill('for'), 'against']);
      await expectInboxes(id, everyone, committee);
      const closed = await post(id, 'close-vote', 'secretary');
      expect(closed.body.status).toBe('Approved');
      await expectInboxes(id, everyone, []);

      // When the lead agency records the decision putting it into effect
      const implemented = await post(id, 'implementation', submitter, {
        decisionNumber: '123/QĐ-UBND',
        decisionDate: '2019-06-30',
        actualFigures: c.figures,
      });
      expect(implemented.body.status).toBe('Implemented');

      // Then nobody has it any more, and the history tells the whole story in order
      await expectInboxes(id, everyone, []);
      const events = await history(id);
      expect(events.filter((e) => e.type === 'StageOpened').map((e) => e.data.stageId)).toEqual([
        'appraisal',
        'consultation',
        ...(isMerger(c) ? ['voter-consultation'] : []),
        'standing-committee-vote',
      ]);
      expect(events.filter((e) => e.type === 'OpinionGiven').map((e) => e.data.body)).toEqual(
        c.coordinatingAgencies,
      );
      expect(events.find((e) => e.type === 'VoteClosed')?.data.tally).toEqual({
        memberCount,
        for: inFavour,
        against: 1,
        abstain: 0,
        absent: memberCount - inFavour - 1,
      });
      expect(events.map((e) => e.type).slice(-2)).toEqual(['ProposalApproved', 'ImplementationRecorded']);
      const final = await detail(id);
      expect(final.proposal.title).toBe(c.title.normalize('NFC'));
      expect(final.proposal.implementation.actualFigures).toEqual(c.figures);
    },
  );

  it('stores a title typed decomposed (NFD) composed (NFC) and finds it without diacritics', async () => {
    const title = 'Sắp xếp phòng Tư pháp xã Đông Yên'.normalize('NFD');
    expect(title).not.toBe(title.normalize('NFC'));
    const submitter = await lead('SNV');
    const created = await client
      .draft(submitter, {
        ...CASES['internal-restructuring'],
        proposalType: 'internal-restructuring',
        title,
        summary: 's',
      })
      .expect(201);
    expect((await detail(created.body.proposalId, submitter)).proposal.title).toBe(title.normalize('NFC'));
    const { body } = await t
      .http()
      .get(`/api/proposals?q=${encodeURIComponent('phong tu phap xa dong yen')}`)
      .set(as(submitter))
      .expect(200);
    expect(body.items.map((i: { proposalId: string; title: string }) => [i.proposalId, i.title])).toEqual([
      [created.body.proposalId, title.normalize('NFC')],
    ]);
  });
});
