import type { Tx } from '../event-store/event-store.types';
import { ident, liveName, shadowName, type ResolvedTable } from './shadow-tables';

export type LiveLock = 'SHARE' | 'ACCESS EXCLUSIVE';

/**
 * Locks the live tables in the order appends write them. SHARE stops appends' projection writes (a
 * check compares a still picture while queries go on); ACCESS EXCLUSIVE, taken by the swap, stops
 * queries too. An append that already wrote a live table holds its lock until it commits, so the swap
 * waits for it and the catch-up then sees its events; an append that had not reached its projection
 * waits for the swap, and then folds its own events into the swapped-in table.
 */
export const lockLive = async (tx: Tx, tables: ResolvedTable[], mode: LiveLock, timeoutMs: number) => {
  // A long query ahead of the lock would queue every append behind the replay: give up instead.
  await tx.query(`SELECT set_config('lock_timeout', $1, true)`, [`${timeoutMs}ms`]);
  await tx.query(`LOCK TABLE ${tables.map(liveName).join(', ')} IN ${mode} MODE`);
};

/**
 * Inside the transaction holding ACCESS EXCLUSIVE: the shadow copy replaces the live table under its
 * schema and name, with the indexes and constraints it was built with. Columns not derived from events
 * keep their live values on rows whose derived columns are unchanged.
 */
export const swapIn = async (tx: Tx, t: ResolvedTable): Promise<void> => {
  if (t.notDerived.length) {
    const set = t.notDerived.map((c) => `${ident(c)} = l.${ident(c)}`).join(', ');
    await tx.query(
      `UPDATE ${shadowName(t)} s SET ${set} FROM ${liveName(t)} l
        WHERE to_jsonb(s) - $1::text[] = to_jsonb(l) - $1::text[]`,
      [t.notDerived],
    );
  }
  await tx.query(`DROP TABLE ${liveName(t)}`);
  await tx.query(`ALTER TABLE ${shadowName(t)} SET SCHEMA ${ident(t.schema)}`);
};
