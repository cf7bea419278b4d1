import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { EVENT_COLUMNS } from '../src/event-store/event-row';
import { runHttpMix, type HttpSample } from './http-mix.bench';
import type { InProcessApp } from './in-process-app';
import { approveAppraisal } from './journey';
import { runConcurrent, type Sample } from './stats';
import { rawStreamId, type StreamCloner } from './stream-cloner';

/** The Organization Board approves: load, fold, visibility, decide, then the append, read model and outbox as one statement. */
export const approveThroughService = (app: InProcessApp, proposalIds: string[], concurrency: number) =>
  runConcurrent(concurrency, proposalIds.length, async (i) => {
    await approveAppraisal(app, proposalIds[i]);
  });

/**
 * The raw limit of the same shape: on one connection, read a copy of the same stream's rows, then
 * insert one row after them, each an autocommit statement as the approval's read and append are (the
 * unique stream and version key refuses a stale insert, as the approval's head check does).
 */
export const readThenInsertRaw = (pool: Pool, proposalIds: string[], concurrency: number) =>
  runConcurrent(concurrency, proposalIds.length, async (i) => {
    const client = await pool.connect();
    try {
      const streamId = rawStreamId(proposalIds[i]);
      const { rows } = await client.query(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [streamId],
      );
      await client.query(
        `INSERT INTO bench_raw_events (stream_id, stream_version, event_id, type, data, metadata, recorded_at,
                                       previous_hash, hash)
         VALUES ($1, $2, $3, 'StageApproved', $4, $5, now(), $6, $6)`,
        [
          streamId,
          rows.length + 1,
          randomUUID(),
          JSON.stringify({ stageId: 'appraisal' }),
          JSON.stringify({ correlationId: randomUUID() }),
          rows[rows.length - 1].hash,
        ],
      );
    } finally {
      client.release();
    }
  });

export interface ServiceRunPlan {
  concurrencies: number[];
  httpConcurrencies: number[];
  approvalsAt: (concurrency: number) => number;
  httpSeconds: number;
  runs: number;
}

export interface ServiceResults {
  command: Record<number, { store: Sample[]; raw: Sample[] }>;
  http: Record<number, HttpSample[]>;
}

/**
 * Per run and concurrency: approvals through the service, the raw read-then-insert, then the HTTP
 * mix, back to back, so both ratios (command/raw, HTTP/command) come from the same minute.
 */
export const benchCommandsAndHttp = async (
  app: InProcessApp,
  pool: Pool,
  cloner: StreamCloner,
  submittedVersion: number,
  http: { baseUrl: string; tokens: Record<string, string> } | null,
  plan: ServiceRunPlan,
): Promise<ServiceResults> => {
  const results: ServiceResults = { command: {}, http: {} };
  const waiting = (n: number, asProposals: boolean) =>
    cloner.clone(n, submittedVersion, { project: asProposals, asProposals });
  const warmUp = plan.approvalsAt(1);
  await approveThroughService(app, await waiting(warmUp, true), 8);
  await readThenInsertRaw(pool, await waiting(warmUp, false), 8);
  if (http) await runHttpMix(http.baseUrl, http.tokens, 8, 1);
  for (let r = 0; r < plan.runs; r++) {
    for (const c of plan.concurrencies) {
      const n = plan.approvalsAt(c);
      const [forService, forRaw] = [await waiting(n, true), await waiting(n, false)];
      const entry = (results.command[c] ??= { store: [], raw: [] });
      if (r % 2 === 0) entry.store.push(await approveThroughService(app, forService, c));
      entry.raw.push(await readThenInsertRaw(pool, forRaw, c));
      if (r % 2 === 1) entry.store.push(await approveThroughService(app, forService, c));
      if (http && plan.httpConcurrencies.includes(c))
        (results.http[c] ??= []).push(await runHttpMix(http.baseUrl, http.tokens, c, plan.httpSeconds));
    }
  }
  return results;
};
