import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../../config/config';
import { SystemClock } from '../../shared/clock';
import { formatOfFileName, renderReport, REPORT_FORMATS, type ReportFormat } from '../report/render-report';

export const REPORT_USAGE = `usage: cli report --out FILE [--format html|csv|xlsx]
  writes the progress report (as GET /api/progress/report serves it) to FILE
  --format  html, csv or xlsx; default: FILE's extension`;

const parseReportArgs = (args: string[]): { out: string; format: ReportFormat } | { error: string } => {
  try {
    const { values } = parseArgs({ args, options: { out: { type: 'string' }, format: { type: 'string' } } });
    if (!values.out) return { error: '--out is required' };
    const format = values.format ?? formatOfFileName(values.out);
    if (!format) return { error: `cannot tell the format from "${values.out}": give --format` };
    if (!REPORT_FORMATS.includes(format as ReportFormat))
      return { error: `--format must be one of ${REPORT_FORMATS.join(', ')}` };
    return { out: values.out, format: format as ReportFormat };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
};

/** `cli report`: 0 when written, 2 on wrong arguments; reads the database, never migrates it. */
export const reportCommand = async (args: string[]): Promise<number> => {
  const parsed = parseReportArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n${REPORT_USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const log = pino({ level: config.app.logLevel }, pino.destination(2));
  // Loaded here, so `cli` without a database command does not pull in the database stack.
  const { prepareDatabase } = await import('../../database/database-bootstrap');
  const { programQueriesOn } = await import('../application/program-queries.factory');
  const database = await prepareDatabase({ ...config.database, migrateOnStart: false }, log);
  try {
    const report = await programQueriesOn(database.dataSource, new SystemClock()).progress();
    await writeFile(parsed.out, (await renderReport(report, parsed.format)).body);
    process.stderr.write(`wrote ${parsed.out} (${parsed.format}, figures as of ${report.asOf})\n`);
    return 0;
  } finally {
    await database.close();
  }
};
