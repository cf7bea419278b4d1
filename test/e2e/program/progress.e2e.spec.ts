import type { ProgressReport as Report } from '../../../src/program/domain/progress.types';
import { MovableClock } from '../../support/movable-clock';
import { startTestApp, type TestApp } from '../../support/test-app';
import { FIXTURE_REASON, programJourneys, type Draft } from './program-journeys';

// The fixture lives in Giang Thành (914), which no other test file uses: two made-up agencies there with
// made-up 2015 baselines (6,000 + 4,000 = 10,000, so 10% is 1,000 people) and made-up commune figures.
// Other files' proposals share the database, so assertions read district 914 (and 912, named only by
// our links) or our proposal ids. Every expected figure is worked out by hand below.
const MID_2020 = '2020-06-15T03:00:00.000Z'; // ~61% of the working days from 2018 to the end of 2021
const EARLY_2022 = '2022-03-01T03:00:00.000Z'; // past the 2021 deadline
const COMMUNES = {
  '30791': { population: 3992, areaKm2: 14.97 }, // 49.9% of both xã standards: required
  '30793': { population: 4000, areaKm2: 14.97 }, // 50.0% of the population: not required
  '30796': { population: 1000, areaKm2: 5 }, // required
  '30797': { population: 2000, areaKm2: 20 }, // not required; 30799 has no figures
};

describe('Progress against the action program (GET /api/progress), driven through the proposals API', () => {
  const clock = new MovableClock(MID_2020);
  let t: TestApp;
  let j: ReturnType<typeof programJourneys>;
  const ids: Record<string, string> = {};
  const drafts: Record<string, Draft> = {};
  let report: Report;

  const progress = async () =>
    (await t.http().get('/api/progress').set(j.as('auditor')).expect(200)).body as Report;
  const province = (id: string) => report.targets.find((f) => f.targetId === id)!;
  const district = (code: string, id: string) =>
    report.districts.find((d) => d.districtCode === code)!.targets.find((f) => f.targetId === id)!;
  const task = (id: string) => report.tasks.find((x) => x.taskId === id)!;
  const named = (...keys: string[]) => keys.map((key) => ids[key]).sort();
  const ours = (refs: { proposalId: string }[]) =>
    refs
      .map((r) => r.proposalId)
      .filter((id) => Object.values(ids).includes(id))
      .sort();

  beforeAll(async () => {
    t = await startTestApp({ clock });
    j = programJourneys(t);
    await j.setup();
    const a = await j.fixtureAgency('PRG-A', '914', 6000);
    const b = await j.fixtureAgency('PRG-B', '914', 4000);
    for (const [code, figures] of Object.entries(COMMUNES))
      await t
        .http()
        .patch(`/api/org-units/${code}`)
        .set(j.as('admin'))
        .send({ ...figures, reason: FIXTURE_REASON })
        .expect(200);

    const plan: Record<string, Draft & { end: 'implemented' | 'approved' | 'withdrawn' | 'rejected' }> = {
      cut600: {
        type: 'staffing-reduction',
        lead: a,
        title: 'Tinh giản 600 biên chế',
        staffing: [1000, 400],
        end: 'implemented',
      },
      cut399: {
        type: 'internal-restructuring',
        lead: b,
        title: 'Sắp xếp phòng, giảm 399',
        staffing: [800, 401],
        end: 'implemented',
      },
      cut1: {
        type: 'staffing-reduction',
        lead: b,
        title: 'Giảm thêm 1 biên chế',
        staffing: [100, 99],
        end: 'approved',
      },
      withdrawn: {
        type: 'staffing-reduction',
        lead: a,
        title: 'Đề án rút lại',
        staffing: [500, 0],
        end: 'withdrawn',
      },
      rejected: {
        type: 'staffing-reduction',
        lead: a,
        title: 'Đề án bị bác',
        staffing: [500, 0],
        end: 'rejected',
      },
      massMobilisation914: {
        type: 'concurrent-post',
        lead: a,
        title: 'Trưởng ban dân vận kiêm chủ tịch MTTQ',
        taskId: 'CT-DAN-VAN-MTTQ',
        end: 'implemented',
      },
      massMobilisation914Again: {
        type: 'concurrent-post',
        lead: b,
        title: 'Trưởng ban dân vận kiêm chủ tịch MTTQ (lần 2)',
        taskId: 'CT-DAN-VAN-MTTQ',
        end: 'implemented',
      },
      massMobilisation912: {
        type: 'concurrent-post',
        lead: a,
        title: 'Kiêm nhiệm tại Kiên Hải',
        taskId: 'CT-DAN-VAN-MTTQ_912',
        end: 'implemented',
      },
      mergedOffice: {
        type: 'merged-office',
        lead: b,
        title: 'Hợp nhất văn phòng cấp ủy và HĐND-UBND',
        taskId: 'CT-VP-CAP-UY-HDND-UBND',
        end: 'implemented',
      },
      secretaryChair: {
        type: 'concurrent-post',
        lead: a,
        title: 'Bí thư kiêm chủ tịch UBND xã Vĩnh Phú',
        taskId: 'CT-BT-CT-UBND-XA_30791',
        end: 'implemented',
      },
      unlinked: {
        type: 'concurrent-post',
        lead: a,
        title: 'Kiêm nhiệm không nêu chỉ tiêu',
        end: 'implemented',
      },
      merger: {
        type: 'commune-merger',
        lead: a,
        title: 'Sáp nhập xã Vĩnh Phú và Vĩnh Điều',
        unitCodes: ['30791', '30793'],
        end: 'implemented',
      },
      mergerApproved: {
        type: 'commune-merger',
        lead: b,
        title: 'Sáp nhập xã Tân Khánh Hòa và Phú Lợi',
        unitCodes: ['30796', '30797'],
        end: 'approved',
      },
    };
    for (const [key, { end, ...d }] of Object.entries(plan)) {
      drafts[key] = d;
      if (end === 'implemented') ids[key] = await j.implement(await j.approved(d), d, '2020-06-01');
      else if (end === 'approved') ids[key] = await j.approved(d);
      else {
        ids[key] = await j.draft(d);
        await j.post(ids[key], 'submit', `lead:${d.lead}`);
        if (end === 'withdrawn') await j.post(ids[key], 'withdraw', `lead:${d.lead}`, { reason: 'Rút' });
        else await j.post(ids[key], 'reject', 'board', { reason: 'Không phù hợp' });
      }
    }
    report = await progress();
  });
  afterAll(() => t.close());

  it('does not meet the 10% staffing cut with 9.99% (600 + 399 of 10,000): on track in mid-2020', () => {
    expect(district('914', 'CT-BIEN-CHE-10')).toMatchObject({
      baseline: 10000,
      target: 1000,
      achieved: 999,
      cutPercent: 9.99,
      percentOfTarget: 99.9,
      status: 'on-track',
      complete: false, // the seeded Huyện ủy Giang Thành has no 2015 baseline
    });
    expect(ours(district('914', 'CT-BIEN-CHE-10').proposals)).toEqual(named('cut600', 'cut399'));
  });

  it('counts an approved proposal only once its implementation is recorded; withdrawn and rejected never', () => {
    expect(ours(district('914', 'CT-BIEN-CHE-10').awaitingImplementation)).toEqual(named('cut1'));
    const everywhere = JSON.stringify(report);
    expect(everywhere).not.toContain(ids.withdrawn);
    expect(everywhere).not.toContain(ids.rejected);
  });

  it('counts pilots per district, not per proposal: two in Giang Thành count once', () => {
    expect(province('CT-DAN-VAN-MTTQ')).toMatchObject({
      baseline: 15,
      target: 5,
      achieved: 2,
      counted: ['912', '914'],
      percentOfTarget: 40,
      status: 'behind',
    });
    expect(ours(province('CT-DAN-VAN-MTTQ').proposals)).toEqual(
      named('massMobilisation914', 'massMobilisation914Again', 'massMobilisation912'),
    );
    expect(district('914', 'CT-DAN-VAN-MTTQ')).toMatchObject({
      baseline: 1,
      target: null,
      achieved: 1,
      status: 'no-target',
    });
    expect(ours(district('914', 'CT-DAN-VAN-MTTQ').proposals)).toEqual(
      named('massMobilisation914', 'massMobilisation914Again'),
    );
    expect(ours(district('912', 'CT-DAN-VAN-MTTQ').proposals)).toEqual(named('massMobilisation912'));
    expect(district('914', 'CT-VP-CAP-UY-HDND-UBND')).toMatchObject({ achieved: 1, counted: ['914'] });
    expect(province('CT-BT-CT-UBND-XA')).toMatchObject({
      baseline: 145,
      target: 50,
      achieved: 1,
      counted: ['30791'],
    });
    expect(district('914', 'CT-BT-CT-UBND-XA')).toMatchObject({ baseline: 5, achieved: 1 });
  });

  it('lists a concurrent post that names no target, never guessing which it serves', () => {
    const reasons = district('914', 'CT-DAN-VAN-MTTQ').unattributed.filter(
      (u) => u.proposal.proposalId === ids.unlinked,
    );
    expect(reasons.map((u) => u.reason)).toEqual(['ambiguous-type']);
    expect(JSON.stringify(report.targets.map((f) => f.proposals))).not.toContain(ids.unlinked);
  });

  it('counts the required communes an implemented merger joined: 1 of 2 in Giang Thành', () => {
    const figures = district('914', 'CT-XA-DUOI-50');
    expect(figures).toMatchObject({
      baseline: 2,
      target: 2,
      achieved: 1,
      percentOfTarget: 50,
      counted: ['30791'],
      complete: false,
      status: 'behind',
    });
    expect(ours(figures.proposals)).toEqual(named('merger'));
    expect(ours(figures.awaitingImplementation)).toEqual(named('mergerApproved'));
  });

  it('marks tasks done (late) by approved proposals, and overdue ones on the working-day calendar', () => {
    expect(task('NV-2.1-05')).toMatchObject({ status: 'done', completedLate: true, overdue: false });
    expect(ours(task('NV-2.1-05').proposals)).toEqual(
      named('massMobilisation914', 'massMobilisation914Again', 'massMobilisation912', 'mergedOffice'),
    );
    expect(task('NV-2.1-04')).toMatchObject({
      status: 'not-started',
      overdue: true,
      deadline: { dueOn: '2018-12-28' },
    });
    expect(task('NV-2.2-02')).toMatchObject({ status: 'awaiting-guidance', overdue: false });
  });

  it('dates a conditional task once an admin records the central guidance', async () => {
    const put = (taskId: string, who: string, body: object) =>
      t.http().put(`/api/program/tasks/${taskId}/guidance`).set(j.as(who)).send(body);
    const guidance = {
      document: 'Hướng dẫn thử nghiệm',
      guidanceDate: '2019-03-04',
      dueDate: '2019-09-02',
      reason: FIXTURE_REASON,
    };
    expect((await put('NV-2.2-02', 'auditor', guidance)).status).toBe(403);
    expect((await put('NV-9.9-99', 'admin', guidance)).body.code).toBe('PROGRAM.TASK_NOT_FOUND');
    expect((await put('NV-2.1-04', 'admin', guidance)).status).toBe(422);
    expect((await put('NV-2.2-02', 'admin', { ...guidance, guidanceDate: '2019-13-01' })).status).toBe(400);
    expect((await put('NV-2.2-02', 'admin', guidance)).status).toBe(200);
    report = await progress();
    expect(task('NV-2.2-02')).toMatchObject({
      status: 'not-started',
      overdue: true,
      deadline: { dueOn: '2019-08-30' },
    });
  });

  it('after 2021: 9.99% is overdue, and meets the target at exactly 10.0% once the last cut is implemented', async () => {
    clock.set(EARLY_2022);
    report = await progress();
    expect(district('914', 'CT-BIEN-CHE-10')).toMatchObject({ achieved: 999, status: 'overdue' });
    expect(province('CT-DAN-VAN-MTTQ').status).toBe('overdue');
    await j.implement(ids.cut1, drafts.cut1, '2022-02-28');
    report = await progress();
    expect(district('914', 'CT-BIEN-CHE-10')).toMatchObject({
      achieved: 1000,
      cutPercent: 10,
      percentOfTarget: 100,
      status: 'met',
    });
    expect(ours(district('914', 'CT-BIEN-CHE-10').proposals)).toEqual(named('cut600', 'cut399', 'cut1'));
  });
});
