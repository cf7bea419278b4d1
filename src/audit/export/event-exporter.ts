import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../../event-store/event-row';
import type { Clock } from '../../shared/clock';
import {
  EXPORT_FORMAT,
  csvHeader,
  csvLine,
  exportedEvent,
  ndjsonLine,
  type ExportTrailer,
} from './export-format';

export type ExportFormat = 'ndjson' | 'csv';

export interface ExportRange {
  from?: Date;
  to?: Date;
}

/**
 * Streams events exactly as stored (never upcast: the hashes must verify), in global position order,
 * a batch at a time so memory stays flat. Only transactions finished when the export began are
 * included, so the exported set is one that can never change.
 */
export class EventExporter {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly batchSize = 1000,
  ) {}

  async *lines(range: ExportRange, format: ExportFormat): AsyncGenerator<string> {
    const [{ horizon }]: { horizon: string }[] = await this.db.query(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon',
    );
    const digest = createHash('sha256');
    let count = 0;
    if (format === 'csv') yield csvHeader();
    for (let after = 0; ;) {
      const rows: EventRow[] = await this.db.query(
        `SELECT ${EVENT_COLUMNS} FROM events
          WHERE transaction_id < $1::xid8 AND global_position > $2
            AND ($3::timestamptz IS NULL OR recorded_at >= $3) AND ($4::timestamptz IS NULL OR recorded_at < $4)
          ORDER BY global_position LIMIT $5`,
        [horizon, after, range.from ?? null, range.to ?? null, this.batchSize],
      );
      for (const row of rows) {
        const event = exportedEvent(toRecordedEvent(row));
        const line = format === 'csv' ? csvLine(event) : ndjsonLine(event);
        digest.update(line);
        count++;
        yield line;
      }
      if (rows.length < this.batchSize) break;
      after = Number(rows[rows.length - 1].global_position);
    }
    if (format === 'ndjson') {
      const trailer: ExportTrailer = {
        trailer: EXPORT_FORMAT,
        count,
        sha256: digest.digest('hex'),
        range: { from: range.from?.toISOString() ?? null, to: range.to?.toISOString() ?? null },
        transactionHorizon: horizon,
        exportedAt: this.clock.now().toISOString(),
      };
      yield `${JSON.stringify(trailer)}\n`;
    }
  }
}
