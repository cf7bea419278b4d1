import type { DataSource } from 'typeorm';
import type { EventHasher } from './event-hasher';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';
import type { RecordedEvent } from './event-store.types';

export type BrokenLinkReason =
  'hash-mismatch' | 'previous-hash-mismatch' | 'version-gap' | 'missing-predecessor' | 'stream-head-mismatch';

/** The first place where the stored history stops proving itself. */
export interface BrokenLink {
  streamId: string;
  /** The version where the chain breaks: for a gap, the first missing version. */
  version: number;
  /** The position of the stored event where the break was seen (null when the tail is missing). */
  position: number | null;
  reason: BrokenLinkReason;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  firstBrokenLink: BrokenLink | null;
}

interface StreamCursor {
  streamId: string;
  version: number;
  hash: string | null;
  headVersion: number;
  headHash: string | null;
}

type HeadedRow = EventRow & { head_version: string | null; head_hash: string | null };

interface HeadedEvent {
  event: RecordedEvent;
  headVersion: number;
  headHash: string | null;
}

/** Walks every stream in version order and recomputes the keyed hash chain. */
export class ChainVerifier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: EventHasher,
    private readonly batchSize = 2000,
  ) {}

  async verify(options: { streamId?: string } = {}): Promise<VerificationReport> {
    let eventsChecked = 0;
    let streamsChecked = 0;
    let cursor: StreamCursor | null = null;
    for await (const { event, headVersion, headHash } of this.eventsInStreamOrder(options.streamId)) {
      if (!cursor || cursor.streamId !== event.streamId) {
        const head = cursor && this.checkHead(cursor);
        if (head) return this.report(eventsChecked, streamsChecked, head);
        cursor = { streamId: event.streamId, version: 0, hash: null, headVersion, headHash };
        streamsChecked++;
      }
      eventsChecked++;
      const broken = this.checkLink(cursor, event);
      if (broken) return this.report(eventsChecked, streamsChecked, broken);
      cursor = { ...cursor, version: event.streamVersion, hash: event.hash, headVersion, headHash };
    }
    const last = (cursor && this.checkHead(cursor)) ?? (await this.headWithoutEvents(options.streamId));
    return this.report(eventsChecked, streamsChecked, last);
  }

  private checkLink(cursor: StreamCursor, event: RecordedEvent): BrokenLink | null {
    const at = (version: number, reason: BrokenLinkReason): BrokenLink => ({
      streamId: event.streamId,
      version,
      position: event.globalPosition,
      reason,
    });
    if (event.streamVersion !== cursor.version + 1) {
      return at(cursor.version + 1, cursor.version === 0 ? 'missing-predecessor' : 'version-gap');
    }
    if (event.previousHash !== cursor.hash) return at(event.streamVersion, 'previous-hash-mismatch');
    if (!this.hasher.matches(event, event.hash)) return at(event.streamVersion, 'hash-mismatch');
    return null;
  }

  /** The stream head records how far the stream went: fewer events means a deleted tail. */
  private checkHead(cursor: StreamCursor): BrokenLink | null {
    if (cursor.headVersion === cursor.version && cursor.headHash === cursor.hash) return null;
    return {
      streamId: cursor.streamId,
      version: cursor.version + 1,
      position: null,
      reason: 'stream-head-mismatch',
    };
  }

  /** A head whose stream has no event left at all: every event of it was deleted. */
  private async headWithoutEvents(streamId?: string): Promise<BrokenLink | null> {
    const rows: { stream_id: string }[] = await this.dataSource.query(
      `SELECT stream_id FROM streams s
        WHERE s.version > 0 AND ($1::text IS NULL OR s.stream_id = $1)
          AND NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = s.stream_id)
        ORDER BY stream_id LIMIT 1`,
      [streamId ?? null],
    );
    return rows.length
      ? { streamId: rows[0].stream_id, version: 1, position: null, reason: 'missing-predecessor' }
      : null;
  }

  /**
   * Every event with its stream's head, in (stream, version) order. The next page is asked for as
   * soon as this one arrives, so PostgreSQL reads it while these are hashed.
   */
  private async *eventsInStreamOrder(streamId?: string): AsyncGenerator<HeadedEvent> {
    let next: Promise<HeadedRow[]> | null = this.page([streamId ?? '', 0], streamId);
    while (next) {
      const rows: HeadedRow[] = await next;
      const last = rows[rows.length - 1];
      next =
        rows.length < this.batchSize
          ? null
          : this.page([last.stream_id, Number(last.stream_version)], streamId);
      // Awaited on the next turn; a walk that stops at a broken link must not leave it rejected unheard.
      next?.catch(() => undefined);
      for (const row of rows) {
        const headVersion = row.head_version === null ? -1 : Number(row.head_version);
        yield { event: toRecordedEvent(row), headVersion, headHash: row.head_hash };
      }
    }
  }

  private page(after: [string, number], streamId?: string): Promise<HeadedRow[]> {
    return this.dataSource.query(
      `SELECT ${EVENT_COLUMNS}, s.version AS head_version, s.last_hash AS head_hash
         FROM events e LEFT JOIN streams s USING (stream_id)
        WHERE (e.stream_id, e.stream_version) > ($1, $2) AND ($3::text IS NULL OR e.stream_id = $3)
        ORDER BY e.stream_id, e.stream_version LIMIT $4`,
      [after[0], after[1], streamId ?? null, this.batchSize],
    );
  }

  private report(
    eventsChecked: number,
    streamsChecked: number,
    broken: BrokenLink | null,
  ): VerificationReport {
    return { ok: broken === null, eventsChecked, streamsChecked, firstBrokenLink: broken };
  }
}
