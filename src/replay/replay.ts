import type { DataSource, QueryRunner } from 'typeorm';
import type { Tx } from '../event-store/event-store.types';
import type { PostgresEventStore } from '../event-store/postgres-event-store';
import { finishUnderLock, type ReplayReport } from './locked-finish';
import type { ReplayedReadModel } from './replayed-read-models';
import { copyPrivileges } from './shadow-privileges';
import { ShadowRebuild } from './shadow-rebuild';
import { createShadowTables, dropShadowSchema, resolveTables, shadowName } from './shadow-tables';

export type { ReplayReport } from './locked-finish';

/** Any constant shared by every replica: two replays take turns (they share the shadow schema). */
const REPLAY_LOCK_KEY = 7_240_518_002;

export interface ReplayOptions {
  /** Compare only; leave the live tables as they are. */
  check: boolean;
  batchSize: number;
  /** How long the final transaction waits for the live tables before giving up (default 30 s). */
  lockTimeoutMs?: number;
  /** How many differences to list per table; all are counted. */
  driftLimit?: number;
}

export interface ReplayDependencies {
  dataSource: DataSource;
  store: PostgresEventStore;
  readModels: ReplayedReadModel[];
}

const transactionsOn =
  (runner: QueryRunner) =>
  async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    }
  };

/**
 * Rebuilds every read model from position 0 into shadow tables with the live projections' code, then,
 * under a lock on the live tables, folds in what committed meanwhile and either compares (check) or
 * swaps the rebuilt tables in, in one transaction. The live tables are untouched until that commit.
 * @publicApi
 */
export const replayReadModels = async (
  { dataSource, store, readModels }: ReplayDependencies,
  options: ReplayOptions,
): Promise<ReplayReport> => {
  // One connection for the whole run: it holds the session lock and every shadow transaction.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const inTransaction = transactionsOn(runner);
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [REPLAY_LOCK_KEY]);
    try {
      const tables = await resolveTables(
        runner.manager,
        readModels.flatMap((m) => m.tables),
      );
      await createShadowTables(runner.manager, tables);
      for (const t of tables) await copyPrivileges(runner.manager, t);
      const rebuild = new ShadowRebuild(store, readModels, tables, options.batchSize);
      const built = await rebuild.rebuild(inTransaction);
      for (const t of tables) await runner.query(`ANALYZE ${shadowName(t)}`);
      return await inTransaction((tx) =>
        finishUnderLock(tx, rebuild, built, tables, {
          check: options.check,
          lockTimeoutMs: options.lockTimeoutMs ?? 30_000,
          driftLimit: options.driftLimit ?? 200,
        }),
      );
    } finally {
      await dropShadowSchema(runner.manager).catch(() => undefined);
      await runner.query('SELECT pg_advisory_unlock($1)', [REPLAY_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
};
