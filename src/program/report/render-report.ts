import type { ProgressReport } from '../domain/progress.types';
import { renderProgressCsv } from './progress-report.csv';
import { renderProgressHtml } from './progress-report.html';
import { renderProgressXlsx } from './progress-report.xlsx';

export const REPORT_FORMATS = ['html', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedReport {
  body: string | Buffer;
  contentType: string;
  /** `bao-cao-tien-do-<asOf>.<format>`: the name the API, the CLI's default and the mail use. */
  fileName: string;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The one place a format becomes bytes, so the API, the CLI and the monthly mail cannot disagree. */
export const renderReport = async (report: ProgressReport, format: ReportFormat): Promise<RenderedReport> => {
  const fileName = `bao-cao-tien-do-${report.asOf}.${format}`;
  switch (format) {
    case 'html':
      return { body: renderProgressHtml(report), contentType: 'text/html; charset=utf-8', fileName };
    case 'csv':
      return { body: renderProgressCsv(report), contentType: 'text/csv; charset=utf-8', fileName };
    case 'xlsx':
      return { body: await renderProgressXlsx(report), contentType: XLSX_CONTENT_TYPE, fileName };
  }
};

/** `report.xlsx` → 'xlsx'; null when the extension names no format. */
export const formatOfFileName = (fileName: string): ReportFormat | null => {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'htm') return 'html';
  return REPORT_FORMATS.find((format) => format === extension) ?? null;
};
