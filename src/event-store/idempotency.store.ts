import type { Tx } from './event-store.types';

export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export type IdempotencyClaim =
  { outcome: 'new' } | { outcome: 'replay'; response: StoredResponse } | { outcome: 'mismatch' };

/**
 * Idempotency records live in the command's transaction: the key is claimed first (a concurrent
 * request with the same key waits on the row), and the response is stored before the commit.
 */
export class IdempotencyStore {
  async claim(tx: Tx, scope: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
      [scope, key, requestHash],
    );
    if (inserted.length > 0) return { outcome: 'new' };
    const rows: {
      request_hash: string;
      response_status: number | null;
      response_body: unknown;
      response_headers: Record<string, string> | null;
    }[] = await tx.query(
      `SELECT request_hash, response_status, response_body, response_headers
         FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    const row = rows[0];
    if (row.request_hash !== requestHash) return { outcome: 'mismatch' };
    return {
      outcome: 'replay',
      response: {
        status: row.response_status ?? 200,
        body: row.response_body,
        headers: row.response_headers ?? {},
      },
    };
  }

  async complete(tx: Tx, scope: string, key: string, response: StoredResponse): Promise<void> {
    await tx.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb, response_headers = $5::jsonb
        WHERE scope = $1 AND key = $2`,
      [scope, key, response.status, JSON.stringify(response.body ?? null), JSON.stringify(response.headers)],
    );
  }
}
