import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { SystemClock } from '../../shared/clock';
import { recordCliAccess } from '../access/audit-access-log';
import { parseOrUsage, withAuditDatabase } from '../cli/audit-database';
import { EventExporter, type ExportFormat } from './event-exporter';

export const EXPORT_USAGE = `usage: cli audit export [--from ISO] [--to ISO] [--format ndjson|csv] [--out FILE]
  streams the events recorded in [from, to) as stored, in position order: NDJSON with a trailer
  (count, SHA-256 of the lines) or CSV safe to open in a spreadsheet; stdout unless --out`;

const instant = (value: string | undefined, name: string): Date | undefined => {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`--${name} is not an ISO instant: ${value}`);
  return date;
};

/** `cli audit export ...`: the export, and a line in the audit access log saying who took it. */
export const exportCommand = async (args: string[]): Promise<number> => {
  const parsed = parseOrUsage(() => {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string', default: 'ndjson' },
        out: { type: 'string' },
      },
    });
    if (values.format !== 'ndjson' && values.format !== 'csv') throw new Error('--format is ndjson or csv');
    return {
      ...values,
      format: values.format as ExportFormat,
      range: { from: instant(values.from, 'from'), to: instant(values.to, 'to') },
    };
  }, EXPORT_USAGE);
  if (!parsed) return 2;
  return withAuditDatabase({ readOnly: true }, async ({ dataSource }) => {
    const lines = new EventExporter(dataSource, new SystemClock()).lines(parsed.range, parsed.format);
    await pipeline(Readable.from(lines), parsed.out ? createWriteStream(parsed.out) : process.stdout);
    await recordCliAccess(dataSource, 'export', {
      from: parsed.from ?? null,
      to: parsed.to ?? null,
      format: parsed.format,
    });
    return 0;
  });
};
