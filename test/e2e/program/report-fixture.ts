import { Workbook } from 'exceljs';
import type { ProgressReport } from '../../../src/program/domain/progress.types';
import { XLSX_SHEETS } from '../../../src/program/report/progress-report.xlsx';
import type { TestApp } from '../../support/test-app';
import type { programJourneys } from './program-journeys';

type Journeys = ReturnType<typeof programJourneys>;

/**
 * One implemented staffing cut of 100 (made-up figures) by a fixture agency in `districtCode`, so the
 * report has a non-zero figure of our own; each test file passes a district no other file uses.
 */
export const implementedCutIn = async (j: Journeys, districtCode: string, label: string) => {
  const lead = await j.fixtureAgency(label, districtCode, 1000);
  const draft = {
    type: 'staffing-reduction' as const,
    lead,
    title: `Giảm 100 biên chế (${label})`,
    staffing: [300, 200] as [number, number],
  };
  return j.implement(await j.approved(draft), draft, '2020-05-04');
};

export const progressOf = async (t: TestApp, j: Journeys): Promise<ProgressReport> =>
  (await t.http().get('/api/progress').set(j.as('auditor')).expect(200)).body as ProgressReport;

/**
 * Reads a report between two identical GET /api/progress answers. Other test files add proposals to
 * the same database meanwhile; bracketing proves no figure changed while `read` ran, so every figure
 * (not only our own) may be compared.
 */
export const readBetweenEqualProgress = async <T>(
  progress: () => Promise<ProgressReport>,
  read: () => Promise<T>,
): Promise<{ report: ProgressReport; read: T }> => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await progress();
    const result = await read();
    if (JSON.stringify(before) === JSON.stringify(await progress())) return { report: before, read: result };
  }
  throw new Error('GET /api/progress kept changing while the report was read');
};

type Row = (string | number | null)[];

/** The workbook's three sheets as plain rows (headers first), as a spreadsheet program shows them. */
export const sheetsOf = async (xlsx: Buffer) => {
  const book = new Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows = (name: string): Row[] => {
    const sheet = book.getWorksheet(name);
    if (!sheet)
      throw new Error(`no sheet "${name}"; sheets: ${book.worksheets.map((s) => s.name).join(', ')}`);
    const out: Row[] = [];
    // Cell by cell up to the last column: row.values leaves holes where a cell is empty.
    sheet.eachRow((row) =>
      out.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value as Row[number])),
    );
    return out;
  };
  return {
    targets: rows(XLSX_SHEETS.targets),
    tasks: rows(XLSX_SHEETS.tasks),
    districts: rows(XLSX_SHEETS.districts),
  };
};

/** What the workbook must hold for `report`, row by row, in the columns the sheets use. */
export const expectWorkbookToMatch = (
  sheets: Awaited<ReturnType<typeof sheetsOf>>,
  report: ProgressReport,
) => {
  const figures = (
    f: ProgressReport['targets'][number] | ProgressReport['districts'][number]['targets'][number],
  ) => [f.baseline, f.target, f.achieved, f.percentOfTarget];
  expect(sheets.targets[0].slice(0, 7)).toEqual([
    'Mã',
    'Nội dung chỉ tiêu',
    'Đơn vị tính',
    'Số gốc',
    'Chỉ tiêu',
    'Đạt được',
    'Tỷ lệ đạt chỉ tiêu (%)',
  ]);
  expect(sheets.targets.slice(1).map((r) => [r[0], ...r.slice(3, 7)])).toEqual(
    report.targets.map((t) => [t.targetId, ...figures(t)]),
  );
  expect(sheets.tasks.slice(1).map((r) => r[0])).toEqual(report.tasks.map((t) => t.taskId));
  expect(sheets.districts.slice(1).map((r) => [r[0], r[2], ...r.slice(3, 7)])).toEqual(
    report.districts.flatMap((d) => d.targets.map((f) => [d.districtCode, f.targetId, ...figures(f)])),
  );
};
