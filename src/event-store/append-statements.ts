import type { PreparedStatement } from '../database/prepared-query';

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
export const INSERT_IF_HEAD_IS: PreparedStatement = {
  name: 'events.insert-if-head-is',
  text: `
  WITH head AS (
    UPDATE streams SET version = $3, last_hash = $4, updated_at = now()
     WHERE stream_id = $1 AND version = $5::bigint AND last_hash IS NOT DISTINCT FROM $6::text
    RETURNING stream_id
  ), ins AS (
    ${EVENT_INSERT}
    SELECT head.stream_id, ${SEALED_COLUMNS} FROM head, ${SEALED_EVENTS} ORDER BY r."streamVersion"
    ${INSERTED}
  )
  SELECT * FROM ins ORDER BY stream_version`,
};
