import { Workbook, type Worksheet } from 'exceljs';
import type { ProgressReport, TargetFigures } from '../domain/progress.types';
import { dateVi, SECTION_VI, TARGET_STATUS_VI, TASK_STATUS_VI, UNIT_VI } from './report-labels';

/**
 * The progress report as an Excel workbook, one sheet per section of the HTML page, with the same
 * figures as numbers (not text), so the Organization Board can sum and chart them. exceljs writes every
 * string as a string cell, never a formula, so user-entered titles cannot run as formulas.
 */

type Cell = string | number | null;

/** Sheet names, also what the tests and readers look sheets up by. */
export const XLSX_SHEETS = { targets: 'Chỉ tiêu', tasks: 'Nhiệm vụ', districts: 'Theo huyện' } as const;

const addSheet = (book: Workbook, name: string, columns: [string, number][], rows: Cell[][]): Worksheet => {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows);
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return sheet;
};

const figures = (f: TargetFigures): Cell[] => [
  f.baseline,
  f.target,
  f.achieved,
  f.percentOfTarget,
  TARGET_STATUS_VI[f.status],
];

export const renderProgressXlsx = async (report: ProgressReport): Promise<Buffer> => {
  const book = new Workbook();
  book.title = `Báo cáo tiến độ thực hiện Chương trình hành động, số liệu đến ngày ${dateVi(report.asOf)}`;
  addSheet(
    book,
    XLSX_SHEETS.targets,
    [
      ['Mã', 12],
      ['Nội dung chỉ tiêu', 60],
      ['Đơn vị tính', 18],
      ['Số gốc', 10],
      ['Chỉ tiêu', 10],
      ['Đạt được', 10],
      ['Tỷ lệ đạt chỉ tiêu (%)', 12],
      ['Đánh giá', 18],
      ['Tỷ lệ giảm biên chế (%)', 12],
      ['Thời hạn', 12],
      ['Đề án', 50],
    ],
    report.targets.map((t) => [
      t.targetId,
      t.text,
      UNIT_VI[t.unit],
      ...figures(t),
      t.cutPercent ?? null,
      dateVi(t.deadline.dueOn),
      t.proposals.map((p) => `${p.title} (${p.decisionNumber ?? ''})`).join('\n'),
    ]),
  );
  addSheet(
    book,
    XLSX_SHEETS.tasks,
    [
      ['Mã', 12],
      ['Phần', 40],
      ['Nhiệm vụ', 60],
      ['Cơ quan chủ trì', 30],
      ['Thời hạn', 24],
      ['Tình hình', 24],
      ['Ngày hoàn thành', 14],
      ['Quá hạn', 10],
      ['Đề án', 50],
    ],
    report.tasks.map((t) => [
      t.taskId,
      `${t.section}. ${SECTION_VI[t.section] ?? ''}`,
      t.text,
      t.leads.map((lead) => lead.seedName).join(', '),
      t.deadline.dueOn ? `${t.deadline.label} (${dateVi(t.deadline.dueOn)})` : t.deadline.label,
      TASK_STATUS_VI[t.status],
      t.completedOn ? dateVi(t.completedOn) : null,
      t.overdue ? 'Có' : 'Không',
      t.proposals.map((p) => p.title).join('\n'),
    ]),
  );
  addSheet(
    book,
    XLSX_SHEETS.districts,
    [
      ['Mã huyện', 10],
      ['Huyện, thị, thành phố', 24],
      ['Mã chỉ tiêu', 12],
      ['Số gốc', 10],
      ['Chỉ tiêu', 10],
      ['Đạt được', 10],
      ['Tỷ lệ đạt chỉ tiêu (%)', 12],
      ['Đánh giá', 18],
    ],
    report.districts.flatMap((d) =>
      d.targets.map((f) => [d.districtCode, d.name, f.targetId, ...figures(f)]),
    ),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
};
