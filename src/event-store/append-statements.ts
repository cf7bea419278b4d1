import { createHash } from 'node:crypto';
import type { PreparedStatement } from '../database/prepared-query';
import type { SealedAppend } from './event-sealer';
import { MOVED_HEAD, type AppendStatementPart } from './event-store.types';

type SealedEvent = SealedAppend['events'][number];

/** The sealed events of one append, as one JSON array the statements below unpack. */
const SEALED_EVENTS = `jsonb_to_recordset($2::jsonb) AS r("streamVersion" bigint, "eventId" uuid, type text,
  "schemaVersion" int, data jsonb, metadata jsonb, "recordedAt" timestamptz, "previousHash" text, hash text)`;

const EVENT_INSERT = `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata,
    recorded_at, previous_hash, hash)`;

const SEALED_COLUMNS = `r."streamVersion", r."eventId", r.type, r."schemaVersion", r.data, r.metadata,
    r."recordedAt", r."previousHash", r.hash`;

const INSERTED = 'RETURNING global_position, stream_version, transaction_id::text AS transaction_id';

/** Locks the head of a stream that exists; none back: no such stream. */
export const LOCK_HEAD: PreparedStatement = {
  name: 'streams.lock-head',
  text: 'SELECT version, last_hash FROM streams WHERE stream_id = $1 FOR UPDATE',
};

export interface InsertedRow {
  global_position: string;
  stream_version: string;
  transaction_id: string;
}

/**
 * After the head's row lock: the events, and the head moved to ($3 version, $4 last hash).
 * $1 stream id, $2 sealed events.
 */
export const INSERT_AFTER_LOCK: PreparedStatement = {
  name: 'events.insert-after-lock',
  text: `
  WITH ins AS (
    ${EVENT_INSERT}
    SELECT $1, ${SEALED_COLUMNS} FROM ${SEALED_EVENTS} ORDER BY r."streamVersion"
    ${INSERTED}
  ), head AS (
    UPDATE streams SET version = $3, last_hash = $4, updated_at = now() WHERE stream_id = $1
  )
  SELECT * FROM ins ORDER BY stream_version`,
};

/**
 * Without a lock taken first: the head moves only if it still is ($5 version, $6 last hash), and the
 * events are inserted only if it moved. A writer that got there first holds the head's row lock, so
 * this waits for it, then (READ COMMITTED re-checks the WHERE on the new row) finds the head moved and
 * inserts nothing. No row back: the head was not as the caller believed.
 */
const MOVE_HEAD = `UPDATE streams SET version = $3, last_hash = $4, updated_at = now()
     WHERE stream_id = $1 AND version = $5::bigint AND last_hash IS NOT DISTINCT FROM $6::text
    RETURNING stream_id`;

/** A new stream's head, only if none exists: a creator that lost the race gets no row. */
const CREATE_HEAD = `INSERT INTO streams (stream_id, version, last_hash)
    SELECT $1, $3, $4 WHERE $5::bigint = 0 AND $6::text IS NULL
    ON CONFLICT (stream_id) DO NOTHING
    RETURNING stream_id`;

/** The sealed events, unpacked from $2: any number of them. */
const SEALED_ROWS = `SELECT ${MOVED_HEAD}.stream_id, ${SEALED_COLUMNS} FROM ${MOVED_HEAD}, ${SEALED_EVENTS}
    ORDER BY r."streamVersion"`;

/**
 * One sealed event as parameters, which PostgreSQL takes for about 40 µs less than unpacking a JSON
 * array (jsonb_to_recordset): $2 its id, $7 type, $8 schema version, $9 data, $10 metadata, $11
 * recorded at. Its version, hash and previous hash are the head's own $3, $4 and $6.
 */
const ONE_EVENT_ROW = `SELECT ${MOVED_HEAD}.stream_id, $3::bigint, $2::uuid, $7::text, $8::int, $9::jsonb, $10::jsonb,
    $11::timestamptz, $6::text, $4::text FROM ${MOVED_HEAD}`;

/** Parameters ONE_EVENT_ROW takes after the head's. */
const ONE_EVENT_PARAMS = 5;

const insertIfHeadIsText = (parts: string[] = [], head = MOVE_HEAD, rows = SEALED_ROWS) => `
  WITH ${MOVED_HEAD} AS (
    ${head}
  ), ins AS (
    ${EVENT_INSERT}
    ${rows}
    ${INSERTED}
  )${parts.map((text, i) => `, part_${i} AS (${text})`).join('')}
  SELECT * FROM ins ORDER BY stream_version`;

export const INSERT_IF_HEAD_IS: PreparedStatement = {
  name: 'events.insert-if-head-is',
  text: insertIfHeadIsText(),
};

/** INSERT_IF_HEAD_IS for a stream that must not exist yet ($5 = 0, $6 null). */
const INSERT_IF_NO_STREAM: PreparedStatement = {
  name: 'events.insert-if-no-stream',
  text: insertIfHeadIsText([], CREATE_HEAD),
};

/** Parameters of INSERT_IF_HEAD_IS; a part's own are numbered after them. */
const HEAD_PARAMS = 6;

interface JoinedStatement {
  statement: PreparedStatement;
  /** What it was joined from, so a part that changed under the same name is caught. */
  parts: { text: string; params: number }[];
}

/** Per process; the name is taken from the text, so one name always means one text. */
const joinedStatements = new Map<string, JoinedStatement>();

const highestParameter = (text: string): number =>
  Math.max(0, ...[...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));

/** The shape of the append a joined statement is made for. */
export interface AppendShape {
  /** The stream has no head yet: it is created, not moved. */
  newStream?: boolean;
  /** A single event, given as ONE_EVENT_ROW's parameters rather than as a JSON array. */
  oneEvent?: boolean;
}

const joined = (parts: AppendStatementPart[], shape: AppendShape): JoinedStatement => {
  let offset = HEAD_PARAMS + (shape.oneEvent ? ONE_EVENT_PARAMS : 0);
  const texts = parts.map((part) => {
    if (!part.text.includes(MOVED_HEAD))
      throw new Error(`statement part ${part.name} does not join ${MOVED_HEAD}`);
    if (highestParameter(part.text) !== part.params.length)
      throw new Error(`statement part ${part.name} has ${part.params.length} parameters for its text`);
    const renumbered = part.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    offset += part.params.length;
    return renumbered;
  });
  const text = insertIfHeadIsText(
    texts,
    shape.newStream ? CREATE_HEAD : MOVE_HEAD,
    shape.oneEvent ? ONE_EVENT_ROW : SEALED_ROWS,
  );
  // A digest, not the parts' names: a prepared statement's name is cut at 63 bytes.
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    statement: { name: `events.insert-if-head-is.${digest}`, text },
    parts: parts.map((part) => ({ text: part.text, params: part.params.length })),
  };
};

const sameParts = (known: JoinedStatement, parts: AppendStatementPart[]): boolean =>
  known.parts.length === parts.length &&
  known.parts.every((p, i) => p.text === parts[i].text && p.params === parts[i].params.length);

/**
 * INSERT_IF_HEAD_IS (or, for a new stream, its creating twin) with the hooks' parts as further CTEs,
 * and their parameters after the head's (and, for one event, after ONE_EVENT_ROW's): the append, its
 * projections and its outbox rows commit as one statement.
 */
export const insertIfHeadIsWith = (
  parts: AppendStatementPart[],
  shape: AppendShape = {},
): { statement: PreparedStatement; params: unknown[] } => {
  const params = parts.flatMap((part) => part.params);
  if (parts.length === 0 && !shape.oneEvent)
    return { statement: shape.newStream ? INSERT_IF_NO_STREAM : INSERT_IF_HEAD_IS, params };
  const key = `${shape.newStream ? 'new' : 'known'}:${shape.oneEvent ? 'one' : 'many'}:${parts
    .map((part) => part.name)
    .join('+')}`;
  let known = joinedStatements.get(key);
  if (!known || !sameParts(known, parts)) {
    known = joined(parts, shape);
    joinedStatements.set(key, known);
  }
  return { statement: known.statement, params };
};

/** $2 of a statement made for `shape`: the sealed events as JSON, or the one event's id. */
export const sealedEventsParam = (events: SealedEvent[], shape: AppendShape): string =>
  shape.oneEvent ? events[0].eventId : JSON.stringify(events);

/** ONE_EVENT_ROW's own parameters ($7–$11), in order. */
export const oneEventParams = (event: SealedEvent): unknown[] => [
  event.type,
  event.schemaVersion,
  JSON.stringify(event.data),
  JSON.stringify(event.metadata),
  event.recordedAt,
];
