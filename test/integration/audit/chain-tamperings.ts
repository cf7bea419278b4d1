import { randomUUID } from 'node:crypto';
import { expectAt, ONE_EVENT, sha256, type Tampering } from './tampering-kit';

/** A forged event at version v (v = last + 1 appends it), later versions moved up, the head kept in step. */
export const forgeEvent = (s: string, v: number): Tampering => ({
  label: `forged event at ${s} v${v}`,
  apply: async (db) => {
    const before = await db.query(`SELECT hash FROM events ${ONE_EVENT}`, [s, v - 1]);
    const previous: string | null = before.rows[0]?.hash ?? null;
    const later = 'WHERE stream_id = $1 AND stream_version >= $2';
    // Two steps, so the unique (stream, version) constraint never sees two rows at once.
    await db.query(`UPDATE events SET stream_version = stream_version + 1000 ${later}`, [s, v]);
    await db.query(`UPDATE events SET stream_version = stream_version - 999 ${later}`, [s, 1000]);
    const data = { body: 'Sở Nội vụ', opinion: 'agree', note: 'Hòa', figures: { before: 12, after: 14 } };
    const hash = sha256(JSON.stringify([data, previous]));
    await db.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata, recorded_at, previous_hash, hash)
       VALUES ($1, $2, $3, 'OpinionGiven', $4, '{}', now(), $5, $6)`,
      [s, v, randomUUID(), JSON.stringify(data), previous, hash],
    );
    await db.query(
      `UPDATE streams SET version = version + 1,
              last_hash = CASE WHEN version + 1 = $2 THEN $3 ELSE last_hash END
        WHERE stream_id = $1`,
      [s, v, hash],
    );
    return expectAt(s, v, ['hash-mismatch']);
  },
});

/**
 * The last k events of the store deleted, and the stream heads rewritten to match, as a careful
 * administrator would: every remaining chain is whole, so only the checkpoint can tell.
 */
export const deleteTail = (k: number): Tampering => ({
  label: `last ${k} events deleted`,
  apply: async (db) => {
    const { rows } = await db.query<{ stream_id: string; stream_version: string }>(
      `DELETE FROM events WHERE global_position IN
         (SELECT global_position FROM events ORDER BY global_position DESC LIMIT $1)
       RETURNING stream_id, stream_version`,
      [k],
    );
    const streams = [...new Set(rows.map((r) => r.stream_id))];
    await db.query(
      `UPDATE streams s SET version = m.stream_version, last_hash = m.hash
         FROM (SELECT DISTINCT ON (stream_id) stream_id, stream_version, hash FROM events
                WHERE stream_id = ANY($1) ORDER BY stream_id, stream_version DESC) m
        WHERE s.stream_id = m.stream_id`,
      [streams],
    );
    await db.query(
      `DELETE FROM streams s WHERE stream_id = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = s.stream_id)`,
      [streams],
    );
    const first = streams.sort()[0];
    const version = Math.min(
      ...rows.filter((r) => r.stream_id === first).map((r) => Number(r.stream_version)),
    );
    return expectAt(first, version, ['checkpoint-mismatch'], { chainMisses: true, digestDiffers: true });
  },
});

/** An edit at `edited`, then the chain recomputed from `from` (1: the whole chain) with plain SHA-256. */
export const recomputeChain = (s: string, from: number, edited: number): Tampering => ({
  label: `${s} v${edited} edited, chain recomputed with SHA-256 from v${from}`,
  apply: async (db) => {
    await db.query(`UPDATE events SET data = jsonb_set(data, '{opinion}', '"disagree"') ${ONE_EVENT}`, [
      s,
      edited,
    ]);
    const { rows } = await db.query(
      `SELECT stream_version, type, data, recorded_at, previous_hash FROM events
        WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`,
      [s, from],
    );
    let previous: string | null = rows[0].previous_hash;
    for (const row of rows) {
      const hash = sha256(JSON.stringify([row.type, row.data, row.recorded_at, previous]));
      const set = `UPDATE events SET previous_hash = $3, hash = $4 ${ONE_EVENT}`;
      await db.query(set, [s, row.stream_version, previous, hash]);
      previous = hash;
    }
    await db.query(`UPDATE streams SET last_hash = $2 WHERE stream_id = $1`, [s, previous]);
    return expectAt(s, from, ['hash-mismatch'], { digestDiffers: true });
  },
});
