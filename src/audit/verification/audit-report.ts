import type { BrokenLinkReason } from '../../event-store/chain-verifier';

export type AuditBreakReason = BrokenLinkReason | 'checkpoint-mismatch' | 'checkpoint-rejected';

/**
 * The first place where the record stops proving itself. Stream and version are null only when the
 * evidence cannot be pinned to one event (a rejected checkpoint, a digest that differs with every
 * stream head intact).
 */
export interface AuditBrokenLink {
  streamId: string | null;
  version: number | null;
  /** The stored event's position; null when the event is gone. */
  position: number | null;
  reason: AuditBreakReason;
  detail?: string;
}

/** How the store compares with a signed checkpoint. */
export interface CheckpointOutcome {
  signedAt: string;
  keyFingerprint: string;
  globalPosition: number;
  eventCount: number;
  /** The store (or, with a stream, that stream) still holds exactly what was signed. */
  matches: boolean;
  /** What the store holds below the checkpoint's transaction horizon; null when one stream was checked. */
  found: { globalPosition: number; eventCount: number; digest: string } | null;
}

export interface AuditReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  firstBrokenLink: AuditBrokenLink | null;
  /** Null when no checkpoint was used (or it was rejected). */
  checkpoint: CheckpointOutcome | null;
}

const place = (link: AuditBrokenLink): string =>
  [
    `stream ${link.streamId ?? '-'}`,
    `version ${link.version ?? '-'}`,
    `position ${link.position ?? '-'}`,
    `reason ${link.reason}`,
  ].join(', ');

/** One line for a terminal or a log: the summary, or the first broken link. */
export const describeReport = (report: AuditReport): string => {
  const counts = `${report.eventsChecked} events in ${report.streamsChecked} streams checked`;
  const against = report.checkpoint
    ? ` against the checkpoint of ${report.checkpoint.signedAt} (${report.checkpoint.eventCount} events to position ${report.checkpoint.globalPosition})`
    : '';
  if (report.ok) return `intact: ${counts}${against}`;
  const link = report.firstBrokenLink;
  if (!link) return `broken: ${counts}${against}`;
  return `broken: ${place(link)}${link.detail ? ` (${link.detail})` : ''}; ${counts}${against}`;
};
