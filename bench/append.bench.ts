import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { PostgresEventStore } from '../src/event-store/postgres-event-store';
import { runConcurrent, type Sample } from './stats';

/** An event of the size the service writes for an approval: data plus the actor metadata. */
const approvalEvent = () => ({
  type: 'StageApproved',
  data: {
    proposalId: randomUUID(),
    stageId: 'appraisal',
    comment: 'Đồng ý với đề án; đề nghị hoàn thiện phương án bố trí nhân sự.',
    approvedBy: { id: 'bench-btctu-01', name: 'Lê Minh Chánh', bodies: ['BTCTU'] },
    approvedAt: new Date().toISOString(),
  },
  metadata: {
    actor: {
      id: 'bench-btctu-01',
      name: 'Lê Minh Chánh',
      roles: ['reviewer'],
      orgUnit: null,
      bodies: ['BTCTU'],
    },
    correlationId: randomUUID(),
    commandType: 'ApproveStage',
  },
});

const RAW_HASH = 'f'.repeat(64);

/** One event per transaction through the event store: each worker appends to its own stream, expecting its version. */
export const appendThroughStore = (
  store: PostgresEventStore,
  concurrency: number,
  total: number,
): Promise<Sample> => {
  const run = randomUUID().slice(0, 8);
  const heads = Array.from({ length: concurrency }, () => ({ version: 0, hash: null as string | null }));
  return runConcurrent(concurrency, total, async (_, w) => {
    const { type, data, metadata } = approvalEvent();
    const head = heads[w];
    // As a writer that keeps its stream's head from its last append, like the command runner after a read.
    const result = await store.append(`bench-${run}-${w}`, [{ type, data, metadata }], {
      expectedVersion: head.version === 0 ? 'no-stream' : head.version,
      previousHash: head.hash,
    });
    head.version = result.nextExpectedVersion;
    head.hash = result.events[result.events.length - 1].hash;
  });
};

/** The raw limit: one INSERT of the same row shape (autocommit: one statement, one transaction). */
export const appendRaw = (pool: Pool, concurrency: number, total: number): Promise<Sample> => {
  const run = randomUUID().slice(0, 8);
  const versions = new Array<number>(concurrency).fill(0);
  return runConcurrent(concurrency, total, async (_, w) => {
    const { type, data, metadata } = approvalEvent();
    versions[w] += 1;
    await pool.query(
      `INSERT INTO bench_raw_events (stream_id, stream_version, event_id, type, schema_version, data, metadata,
                                     recorded_at, previous_hash, hash)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9)`,
      [
        `raw-${run}-${w}`,
        versions[w],
        randomUUID(),
        type,
        JSON.stringify(data),
        JSON.stringify(metadata),
        new Date(),
        versions[w] > 1 ? RAW_HASH : null,
        RAW_HASH,
      ],
    );
  });
};

export interface AppendResults {
  store: Sample[];
  raw: Sample[];
}

/** Store and raw back to back in every run (alternating which goes first), so each run yields its own ratio. */
export const benchAppend = async (
  store: PostgresEventStore,
  pool: Pool,
  concurrencies: number[],
  opsAt: (concurrency: number) => number,
  runs: number,
): Promise<Record<number, AppendResults>> => {
  const results: Record<number, AppendResults> = {};
  for (const c of concurrencies) {
    results[c] = { store: [], raw: [] };
    await appendThroughStore(store, c, Math.min(100, opsAt(c)));
    await appendRaw(pool, c, Math.min(100, opsAt(c)));
  }
  for (let r = 0; r < runs; r++) {
    for (const c of concurrencies) {
      const storeFirst = r % 2 === 0;
      if (storeFirst) results[c].store.push(await appendThroughStore(store, c, opsAt(c)));
      results[c].raw.push(await appendRaw(pool, c, opsAt(c)));
      if (!storeFirst) results[c].store.push(await appendThroughStore(store, c, opsAt(c)));
    }
  }
  return results;
};
