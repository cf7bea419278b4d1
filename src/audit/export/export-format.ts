import { canonicalJson } from '../../shared/domain/canonical-json';
import type { RecordedEvent } from '../../event-store/event-store.types';

export const EXPORT_FORMAT = 'restructuring-approvals.audit-export.v1';

/** One exported event: every stored field, so a verifier can recompute its hash with the key. */
export interface ExportedEvent {
  position: number;
  transactionId: string;
  streamId: string;
  version: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
  recordedAt: string;
  previousHash: string | null;
  hash: string;
}

/** The last line: what the lines before it must add up to. */
export interface ExportTrailer {
  trailer: typeof EXPORT_FORMAT;
  count: number;
  /** SHA-256 over the event lines exactly as written, each with its newline. */
  sha256: string;
  range: { from: string | null; to: string | null };
  /** Events of transactions below this id were all finished when the export was taken. */
  transactionHorizon: string;
  exportedAt: string;
}

export const exportedEvent = (e: RecordedEvent): ExportedEvent => ({
  position: e.globalPosition,
  transactionId: e.transactionId,
  streamId: e.streamId,
  version: e.streamVersion,
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
  recordedAt: e.recordedAt.toISOString(),
  previousHash: e.previousHash,
  hash: e.hash,
});

export const ndjsonLine = (e: ExportedEvent): string => `${canonicalJson(e)}\n`;

export const CSV_COLUMNS = [
  'position',
  'transactionId',
  'streamId',
  'version',
  'eventId',
  'type',
  'schemaVersion',
  'recordedAt',
  'previousHash',
  'hash',
  'data',
  'metadata',
] as const;

/**
 * A CSV cell that a spreadsheet shows as text: quoted, quotes doubled, and a leading = + - @ (or tab,
 * carriage return) defused with an apostrophe so it is never run as a formula.
 */
export const csvCell = (value: unknown): string => {
  const text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : canonicalJson(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

export const csvLine = (e: ExportedEvent): string => `${CSV_COLUMNS.map((c) => csvCell(e[c])).join(',')}\r\n`;

export const csvHeader = (): string => `${CSV_COLUMNS.join(',')}\r\n`;
