import { XLSX_CONTENT_TYPE } from '../../../src/program/report/render-report';
import { startTestApp, type TestApp } from '../../support/test-app';
import { programJourneys } from './program-journeys';
import {
  expectWorkbookToMatch,
  implementedCutIn,
  progressOf,
  readBetweenEqualProgress,
  sheetsOf,
} from './report-fixture';

// Gò Quao (907): no other test file puts proposals there.
const DISTRICT = '907';

describe('The progress report as an Excel workbook (GET /api/progress/report?format=xlsx)', () => {
  let t: TestApp;
  let j: ReturnType<typeof programJourneys>;

  beforeAll(async () => {
    t = await startTestApp();
    j = programJourneys(t);
    await j.setup();
    await implementedCutIn(j, DISTRICT, 'XLSX');
  });
  afterAll(() => t.close());

  const fetchXlsx = async () => {
    const res = await t
      .http()
      .get('/api/progress/report?format=xlsx')
      .set(j.as('auditor'))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return { headers: res.headers, body: res.body as Buffer };
  };

  it('is served as a download named after the report date', async () => {
    const { headers, body } = await fetchXlsx();
    expect(headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(headers['content-disposition']).toMatch(
      /^attachment; filename="bao-cao-tien-do-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    expect(body.subarray(0, 2).toString()).toBe('PK'); // a zip, as every .xlsx is
  });

  it('holds, sheet by sheet, the figures GET /api/progress reports, our own cut included', async () => {
    const { report, read } = await readBetweenEqualProgress(() => progressOf(t, j), fetchXlsx);
    const sheets = await sheetsOf(read.body);
    expectWorkbookToMatch(sheets, report);
    const ours = sheets.districts.find((r) => r[0] === DISTRICT && r[2] === 'CT-BIEN-CHE-10');
    expect(ours?.[5]).toBe(100); // Đạt được: the fixture's cut of 300 → 200
  });
});
