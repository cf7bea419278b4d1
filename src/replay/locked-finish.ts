import type { Tx } from '../event-store/event-store.types';
import { findDrift, type Drift } from './drift-report';
import type { RebuildProgress, ShadowRebuild } from './shadow-rebuild';
import { shadowName, type ResolvedTable } from './shadow-tables';
import { lockLive, swapIn } from './table-swap';

export interface ReplayReport {
  mode: 'check' | 'swap';
  events: number;
  pages: number;
  tables: { name: string; rows: number; drift: number }[];
  /** Live against rebuilt, before any swap: what a swap repaired, or what a check found. */
  drift: Drift[];
}

export interface FinishOptions {
  check: boolean;
  lockTimeoutMs: number;
  driftLimit: number;
}

/**
 * One transaction: lock the live tables, fold in what committed since the rebuild, compare, and unless
 * checking, swap the rebuilt tables in. Appends wait for it, so live and shadow are compared at one
 * point of the history and nothing committed between the rebuild and the swap is lost.
 */
export const finishUnderLock = async (
  tx: Tx,
  rebuild: ShadowRebuild,
  built: RebuildProgress,
  tables: ResolvedTable[],
  options: FinishOptions,
): Promise<ReplayReport> => {
  await lockLive(tx, tables, options.check ? 'SHARE' : 'ACCESS EXCLUSIVE', options.lockTimeoutMs);
  const done = await rebuild.catchUp(tx, built);
  const report: ReplayReport = {
    mode: options.check ? 'check' : 'swap',
    events: done.events,
    pages: done.pages,
    tables: [],
    drift: [],
  };
  for (const t of tables) {
    const { drift, total } = await findDrift(tx, t, options.driftLimit);
    const [{ rows }]: { rows: number }[] = await tx.query(
      `SELECT count(*)::int AS rows FROM ${shadowName(t)}`,
    );
    report.tables.push({ name: t.name, rows, drift: total });
    report.drift.push(...drift);
  }
  if (!options.check) for (const t of tables) await swapIn(tx, t);
  return report;
};
