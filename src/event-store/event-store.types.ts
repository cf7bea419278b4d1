import type { EntityManager } from 'typeorm';

/** A transaction handle shared by the append, the projections, the outbox and the idempotency record. */
export type Tx = EntityManager;

/** What the caller believes the stream's version to be: a number, an absent stream, or no check. */
export type ExpectedVersion = number | 'no-stream' | 'any';

export type EventMetadata = Record<string, unknown>;

export interface NewEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  schemaVersion?: number;
  /** Per-event metadata, merged over the append's metadata. */
  metadata?: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  globalPosition: number;
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
  /** The writing transaction's id (xid8), as text since it can exceed 2^53. */
  transactionId: string;
  previousHash: string | null;
  hash: string;
}

/** A safe resume point for readers in global order (DESIGN.md: a position alone is not safe). */
export interface GlobalCheckpoint {
  transactionId: string;
  position: number;
}

export interface AppendOptions {
  expectedVersion: ExpectedVersion;
  metadata?: EventMetadata;
  /** Append inside the caller's transaction; otherwise the store opens and commits its own. */
  tx?: Tx;
  /**
   * Without `tx`: the caller's connection, held with no transaction open (PostgresEventStore
   * onOneConnection), for the append's statement or its transaction instead of another from the pool.
   */
  connection?: Tx;
  /**
   * The hash of the stream's event at `expectedVersion`, when the caller has it (it read the stream
   * or made the last append). The append then checks the head in the statement that inserts, instead
   * of locking it first; a wrong hash only costs that fast path.
   */
  previousHash?: string | null;
  /**
   * The caller's fold of the stream up to `expectedVersion` (the command runner's state), handed on to
   * the hooks: a projection folding with the same evolve can start from it instead of reading its row.
   */
  foldedBefore?: unknown;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version after the append; the next caller's expected version. */
  nextExpectedVersion: number;
  events: RecordedEvent[];
  /** As given in AppendOptions; absent when the caller folded nothing (or is replay). */
  foldedBefore?: unknown;
}

/** Called inside the append's transaction: inline projections and outbox routing hook in here. */
export type AppendHook = (tx: Tx, appended: AppendResult) => Promise<void>;

/** An append's events as they will be stored, before the statement that stores them has run. */
export interface PlannedAppend {
  streamId: string;
  nextExpectedVersion: number;
  events: Omit<RecordedEvent, 'globalPosition' | 'transactionId'>[];
  foldedBefore?: unknown;
}

/**
 * The name of the append statement's CTE that holds the stream's head row only if this append moved
 * it. A statement part joins it, so it writes nothing for an append that lost its race and takes its
 * row locks only after the head's, in the order the transaction path takes them.
 */
export const MOVED_HEAD = 'moved_head';

/** A hook's writes for one append, run as a CTE of the append's own statement. */
export interface AppendStatementPart {
  /** Names the part in errors, and as the key its joined statement is kept under. */
  name: string;
  /** One data-modifying statement with its own parameters from $1, joining MOVED_HEAD. */
  text: string;
  params: unknown[];
}

/**
 * The same work as the hook, as statement parts (an empty list: nothing to write), or null when it
 * needs the transaction (e.g. to read first). With parts from every hook an append is one statement.
 */
export type AppendPartsHook = (planned: PlannedAppend) => AppendStatementPart[] | null;

export interface AppendHookOptions {
  /** Only streams whose id starts so; an append no hook wants can commit as a single statement. */
  streamPrefix?: string;
  parts?: AppendPartsHook;
}
