import type { DataSource } from 'typeorm';
import type { Clock, IdGenerator } from '../shared/clock';
import { ConcurrencyError, InvalidEventError } from './event-store.errors';
import { queryPrepared, type PreparedStatement } from '../database/prepared-query';
import {
  INSERT_AFTER_LOCK,
  INSERT_IF_HEAD_IS,
  LOCK_HEAD,
  insertIfHeadIsWith,
  oneEventParams,
  sealedEventsParam,
  type AppendShape,
  type InsertedRow,
} from './append-statements';
import type {
  AppendHook,
  AppendHookOptions,
  AppendPartsHook,
  AppendStatementPart,
  AppendOptions,
  AppendResult,
  ExpectedVersion,
  GlobalCheckpoint,
  NewEvent,
  PlannedAppend,
  RecordedEvent,
  Tx,
} from './event-store.types';
import type { EventHasher } from './event-hasher';
import { EventSealer, type SealedAppend, type StreamHead } from './event-sealer';
import { EVENT_COLUMNS, FOLD_COLUMNS, toRecordedEvent, type EventRow } from './event-row';
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
  /**
   * Only what projections fold: metadata comes back empty, event ids null and hashes blank. For
   * replay, never for an audit, an export or a history.
   */
  foldOnly?: boolean;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /** Where the next page starts; unchanged when the page is empty. */
  checkpoint: GlobalCheckpoint | null;
}

interface KnownHead {
  expectedVersion: number;
  previousHash: string | null;
}

/** Every command reads its stream: planned once per connection. */
const READ_STREAM: PreparedStatement = {
  name: 'events.read-stream',
  text: `SELECT ${EVENT_COLUMNS} FROM events
          WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3
            AND ($4::timestamptz IS NULL OR recorded_at <= $4)
          ORDER BY stream_version LIMIT $5`,
};

interface AppendRequest {
  streamId: string;
  events: NewEvent[];
  /** Each event's [data, metadata] as JSON, checked before anything is written. */
  serialised: string[];
}

/** A statement for sealed events, with its parameters from $5; `shape` says how $2 holds them. */
interface PlannedStatement {
  statement: PreparedStatement;
  params: unknown[];
  shape?: AppendShape;
}

interface RegisteredHook {
  run: AppendHook;
  streamPrefix: string;
  parts?: AppendPartsHook;
}

/** The caller knows the head (version and its event's hash) of a stream that already has events. */
const knowsHead = (options: AppendOptions): options is AppendOptions & KnownHead =>
  typeof options.expectedVersion === 'number' &&
  options.expectedVersion > 0 &&
  options.previousHash !== undefined;

/** The head an append without a lock moves from: the one the caller knows, or none for a new stream. */
const headToMoveFrom = (options: AppendOptions): StreamHead | null => {
  if (knowsHead(options)) return { version: options.expectedVersion, lastHash: options.previousHash };
  if (options.expectedVersion === 'no-stream' || options.expectedVersion === 0)
    return { version: 0, lastHash: null };
  return null;
};

const recordedAppend = (streamId: string, sealed: SealedAppend, inserted: InsertedRow[]): AppendResult => ({
  streamId,
  nextExpectedVersion: sealed.head.version,
  events: sealed.events.map((event, i) => ({
    ...event,
    globalPosition: Number(inserted[i].global_position),
    transactionId: inserted[i].transaction_id,
  })),
});

/**
 * Append-only PostgreSQL event store. Appends lock the stream head row (or move it only from the
 * head the caller knows), so concurrent writers with the same expected version serialise and all but
 * one get a ConcurrencyError.
 */
export class PostgresEventStore {
  private readonly hooks: RegisteredHook[] = [];
  private readonly sealer: EventSealer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: EventHasher,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    /** Applied on every read, so old schema versions stay stored (and hashed) as they were written. */
    private readonly upcasters: UpcasterRegistry = registeredUpcasters,
  ) {
    this.sealer = new EventSealer(hasher, clock, ids, upcasters);
  }

  /** Registers work that must commit or roll back with every append (inline projections, outbox). */
  onAppend(hook: AppendHook, options: AppendHookOptions = {}): void {
    this.hooks.push({ run: hook, streamPrefix: options.streamPrefix ?? '', parts: options.parts });
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * One pooled connection for all of `work`, with no transaction open: each statement commits on its
   * own, and a caller's reads and append queue for a connection once instead of once each.
   */
  async onOneConnection<T>(work: (connection: Tx) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return await work(runner.manager);
    } finally {
      await runner.release();
    }
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (events.length === 0) throw new InvalidEventError('an append needs at least one event');
    const request: AppendRequest = {
      streamId,
      events,
      serialised: events.map((e) => this.sealer.serialise(e)),
    };
    if (options.tx) return this.appendIn(options.tx, request, options);
    const runner = options.connection ?? this.dataSource.manager;
    const head = headToMoveFrom(options);
    if (head) {
      // The hooks' writes, if each can give them as parts, commit in the same autocommit statement.
      const appended = await this.appendInOneStatement(runner, request, options, head);
      if (appended) return appended;
    }
    return runner.transaction((tx) => this.appendIn(tx, request, options));
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
      const rows = await queryPrepared<EventRow>(runner, READ_STREAM, [
        streamId,
        from,
        to,
        options.until ?? null,
        batchSize,
      ]);
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
      `SELECT ${options.foldOnly ? FOLD_COLUMNS : EVENT_COLUMNS} FROM events
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

  private async appendIn(tx: Tx, request: AppendRequest, options: AppendOptions): Promise<AppendResult> {
    const result =
      (knowsHead(options) ? await this.insertIfHeadIs(tx, request, options) : null) ??
      (await this.insertAfterLock(tx, request, options));
    for (const hook of this.hooksFor(request.streamId)) await hook.run(tx, result);
    return result;
  }

  private hooksFor(streamId: string): RegisteredHook[] {
    return this.hooks.filter((hook) => streamId.startsWith(hook.streamPrefix));
  }

  private async insertAfterLock(
    tx: Tx,
    request: AppendRequest,
    options: AppendOptions,
  ): Promise<AppendResult> {
    const head = await this.lockHead(tx, request.streamId, options.expectedVersion);
    const appended = await this.insertSealed(tx, request, head, options, () => ({
      statement: INSERT_AFTER_LOCK,
      params: [],
    }));
    if (!appended) throw new Error(`the append to ${request.streamId} inserted fewer events than it sealed`);
    return appended;
  }

  /** null when the head is not (expectedVersion, previousHash): nothing was written. */
  private insertIfHeadIs(
    runner: Tx | DataSource,
    request: AppendRequest,
    options: AppendOptions & KnownHead,
  ): Promise<AppendResult | null> {
    const head = { version: options.expectedVersion, lastHash: options.previousHash };
    return this.insertSealed(runner, request, head, options, () => ({
      statement: INSERT_IF_HEAD_IS,
      params: [head.version, head.lastHash],
    }));
  }

  /**
   * null when a hook needs the transaction, or the head is not (expectedVersion, previousHash):
   * nothing was written.
   */
  private appendInOneStatement(
    runner: Tx,
    request: AppendRequest,
    options: AppendOptions,
    head: StreamHead,
  ): Promise<AppendResult | null> {
    return this.insertSealed(runner, request, head, options, (sealed) => {
      const parts = this.partsFor({
        streamId: request.streamId,
        nextExpectedVersion: sealed.head.version,
        events: sealed.events,
        foldedBefore: options.foldedBefore,
      });
      if (!parts) return null;
      const shape = { newStream: head.version === 0, oneEvent: sealed.events.length === 1 };
      const { statement, params } = insertIfHeadIsWith(parts, shape);
      const own = shape.oneEvent ? oneEventParams(sealed.events[0]) : [];
      return { statement, shape, params: [head.version, head.lastHash, ...own, ...params] };
    });
  }

  /** Every hook's parts in the order the hooks were registered; null if one of them needs the transaction. */
  private partsFor(planned: PlannedAppend): AppendStatementPart[] | null {
    const parts: AppendStatementPart[] = [];
    for (const hook of this.hooksFor(planned.streamId)) {
      const more = hook.parts?.(planned);
      if (!more) return null;
      parts.push(...more);
    }
    return parts;
  }

  /**
   * Seals the events after `head` and runs the statement `statementFor` makes for them ($1 stream,
   * $2 events as its shape takes them, $3–$4 the new head, then its own parameters). null when it
   * makes none, or when the statement inserted fewer events than were sealed: nothing was written.
   */
  private async insertSealed(
    runner: Tx | DataSource,
    request: AppendRequest,
    head: StreamHead,
    options: AppendOptions,
    statementFor: (sealed: SealedAppend) => PlannedStatement | null,
  ): Promise<AppendResult | null> {
    const { streamId, events, serialised } = request;
    const sealed = this.sealer.seal(streamId, events, serialised, head, options.metadata);
    const planned = statementFor(sealed);
    if (!planned) return null;
    const inserted = await queryPrepared<InsertedRow>(runner, planned.statement, [
      streamId,
      sealedEventsParam(sealed.events, planned.shape ?? {}),
      sealed.head.version,
      sealed.head.lastHash,
      ...planned.params,
    ]);
    if (inserted.length !== events.length) return null;
    const result = recordedAppend(streamId, sealed, inserted);
    if (options.foldedBefore !== undefined) result.foldedBefore = options.foldedBefore;
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
    const rows = await queryPrepared<{ version: string; last_hash: string | null }>(tx, LOCK_HEAD, [
      streamId,
    ]);
    const actual = rows.length ? Number(rows[0].version) : 0;
    if (actual !== expected) throw new ConcurrencyError(streamId, expected, actual);
    return { version: actual, lastHash: rows[0].last_hash };
  }
}
