/**
 * Runs in a process of its own so its peak RSS is the replay's alone, compiled to JavaScript first
 * (bench/plain-node.ts) so the TypeScript loader is not part of it:
 *   node bench/.plain-js/<pid>/bench/replay-child.js <phase>   (raw | readAll | rebuild; BENCH_DATABASE_URL set)
 * `node -r @swc-node/register bench/replay-child.ts <phase>` runs it from source, e.g. to profile.
 * Prints one JSON line: { phase, events, ms, peakRssMb, maxRssMb }.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { EVENT_COLUMNS } from '../src/event-store/event-row';
import { DEFAULT_PAGE_EVENTS } from '../src/replay/page-size';
import type { PostgresEventStore } from '../src/event-store/postgres-event-store';
import { BENCH_HMAC_KEY_HEX } from './bench-keys';

// Each phase loads only what it uses, so the raw phase's RSS is the driver's and nothing more.

/** As `cli replay` pages by default. */
const PAGE = DEFAULT_PAGE_EVENTS;

/** A phase: set up (connect, load modules) outside the clock, then `run` counts the events it went through. */
type Phase = (url: string) => Promise<{ run: () => Promise<number>; close: () => Promise<void> }>;

/** The same rows in the same order and pages as readAll, straight from the driver (ORDER BY: see readAllPage). */
const rawSelect: Phase = async (url) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  const run = async () => {
    let count = 0;
    let after = ['0', 0] as [string, number | string];
    for (;;) {
      const { rows } = await client.query(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          ORDER BY events.transaction_id, events.global_position LIMIT ${PAGE}`,
        after,
      );
      count += rows.length;
      if (rows.length < PAGE) return count;
      const last = rows[rows.length - 1] as { transaction_id: string; global_position: string };
      after = [last.transaction_id, last.global_position];
    }
  };
  return { run, close: () => client.end() };
};

const withStore = async (
  url: string,
  work: (store: PostgresEventStore, db: DataSource) => () => Promise<number>,
) => {
  const { createDataSource } = await import('../src/database/data-source');
  const { EventHasher } = await import('../src/event-store/event-hasher');
  const { PostgresEventStore } = await import('../src/event-store/postgres-event-store');
  const { RandomIdGenerator, SystemClock } = await import('../src/shared/clock');
  const db = createDataSource(url, 4);
  await db.initialize();
  const hasher = new EventHasher(Buffer.from(BENCH_HMAC_KEY_HEX, 'hex'));
  const store = new PostgresEventStore(db, hasher, new SystemClock(), new RandomIdGenerator());
  return { run: work(store, db), close: () => db.destroy() };
};

const phases: Record<string, Phase> = {
  raw: rawSelect,
  readAll: (url) =>
    withStore(url, (store) => async () => {
      let count = 0;
      for await (const event of store.readAll({ batchSize: PAGE })) if (event.globalPosition > 0) count++;
      return count;
    }),
  rebuild: async (url) => {
    const { replayReadModels } = await import('../src/replay/replay');
    const { replayedReadModels } = await import('../src/replay/replayed-read-models');
    return withStore(url, (store, dataSource) => async () => {
      const report = await replayReadModels(
        { dataSource, store, readModels: replayedReadModels() },
        { check: false, batchSize: PAGE },
      );
      return report.events;
    });
  },
};

const main = async () => {
  const phase = process.argv[2];
  if (!phases[phase]) throw new Error(`unknown phase ${phase}`);
  const url = process.env.BENCH_DATABASE_URL;
  if (!url || !new URL(url).pathname.includes('bench'))
    throw new Error('BENCH_DATABASE_URL must name a bench database');
  const { run, close } = await phases[phase](url);
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const t0 = performance.now();
  const events = await run();
  const ms = performance.now() - t0;
  clearInterval(sampler);
  await close();
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ phase, events, ms, peakRssMb: mb(peak), maxRssMb })}\n`);
};

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
