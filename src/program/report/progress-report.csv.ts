import type { ProgressReport, TargetFigures } from '../domain/progress.types';
import { TARGET_STATUS_VI, TASK_STATUS_VI } from './report-labels';

/** The progress report as CSV (UTF-8 with BOM, so spreadsheet programs read the Vietnamese right). */

const HEADER = [
  'phan',
  'pham_vi',
  'ma',
  'noi_dung',
  'so_goc',
  'chi_tieu',
  'dat_duoc',
  'ty_le_dat_chi_tieu',
  'ty_le_giam_bien_che',
  'trang_thai',
  'han',
  'qua_han',
  'de_an',
];

// A cell a spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with ' (OWASP CSV injection).
const cell = (value: string | number | boolean | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const figuresRow = (part: string, scope: string, f: TargetFigures, text: string, due: string | null) => [
  part,
  scope,
  f.targetId,
  text,
  f.baseline,
  f.target,
  f.achieved,
  f.percentOfTarget,
  f.cutPercent,
  TARGET_STATUS_VI[f.status],
  due,
  f.status === 'overdue',
  f.proposals.map((p) => p.proposalId).join(' '),
];

export const renderProgressCsv = (report: ProgressReport): string => {
  const textOf = new Map(report.targets.map((t) => [t.targetId, t.text]));
  const rows = [
    HEADER,
    ...report.targets.map((t) => figuresRow('chi_tieu', 'tinh', t, t.text, t.deadline.dueOn)),
    ...report.tasks.map((t) => [
      'nhiem_vu',
      'tinh',
      t.taskId,
      t.text,
      null,
      null,
      null,
      null,
      null,
      TASK_STATUS_VI[t.status],
      t.deadline.dueOn ?? t.deadline.label,
      t.overdue,
      t.proposals.map((p) => p.proposalId).join(' '),
    ]),
    ...report.districts.flatMap((d) =>
      d.targets.map((f) =>
        figuresRow('huyen', `${d.districtCode} ${d.name}`, f, textOf.get(f.targetId) ?? '', null),
      ),
    ),
  ];
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
};
