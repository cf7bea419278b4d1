import { FIGURES, PDF, proposalClient, type HistoryEntry } from '../../support/proposal-client';
import { startTestApp, type TestApp } from '../../support/test-app';

// ---------------------------------------------------------------------------------------------
// Fixtures. Population, area and voter counts are made-up test figures (the seed has none), entered
// through the admin registry route with a reason that says so. The communes used here are used by no
// other e2e spec, so an open merger here never collides with one elsewhere.
// ---------------------------------------------------------------------------------------------

const FIXTURE_REASON = 'TEST FIXTURE: made-up figures for an e2e test, not a statistic';
const STAGES = {
  appraisal: 'appraisal',
  consultation: 'consultation',
  voters: 'voter-consultation',
  vote: 'standing-committee-vote',
} as const;

/** Xã Hoà Chánh and Minh Thuận (U Minh Thượng); xã Vĩnh Hòa Hưng Bắc and Nam (Gò Quao). */
const COMMUNES = {
  hoaChanh: '31057',
  minhThuan: '31066',
  vinhHoaHungBac: '30955',
  vinhHoaHungNam: '30970',
};

describe('Revisions and every way a proposal ends, over HTTP', () => {
  let t: TestApp;
  const client = proposalClient(() => t);
  const { as, post, detail, history, castVotes } = client;

  beforeAll(async () => {
    t = await startTestApp();
    await client.cast('lead', 'coordinating-agency', 'board', 'finance', 'front');
    await client.cast('secretary', 'auditor', 'admin');
    await client.committee(15);
    for (const code of Object.values(COMMUNES)) {
      await t
        .http()
        .patch(`/api/org-units/${code}`)
        .set(as('admin'))
        .send({ population: 1500, areaKm2: 6.25, reason: FIXTURE_REASON })
        .expect(200);
    }
  });
  afterAll(() => t.close());

  // -------------------------------------------------------------------------------------------
  // Helpers: one HTTP call each, or a proposal brought to a stage.
  // -------------------------------------------------------------------------------------------

  const after = (events: HistoryEntry[], type: string) =>
    events.slice(events.map((e) => e.type).lastIndexOf(type) + 1);

  const expectOnlyInInboxOf = (id: string, open: string[]) =>
    client.expectInboxes(id, ['board', 'finance', 'front', 'secretary', 'm1'], open);

  /** This file's proposals: the Sở Tài chính and the Mặt trận Tổ quốc are consulted. */
  const OUR_DRAFT = {
    title: 'Sắp xếp các phòng thuộc Sở Nội vụ Vĩnh Thuận',
    summary: 'Giảm đầu mối và cấp phó',
    coordinatingAgencies: ['STC', 'MTTQ'],
  };
  const draft = async (overrides: object = {}) =>
    (await client.draft('lead', { ...OUR_DRAFT, ...overrides }).expect(201)).body.proposalId as string;
  const submitted = () => client.submitted(OUR_DRAFT, 'đề án.pdf');

  const approveAppraisal = (id: string) => post(id, 'approve', 'board').expect(200);
  const answerConsultation = async (id: string) => {
    await post(id, 'opinions', 'finance', { body: 'STC', opinion: 'agree' }).expect(200);
    await post(id, 'opinions', 'front', {
      body: 'MTTQ',
      opinion: 'agree-with-comments',
      comment: 'Ghi chú',
    }).expect(200);
  };

  /** A proposal whose appraisal and consultation are cleared: the Standing Committee stage is open. */
  const atCommitteeVote = async () => {
    const id = await submitted();
    await approveAppraisal(id);
    await answerConsultation(id);
    expect((await detail(id)).currentStage.id).toBe(STAGES.vote);
    return id;
  };

  const memberCountOf = async (id: string): Promise<number> =>
    (await detail(id)).proposal.stages.find((s: { id: string }) => s.id === STAGES.vote).memberCount;

  const approved = async () => {
    const id = await atCommitteeVote();
    await post(id, 'open-vote', 'secretary').expect(200);
    await castVotes(id, Array(Math.floor((await memberCountOf(id)) / 2) + 1).fill('for'));
    expect((await post(id, 'close-vote', 'secretary')).body.status).toBe('Approved');
    return id;
  };

  const atConsultation = async () => {
    const id = await submitted();
    await approveAppraisal(id);
    await post(id, 'opinions', 'finance', { body: 'STC', opinion: 'agree' }).expect(200);
    return id;
  };

  const returnedForRevision = async () => {
    const id = await submitted();
    await post(id, 'request-revision', 'board', { reason: 'Bổ sung' }).expect(200);
    return id;
  };

  const communeMerger = (units: string[], title = 'Sáp nhập xã Hoà Chánh và xã Minh Thuận') =>
    draft({
      proposalType: 'commune-merger',
      title,
      coordinatingAgencies: ['MTTQ'],
      figures: {
        focalPoints: { before: 4, after: 2 },
        staffing: { before: 44, after: 40 },
        deputies: FIGURES.deputies,
      },
      unitCodes: units,
    });

  // -------------------------------------------------------------------------------------------

  describe('return to the lead agency and resubmission', () => {
    const editTitle = (id: string) =>
      client.edit(id, 'lead', { title: 'Sắp xếp các phòng thuộc Sở Nội vụ tỉnh Kiên Giang' }).expect(200);
    const editFigures = (id: string) =>
      client.edit(id, 'lead', { figures: { ...FIGURES, staffing: { before: 100, after: 85 } } }).expect(200);
    const attachSubmission = (id: string) =>
      t
        .http()
        .post(`/api/proposals/${id}/attachments`)
        .set(as('lead'))
        .field('kind', 'submission')
        .attach('file', PDF, 'tờ trình.pdf')
        .expect(201);

    it.each([
      {
        at: STAGES.vote,
        by: 'secretary',
        change: 'nothing',
        edit: null,
        rerun: [],
        skipped: [STAGES.appraisal, STAGES.consultation],
      },
      {
        at: STAGES.vote,
        by: 'secretary',
        change: 'only the title',
        edit: editTitle,
        rerun: [STAGES.appraisal],
        skipped: [STAGES.consultation],
      },
      {
        at: STAGES.vote,
        by: 'secretary',
        change: 'the figures',
        edit: editFigures,
        rerun: [STAGES.appraisal, STAGES.consultation],
        skipped: [],
      },
      {
        at: STAGES.vote,
        by: 'secretary',
        change: 'a new document',
        edit: attachSubmission,
        rerun: [STAGES.appraisal, STAGES.consultation],
        skipped: [],
      },
      {
        at: STAGES.consultation,
        by: 'board',
        change: 'nothing',
        edit: null,
        rerun: [],
        skipped: [STAGES.appraisal],
      },
    ])(
      'returned at $at, $change changed: reruns $rerun, skips $skipped, then the returning stage',
      async ({ at, by, edit, rerun, skipped }) => {
        // Given a proposal at the returning stage
        const id = await submitted();
        await approveAppraisal(id);
        if (at === STAGES.vote) await answerConsultation(id);
        expect((await detail(id)).currentStage.id).toBe(at);

        // When its reviewer returns it to the lead agency
        const returned = await post(id, 'request-revision', by, { reason: 'Bổ sung số liệu biên chế' });
        expect(returned.status).toBe(200);
        expect(returned.body.status).toBe('RevisionRequested');

        // Then nobody reviews it meanwhile, and only the lead agency may edit and resubmit
        await expectOnlyInInboxOf(id, []);
        expect((await detail(id, 'lead')).allowedActions).toEqual(
          expect.arrayContaining(['edit', 'attach', 'resubmit', 'withdraw']),
        );
        const early = await post(id, 'approve', 'board');
        expect([early.status, early.body.code]).toEqual([409, 'PROPOSAL.WRONG_STATUS']);
        const notLead = await post(id, 'resubmit', 'coordinating-agency');
        expect([notLead.status, notLead.body.code]).toEqual([403, 'PROPOSAL.NOT_LEAD_AGENCY']);

        // When the lead agency changes what it was asked to and resubmits
        if (edit) await edit(id);
        const resubmitted = await post(id, 'resubmit', 'lead');
        expect(resubmitted.body.status).toBe('InReview');
        const resubmission = after(await history(id), 'RevisionRequested').find(
          (e) => e.type === 'ProposalResubmitted',
        );
        expect(resubmission?.data.stagesToRerun).toEqual(rerun);

        // Then each rerun stage, then the returning one, sits in its own bodies' inboxes in turn
        for (const stage of [...rerun, at]) {
          expect((await detail(id)).currentStage.id).toBe(stage);
          if (stage === STAGES.appraisal) {
            await expectOnlyInInboxOf(id, ['board']);
            await approveAppraisal(id);
          } else if (stage === STAGES.consultation) {
            await expectOnlyInInboxOf(id, ['finance', 'front']);
            await answerConsultation(id);
          }
        }
        expect((await detail(id)).currentStage.id).toBe(STAGES.vote);
        await expectOnlyInInboxOf(id, ['secretary', 'm1']);

        // and the stages cleared before whose aspects did not change were skipped, not run again
        const since = after(await history(id), 'ProposalResubmitted');
        expect(
          since.filter((e) => e.type === 'StageSkipped').map((e) => [e.data.stageId, e.data.reason]),
        ).toEqual(skipped.map((stage) => [stage, 'already-cleared']));
        expect(since.filter((e) => e.type === 'StageOpened').map((e) => e.data.stageId)).toEqual([
          ...new Set([...rerun, at, STAGES.vote]),
        ]);
      },
    );
  });

  describe('return to a named earlier stage', () => {
    it('reopens appraisal from the Standing Committee, then skips the cleared consultation', async () => {
      const id = await atCommitteeVote();

      const res = await post(id, 'request-revision', 'secretary', {
        reason: 'Ban Tổ chức thẩm định lại phương án nhân sự',
        toStage: STAGES.appraisal,
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('InReview');
      expect((await detail(id)).currentStage.id).toBe(STAGES.appraisal);
      await expectOnlyInInboxOf(id, ['board']);
      const returned = (await history(id)).filter((e) => e.type === 'RevisionRequested').at(-1);
      expect(returned?.data).toMatchObject({
        stageId: STAGES.vote,
        body: 'BTVTU',
        returnTo: { to: 'stage', stageId: STAGES.appraisal },
      });

      await approveAppraisal(id);
      const events = after(await history(id), 'StageApproved');
      expect(events.map((e) => [e.type, e.data.stageId])).toEqual([
        ['StageSkipped', STAGES.consultation],
        ['StageOpened', STAGES.vote],
      ]);
      await expectOnlyInInboxOf(id, ['secretary', 'm1']);
    });

    it('reruns the returning consultation after appraisal is cleared again', async () => {
      const id = await submitted();
      await approveAppraisal(id);
      await post(id, 'opinions', 'finance', { body: 'STC', opinion: 'disagree' }).expect(200);
      await post(id, 'request-revision', 'board', { reason: 'Xem lại', toStage: STAGES.appraisal }).expect(
        200,
      );
      await expectOnlyInInboxOf(id, ['board']);
      await approveAppraisal(id);
      // the consultation runs again from scratch: both bodies are asked again
      const rerun = await detail(id);
      expect(rerun.currentStage).toMatchObject({ id: STAGES.consultation, bodies: ['STC', 'MTTQ'] });
      expect(
        rerun.proposal.stages.find((s: { id: string }) => s.id === STAGES.consultation).opinions,
      ).toEqual([]);
      await expectOnlyInInboxOf(id, ['finance', 'front']);
    });

    it.each([
      [STAGES.vote, 422, 'PROPOSAL.STAGE_NOT_RETURNABLE'],
      [STAGES.consultation, 422, 'PROPOSAL.STAGE_NOT_RETURNABLE'],
      ['no-such-stage', 400, 'PROPOSAL.UNKNOWN_STAGE'],
    ])(
      'refuses a return from consultation to %s with %d and appends nothing',
      async (toStage, status, code) => {
        const id = await submitted();
        await approveAppraisal(id);
        const before = (await history(id)).length;
        const res = await post(id, 'request-revision', 'board', { reason: 'Xem lại', toStage });
        expect([res.status, res.body.code]).toEqual([status, code]);
        expect((await history(id)).length).toBe(before);
      },
    );
  });

  describe('the Standing Committee vote needs more than half of ALL members', () => {
    // Ballots as a function of the member count pinned at submission (15 in the seed; an admin may change it).
    it.each([
      {
        label: 'a majority of those present but only half of all members for',
        ballots: (m: number) => ({ for: Math.floor(m / 2), against: 1, abstain: 1 }),
        status: 'NotApproved',
      },
      {
        label: 'exactly half of all members for, nobody else voting',
        ballots: (m: number) => ({ for: Math.floor(m / 2), against: 0, abstain: 0 }),
        status: 'NotApproved',
      },
      {
        label: 'one more than half of all members for, every other member against',
        ballots: (m: number) => ({
          for: Math.floor(m / 2) + 1,
          against: m - Math.floor(m / 2) - 1,
          abstain: 0,
        }),
        status: 'Approved',
      },
    ])('$label: $status', async ({ ballots, status }) => {
      const id = await atCommitteeVote();
      const { memberCount } = (await detail(id)).proposal.stages.find(
        (s: { id: string }) => s.id === STAGES.vote,
      );
      const { body: committee } = await t.http().get('/api/bodies/BTVTU').set(as('auditor')).expect(200);
      expect(memberCount).toBe(committee.memberCount);
      const votes = ballots(memberCount);
      await post(id, 'open-vote', 'secretary').expect(200);
      await castVotes(id, [
        ...Array(votes.for).fill('for'),
        ...Array(votes.against).fill('against'),
        ...Array(votes.abstain).fill('abstain'),
      ]);
      const closed = await post(id, 'close-vote', 'secretary');
      expect(closed.body.status).toBe(status);

      const events = await history(id);
      const cast = votes.for + votes.against + votes.abstain;
      expect(events.find((e) => e.type === 'VoteClosed')?.data.tally).toEqual({
        memberCount,
        ...votes,
        absent: memberCount - cast,
      });
      await expectOnlyInInboxOf(id, []);
      if (status === 'NotApproved') {
        expect(events.at(-1)).toMatchObject({
          type: 'ProposalNotApproved',
          data: { reason: 'vote-majority-not-reached' },
        });
        const late = await post(id, 'votes', `m${memberCount}`, { choice: 'for' });
        expect([late.status, late.body.code]).toEqual([409, 'PROPOSAL.TERMINAL']);
        const implement = await post(id, 'implementation', 'lead', {
          decisionNumber: '1/QĐ-UBND',
          decisionDate: '2019-06-30',
          actualFigures: FIGURES,
        });
        expect(implement.status).toBe(409);
      }
    });
  });

  describe('the voters of every unit must agree by more than half', () => {
    it('ends a merger as not approved when one unit reaches exactly half, and frees its units', async () => {
      const id = await communeMerger(
        [COMMUNES.vinhHoaHungBac, COMMUNES.vinhHoaHungNam],
        'Sáp nhập xã Vĩnh Hòa Hưng Bắc và Vĩnh Hòa Hưng Nam',
      );
      // a unit in an open merger cannot be in another
      const taken = await client.draft('lead', {
        proposalType: 'commune-merger',
        title: 'Sáp nhập xã Vĩnh Hòa Hưng Bắc và xã Hoà Chánh',
        summary: 's',
        coordinatingAgencies: [],
        unitCodes: [COMMUNES.vinhHoaHungBac, COMMUNES.hoaChanh],
      });
      expect([taken.status, taken.body.code]).toEqual([422, 'REGISTRY.UNITS_ALREADY_RESERVED']);

      await client.attachAndSubmit(id, 'lead', 'đề án.pdf');
      await approveAppraisal(id);
      await post(id, 'opinions', 'front', { body: 'MTTQ', opinion: 'agree' }).expect(200);
      expect((await detail(id)).currentStage.id).toBe(STAGES.voters);
      await expectOnlyInInboxOf(id, ['board']);

      // fixture voter counts: 501 of 1000 agreed in one unit, exactly 500 of 1000 in the other
      const res = await post(id, 'voter-consultation', 'board', {
        results: [
          { unitCode: COMMUNES.vinhHoaHungBac, eligibleVoters: 1000, agreed: 501 },
          { unitCode: COMMUNES.vinhHoaHungNam, eligibleVoters: 1000, agreed: 500 },
        ],
      });
      expect(res.body.status).toBe('NotApproved');
      expect((await history(id)).at(-1)).toMatchObject({
        type: 'ProposalNotApproved',
        data: { reason: 'voter-consultation-failed', failingUnits: [COMMUNES.vinhHoaHungNam] },
      });
      await expectOnlyInInboxOf(id, []);

      const again = await communeMerger(
        [COMMUNES.vinhHoaHungNam, COMMUNES.vinhHoaHungBac],
        'Sáp nhập xã Vĩnh Hòa Hưng Nam và Vĩnh Hòa Hưng Bắc (lần 2)',
      );
      expect(again).toBeDefined();
    });
  });

  describe('rejection', () => {
    it('ends the proposal at the rejecting stage; nothing acts on it afterwards', async () => {
      const id = await submitted();
      await expectOnlyInInboxOf(id, ['board']);

      const res = await post(id, 'reject', 'board', { reason: 'Không phù hợp chủ trương' });
      expect(res.body.status).toBe('Rejected');
      expect((await history(id)).at(-1)).toMatchObject({
        type: 'ProposalRejected',
        data: { stageId: STAGES.appraisal, body: 'BTCTU', reason: 'Không phù hợp chủ trương' },
      });
      await expectOnlyInInboxOf(id, []);

      const before = (await history(id)).length;
      for (const [path, who, body] of [
        ['approve', 'board', {}],
        ['reject', 'board', { reason: 'Lần nữa' }],
        ['withdraw', 'lead', { reason: 'Rút' }],
        ['resubmit', 'lead', {}],
        ['submit', 'lead', {}],
      ] as const) {
        const late = await post(id, path, who, body);
        expect([path, late.status, late.body.code]).toEqual([path, 409, 'PROPOSAL.TERMINAL']);
      }
      expect((await history(id)).length).toBe(before);
    });

    it('lets the Standing Committee secretary reject before a vote, not while one is open', async () => {
      const id = await atCommitteeVote();
      await post(id, 'open-vote', 'secretary').expect(200);
      const during = await post(id, 'reject', 'secretary', { reason: 'Bác' });
      expect([during.status, during.body.code]).toEqual([409, 'PROPOSAL.VOTE_ALREADY_OPEN']);
      const other = await atCommitteeVote();
      expect((await post(other, 'reject', 'secretary', { reason: 'Bác' })).body.status).toBe('Rejected');
    });
  });

  describe('withdrawal by the lead agency', () => {
    it.each([
      ['a draft', () => draft()],
      ['a proposal at appraisal', () => submitted()],
      ['a proposal half-way through consultation', atConsultation],
      ['a proposal returned for revision', returnedForRevision],
      ['a proposal at the Standing Committee', () => atCommitteeVote()],
    ])('lets the lead agency withdraw %s, before the decision', async (_, reach) => {
      const id = await reach();
      const notLead = await post(id, 'withdraw', 'coordinating-agency', { reason: 'Rút' });
      expect([403, 404]).toContain(notLead.status);

      const res = await post(id, 'withdraw', 'lead', { reason: 'Rút để xây dựng lại đề án' });
      expect(res.body.status).toBe('Withdrawn');
      expect((await history(id)).at(-1)).toMatchObject({
        type: 'ProposalWithdrawn',
        data: { reason: 'Rút để xây dựng lại đề án' },
      });
      await expectOnlyInInboxOf(id, []);
    });

    it('frees the units of a withdrawn merger for another proposal', async () => {
      const units = [COMMUNES.hoaChanh, COMMUNES.minhThuan];
      const id = await communeMerger(units);
      await post(id, 'withdraw', 'lead', { reason: 'Rút' }).expect(200);
      expect(
        await communeMerger([...units].reverse(), 'Sáp nhập xã Minh Thuận và xã Hoà Chánh'),
      ).toBeDefined();
    });

    it.each([
      ['approved', () => approved(), 'PROPOSAL.WRONG_STATUS'],
      [
        'implemented',
        async () => {
          const id = await approved();
          await post(id, 'implementation', 'lead', {
            decisionNumber: '45/QĐ-UBND',
            decisionDate: '2019-06-30',
            actualFigures: FIGURES,
          }).expect(200);
          return id;
        },
        'PROPOSAL.TERMINAL',
      ],
    ])('is refused once the proposal is %s, appending nothing', async (_, reach, code) => {
      const id = await reach();
      const before = (await history(id)).length;
      const res = await post(id, 'withdraw', 'lead', { reason: 'Rút' });
      expect([res.status, res.body.code]).toEqual([409, code]);
      expect((await history(id)).length).toBe(before);
    });
  });

  describe('acting out of turn', () => {
    const OPINION = { body: 'STC', opinion: 'agree' };
    const TALLY = { results: [{ unitCode: COMMUNES.hoaChanh, eligibleVoters: 10, agreed: 9 }] };
    const FORBIDDEN = [403, 'PROPOSAL.NOT_YOUR_STAGE'] as const;
    const WRONG_KIND = [409, 'PROPOSAL.ACTION_NOT_FOR_STAGE'] as const;
    it.each([
      [STAGES.appraisal, 'a consulted body approves', ...FORBIDDEN, 'finance', 'approve', {}],
      [STAGES.appraisal, 'a consulted body answers early', ...WRONG_KIND, 'finance', 'opinions', OPINION],
      [STAGES.appraisal, 'the secretary approves', ...FORBIDDEN, 'secretary', 'approve', {}],
      [STAGES.appraisal, 'the secretary opens a vote', ...WRONG_KIND, 'secretary', 'open-vote', {}],
      [STAGES.appraisal, 'a member votes', ...WRONG_KIND, 'm1', 'votes', { choice: 'for' }],
      [
        STAGES.appraisal,
        'the lead agency approves its own',
        403,
        'AUTH.FORBIDDEN_ROLE',
        'lead',
        'approve',
        {},
      ],
      [
        STAGES.appraisal,
        'the board records a voter tally',
        ...WRONG_KIND,
        'board',
        'voter-consultation',
        TALLY,
      ],
      [STAGES.consultation, 'the board approves again', ...WRONG_KIND, 'board', 'approve', {}],
      [
        STAGES.consultation,
        'one body answers for another',
        ...FORBIDDEN,
        'finance',
        'opinions',
        { ...OPINION, body: 'MTTQ' },
      ],
      [
        STAGES.consultation,
        'the lead agency resubmits',
        409,
        'PROPOSAL.WRONG_STATUS',
        'lead',
        'resubmit',
        {},
      ],
      [STAGES.consultation, 'the secretary closes a vote', ...WRONG_KIND, 'secretary', 'close-vote', {}],
      [
        STAGES.consultation,
        'the board closes it before it is due',
        409,
        'PROPOSAL.CONSULTATION_NOT_DUE',
        'board',
        'close-consultation',
        {},
      ],
    ])('at %s, %s: %i %s, nothing appended', async (stage, _, status, code, who, path, body) => {
      const id = await submitted();
      if (stage === STAGES.consultation) {
        await approveAppraisal(id);
        await post(id, 'opinions', 'front', { body: 'MTTQ', opinion: 'agree' }).expect(200);
      }
      const before = await history(id);
      const res = await post(id, path, who, body);
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(await history(id)).toEqual(before);
    });

    it('refuses a second opinion from a body that already answered', async () => {
      const id = await submitted();
      await approveAppraisal(id);
      await post(id, 'opinions', 'finance', { body: 'STC', opinion: 'agree' }).expect(200);
      const before = (await history(id)).length;
      const res = await post(id, 'opinions', 'finance', { body: 'STC', opinion: 'disagree' });
      expect([res.status, res.body.code]).toEqual([409, 'PROPOSAL.ALREADY_ANSWERED']);
      expect((await history(id)).length).toBe(before);
    });
  });

  describe('delegation by a body head to a named person', () => {
    const window = (fromMinutes: number, untilMinutes: number) => ({
      validFrom: new Date(Date.now() + fromMinutes * 60_000).toISOString(),
      validUntil: new Date(Date.now() + untilMinutes * 60_000).toISOString(),
    });

    /** A named person outside the board: a reviewer who holds none of the stage's bodies. */
    const aDelegate = async (label: string) => {
      const who = `delegate-${label}`;
      await client.persona(who, ['reviewer']);
      return { who, person: { id: client.idOf(who), name: 'Trần Thị Đông Yên (Phó Trưởng ban)' } };
    };

    const delegate = (
      id: string,
      holder: string,
      stageId: string,
      person: object,
      span: object,
      body?: string,
    ) => post(id, 'delegations', holder, { stageId, delegate: person, ...span, ...(body ? { body } : {}) });

    it('lets the delegate approve the appraisal within the window, recording holder and delegate', async () => {
      const id = await submitted();
      const { who, person } = await aDelegate('approve');

      const res = await delegate(id, 'board', STAGES.appraisal, person, window(-1, 60));
      expect(res.status).toBe(200);
      expect((await history(id)).at(-1)).toMatchObject({
        type: 'StageDelegated',
        data: {
          stageId: STAGES.appraisal,
          body: 'BTCTU',
          holder: { id: client.idOf('board'), name: 'board' },
          delegate: person,
        },
      });

      expect((await post(id, 'approve', who, { comment: 'Thừa ủy quyền' })).status).toBe(200);
      const approval = (await history(id)).find((e) => e.type === 'StageApproved');
      expect(approval?.data).toMatchObject({
        stageId: STAGES.appraisal,
        body: 'BTCTU',
        approvedBy: { id: client.idOf(who) },
        actingFor: { body: 'BTCTU', holder: { id: client.idOf('board') } },
      });
    });

    it("puts the delegated stage in the delegate's inbox during the period, and takes it out after", async () => {
      const id = await submitted();
      const { who, person } = await aDelegate('inbox');
      expect(await client.inboxCount(id, who)).toBe(0);
      await delegate(id, 'board', STAGES.appraisal, person, window(-1, 60)).expect(200);

      // the delegate has it beside the holder, who keeps it
      expect(await client.inboxCounts(id, [who, 'board'])).toEqual({ [who]: 1, board: 1 });
      await post(id, 'approve', who).expect(200);
      expect(await client.inboxCounts(id, [who, 'board'])).toEqual({ [who]: 0, board: 0 });
    });

    it('lets a consulted body head delegate its pending consultation in advance', async () => {
      const id = await submitted();
      const { who, person } = await aDelegate('consultation');
      await delegate(id, 'finance', STAGES.consultation, person, window(-1, 60), 'STC').expect(200);
      // a delegation for the consultation gives nothing at appraisal
      expect(await client.inboxCount(id, who)).toBe(0);
      await approveAppraisal(id);
      expect(await client.inboxCounts(id, [who, 'finance', 'front'])).toEqual({
        [who]: 1,
        finance: 1,
        front: 1,
      });

      const res = await post(id, 'opinions', who, {
        body: 'STC',
        opinion: 'agree-with-comments',
        comment: 'Ủy quyền',
      });
      expect(res.status).toBe(200);
      expect((await history(id)).find((e) => e.type === 'OpinionGiven')?.data).toMatchObject({
        body: 'STC',
        givenBy: { id: client.idOf(who) },
        actingFor: { body: 'STC', holder: { id: client.idOf('finance') } },
      });
    });

    it('gives the delegate nothing before the window opens', async () => {
      const id = await submitted();
      const { who, person } = await aDelegate('later');
      await delegate(id, 'board', STAGES.appraisal, person, window(60, 120)).expect(200);

      expect(await client.inboxCount(id, who)).toBe(0);
      const before = (await history(id)).length;
      const res = await post(id, 'approve', who);
      expect([res.status, res.body.code]).toEqual([403, 'PROPOSAL.NOT_YOUR_STAGE']);
      expect((await history(id)).length).toBe(before);
    });

    it('lets only a holder of the body delegate, never the delegate or another body', async () => {
      const id = await submitted();
      const { who, person } = await aDelegate('chain');
      await delegate(id, 'board', STAGES.appraisal, person, window(-1, 60)).expect(200);
      const before = (await history(id)).length;

      const byOther = await delegate(
        id,
        'finance',
        STAGES.appraisal,
        { id: 'x-1', name: 'Người khác' },
        window(-1, 60),
      );
      expect([byOther.status, byOther.body.code]).toEqual([403, 'PROPOSAL.NOT_YOUR_STAGE']);
      const onward = await delegate(
        id,
        who,
        STAGES.appraisal,
        { id: 'x-2', name: 'Người khác' },
        window(-1, 60),
      );
      expect([onward.status, onward.body.code]).toEqual([403, 'PROPOSAL.NOT_YOUR_STAGE']);
      expect((await history(id)).length).toBe(before);
    });
  });
});
