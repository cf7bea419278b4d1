import { ACTION_PROGRAM_18 } from '../../../src/program/data/action-program';
import { startTestApp, type TestApp } from '../../support/test-app';
import { programJourneys } from './program-journeys';

describe('The printable progress report (GET /api/progress/report)', () => {
  let t: TestApp;
  let j: ReturnType<typeof programJourneys>;

  beforeAll(async () => {
    t = await startTestApp();
    j = programJourneys(t);
    await j.setup();
  });
  afterAll(() => t.close());

  it('serves a Vietnamese HTML page with one inline chart per target, that may load and run nothing', async () => {
    const res = await t.http().get('/api/progress/report').set(j.as('auditor')).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.text).toContain('<h1>Báo cáo tiến độ thực hiện Chương trình hành động</h1>');
    expect(res.text.match(/<svg /g)).toHaveLength(ACTION_PROGRAM_18.targets.length);
    for (const task of ACTION_PROGRAM_18.tasks) expect(res.text).toContain(`<td>${task.id}</td>`);
  });

  it('serves the same figures as CSV for spreadsheets', async () => {
    const res = await t.http().get('/api/progress/report?format=csv').set(j.as('auditor')).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="bao-cao-tien-do-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.filter((line) => line.startsWith('chi_tieu,'))).toHaveLength(
      ACTION_PROGRAM_18.targets.length,
    );
    expect(lines.filter((line) => line.startsWith('nhiem_vu,'))).toHaveLength(ACTION_PROGRAM_18.tasks.length);
    await t.http().get('/api/progress/report?format=pdf').set(j.as('auditor')).expect(400);
  });

  it('serves the program itself, each task with its dates on the working-day calendar', async () => {
    const { body } = await t.http().get('/api/program').set(j.as('auditor')).expect(200);
    expect(body.tasks).toHaveLength(ACTION_PROGRAM_18.tasks.length);
    expect(body.tasks.find((task: { id: string }) => task.id === 'NV-2.2-06')).toMatchObject({
      deadline: { kind: 'within-quarter', year: 2018, quarter: 1 },
      dates: { label: 'trong quý I năm 2018', dueOn: '2018-03-30', overdueFrom: '2018-04-02' },
    });
  });
});
