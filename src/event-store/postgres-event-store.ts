import type { DataSource } from 'typeorm';
import type { Clock, IdGenerator } from '../shared/clock';
import { ConcurrencyError, InvalidEventError } from './event-store.errors';
import type {
  AppendHook,
  AppendOptions,
  AppendResult,
  ExpectedVersion,
  GlobalCheckpoint,
  NewEvent,
  RecordedEvent,
  Tx,
} from './event-store.types';
import type { EventHasher } from './event-hasher';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';
import { registeredUpcasters } from './upcasting/registered-upcasters';
import type { UpcasterRegistry } from './upcasting/upcaster-registry';

export interface ReadStreamOptions {
  fromVersion?: number;
  toVersion?: number;
  /** Only events recorded at or before this instant. */
  until?: Date;
  batchSize?: number;
  tx?: Tx;
  /** false: events exactly as stored (old schema versions too), e.g. to recompute their hashes. */
  upcast?: boolean;
}

export interface ReadAllOptions {
  after?: GlobalCheckpoint | null;
  batchSize?: number;
}

export interface ReadAllPageOptions {
  tx?: Tx;
  /**
   * Also return events of transactions newer than the oldest one still in flight. Safe only for a
   * caller that holds a lock keeping those writers out of what it folds (replay's final catch-up).
   */
  pastInFlight?: boolean;
  /** false: events exactly as stored. */
  upcast?: boolean;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /** Where the next page starts; unchanged when the page is empty. */
  checkpoint: GlobalCheckpoint | null;
}

interface StreamHead {
  version: number;
  lastHash: string | null;
}

/** An unescaped U+0000 in JSON text: jsonb refuses it, so the event could not be kept as hashed. */
const NUL_IN_JSON = /(^|[^\\])(\\\\)*\\u0000/;

/**
 * Append-only PostgreSQL event store. Appends lock the stream head row, so concurrent writers
 * with the same expected version serialise and all but one get a ConcurrencyError.
 */
export class PostgresEventStore {
  private readonly hooks: AppendHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: EventHasher,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    /** Applied on every read, so old schema versions stay stored (and hashed) as they were written. */
    private readonly upcasters: UpcasterRegistry = registeredUpcasters,
  ) {}

  /** Registers work that must commit or roll back with every append (inline projections, outbox). */
  onAppend(hook: AppendHook): void {
    this.hooks.push(hook);
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (events.length === 0) throw new InvalidEventError('an append needs at least one event');
    const serialised = events.map((e) => this.serialise(e));
    return options.tx
      ? this.appendIn(options.tx, streamId, events, serialised, options)
      : this.dataSource.transaction((tx) => this.appendIn(tx, streamId, events, serialised, options));
  }

  async streamVersion(streamId: string, tx?: Tx): Promise<number> {
    const rows: { version: string }[] = await (tx ?? this.dataSource).query(
      'SELECT version FROM streams WHERE stream_id = $1',
      [streamId],
    );
    return rows.length ? Number(rows[0].version) : 0;
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncGenerator<RecordedEvent> {
    const batchSize = options.batchSize ?? 500;
    let from = options.fromVersion ?? 1;
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    const runner = options.tx ?? this.dataSource;
    for (;;) {
      const rows: EventRow[] = await runner.query(
        `SELECT ${EVENT_COLUMNS} FROM events
          WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3
            AND ($4::timestamptz IS NULL OR recorded_at <= $4)
          ORDER BY stream_version LIMIT $5`,
        [streamId, from, to, options.until ?? null, batchSize],
      );
      for (const row of rows) yield this.fromRow(row, options.upcast);
      if (rows.length < batchSize) return;
      from = Number(rows[rows.length - 1].stream_version) + 1;
    }
  }

  /**
   * One page of all events in commit-safe global order: only transactions older than every one
   * still in flight, ordered by (transaction id, position), resumed after that pair. ORDER BY names
   * the table's columns: a bare `transaction_id` would mean EVENT_COLUMNS' text alias, sorting '1000'
   * before '999' (pages would skip events) and unable to use the (transaction_id, position) index.
   */
  async readAllPage(
    after: GlobalCheckpoint | null,
    batchSize: number,
    options: ReadAllPageOptions = {},
  ): Promise<ReadAllPage> {
    const rows: EventRow[] = await (options.tx ?? this.dataSource).query(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE ($4::boolean OR transaction_id < pg_snapshot_xmin(pg_current_snapshot()))
          AND (transaction_id, global_position) > ($1::xid8, $2::bigint)
        ORDER BY events.transaction_id, events.global_position LIMIT $3`,
      [after?.transactionId ?? '0', after?.position ?? 0, batchSize, options.pastInFlight ?? false],
    );
    const events = rows.map((row) => this.fromRow(row, options.upcast));
    const last = events[events.length - 1];
    return {
      events,
      checkpoint: last ? { transactionId: last.transactionId, position: last.globalPosition } : after,
    };
  }

  /** Every event committed so far in commit-safe order, fetched in batches so memory stays flat. */
  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const batchSize = options.batchSize ?? 1000;
    let checkpoint = options.after ?? null;
    for (;;) {
      const page = await this.readAllPage(checkpoint, batchSize);
      yield* page.events;
      if (page.events.length < batchSize) return;
      checkpoint = page.checkpoint;
    }
  }

  /** The hash stays the stored one: verify chains from raw rows (ChainVerifier), never from these. */
  private fromRow(row: EventRow, upcast = true): RecordedEvent {
    const stored = toRecordedEvent(row);
    return upcast ? this.upcasters.upcast(stored) : stored;
  }

  private serialise(event: NewEvent): string {
    if (!event.type) throw new InvalidEventError('an event needs a type');
    let json: string | undefined;
    try {
      json = JSON.stringify([event.data, event.metadata ?? {}]);
    } catch (err) {
      throw new InvalidEventError(`event ${event.type} is not JSON: ${(err as Error).message}`);
    }
    if (json === undefined) throw new InvalidEventError(`event ${event.type} has no data`);
    if (NUL_IN_JSON.test(json)) throw new InvalidEventError(`event ${event.type} holds U+0000`);
    return json;
  }

  private async appendIn(
    tx: Tx,
    streamId: string,
    events: NewEvent[],
    serialised: string[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const head = await this.lockHead(tx, streamId, options.expectedVersion);
    const recordedAt = this.clock.now();
    let previousHash = head.lastHash;
    const pending = events.map((event, i) => {
      const [data, eventMetadata] = JSON.parse(serialised[i]) as [unknown, Record<string, unknown>];
      const fields = {
        streamId,
        streamVersion: head.version + i + 1,
        eventId: this.ids.uuid(),
        type: event.type,
        schemaVersion: event.schemaVersion ?? this.upcasters.currentVersion(event.type),
        data,
        metadata: { ...options.metadata, ...eventMetadata },
        recordedAt,
        previousHash,
      };
      const hash = this.hasher.hash(fields);
      previousHash = hash;
      return { ...fields, hash };
    });
    const nextVersion = head.version + events.length;
    const inserted: { global_position: string; stream_version: string; transaction_id: string }[] =
      await tx.query(
        `WITH ins AS (
           INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata,
                               recorded_at, previous_hash, hash)
           SELECT $1, r."streamVersion", r."eventId", r.type, r."schemaVersion", r.data, r.metadata,
                  r."recordedAt", r."previousHash", r.hash
             FROM jsonb_to_recordset($2::jsonb) AS r("streamVersion" bigint, "eventId" uuid, type text,
                  "schemaVersion" int, data jsonb, metadata jsonb, "recordedAt" timestamptz,
                  "previousHash" text, hash text)
            ORDER BY r."streamVersion"
           RETURNING global_position, stream_version, transaction_id::text AS transaction_id
         ), head AS (
           UPDATE streams SET version = $3, last_hash = $4, updated_at = now() WHERE stream_id = $1
         )
         SELECT * FROM ins ORDER BY stream_version`,
        [streamId, JSON.stringify(pending), nextVersion, previousHash],
      );
    const recorded: RecordedEvent[] = pending.map((p, i) => ({
      ...p,
      globalPosition: Number(inserted[i].global_position),
      transactionId: inserted[i].transaction_id,
    }));
    const result: AppendResult = { streamId, nextExpectedVersion: nextVersion, events: recorded };
    for (const hook of this.hooks) await hook(tx, result);
    return result;
  }

  /** Takes the stream head's row lock (creating the head for a new stream) and checks the version. */
  private async lockHead(tx: Tx, streamId: string, expected: ExpectedVersion): Promise<StreamHead> {
    if (expected === 'any') {
      const rows: { version: string; last_hash: string | null }[] = await tx.query(
        `INSERT INTO streams (stream_id, version) VALUES ($1, 0)
         ON CONFLICT (stream_id) DO UPDATE SET version = streams.version
         RETURNING version, last_hash`,
        [streamId],
      );
      return { version: Number(rows[0].version), lastHash: rows[0].last_hash };
    }
    if (expected === 'no-stream' || expected === 0) {
      const rows: unknown[] = await tx.query(
        `INSERT INTO streams (stream_id, version) VALUES ($1, 0) ON CONFLICT (stream_id) DO NOTHING RETURNING version`,
        [streamId],
      );
      if (rows.length === 0)
        throw new ConcurrencyError(streamId, expected, await this.streamVersion(streamId, tx));
      return { version: 0, lastHash: null };
    }
    if (!Number.isSafeInteger(expected) || expected < 0) {
      throw new InvalidEventError(`expected version must be a non-negative integer, got ${expected}`);
    }
    const rows: { version: string; last_hash: string | null }[] = await tx.query(
      'SELECT version, last_hash FROM streams WHERE stream_id = $1 FOR UPDATE',
      [streamId],
    );
    const actual = rows.length ? Number(rows[0].version) : 0;
    if (actual !== expected) throw new ConcurrencyError(streamId, expected, actual);
    return { version: actual, lastHash: rows[0].last_hash };
  }
}
