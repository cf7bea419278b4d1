import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { TemplateJourney } from './journey';
import { compileForPlainNode } from './plain-node';
import type { Sample } from './stats';
import type { StreamCloner } from './stream-cloner';

/** Of every hundred seeded proposals, this many still wait for the Organization Board (the rest finished). */
const IN_REVIEW_PER_HUNDRED = 2;

export interface ReplayPhaseResult {
  phase: 'raw' | 'readAll' | 'rebuild';
  events: number;
  ms: number;
  peakRssMb: number;
  maxRssMb: number;
}

export const eventCount = async (db: DataSource): Promise<number> =>
  Number((await db.query('SELECT count(*) AS n FROM events'))[0].n);

/** Adds cloned journeys until the store holds at least `target` events; returns how many it holds. */
export const seedEventsTo = async (
  db: DataSource,
  cloner: StreamCloner,
  template: TemplateJourney,
  target: number,
): Promise<number> => {
  const full = template.events.length;
  let count = await eventCount(db);
  while (count < target) {
    const proposals = Math.max(1, Math.min(1_000, Math.ceil((target - count) / full)));
    const waiting = Math.floor((proposals * IN_REVIEW_PER_HUNDRED) / 100);
    await cloner.clone(proposals - waiting, full);
    if (waiting > 0) await cloner.clone(waiting, template.submittedVersion);
    count += (proposals - waiting) * full + waiting * template.submittedVersion;
  }
  // As after any bulk load (and autovacuum may be off, as on the development machines).
  await db.query('ANALYZE events, streams');
  return eventCount(db);
};

let compiledChild: Promise<string> | undefined;

/**
 * One phase in a fresh process (bench/replay-child.ts, compiled to JavaScript once per benchmark), so
 * its peak RSS is its own, on plain node as the built service runs.
 */
export const runReplayPhase = async (
  phase: ReplayPhaseResult['phase'],
  url: string,
): Promise<ReplayPhaseResult> => {
  compiledChild ??= compileForPlainNode(join(__dirname, 'replay-child.ts'));
  const childScript = await compiledChild;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, phase], {
      cwd: join(__dirname, '..'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, BENCH_DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as ReplayPhaseResult)
        : reject(new Error(`replay ${phase} exited ${code}: ${err}`)),
    );
  });
};

export interface ReplayResults {
  events: number;
  raw: Sample[];
  readAll: Sample[];
  rebuild: Sample[];
  peakRssMb: Record<ReplayPhaseResult['phase'], number>;
}

const asSample = (r: ReplayPhaseResult): Sample => ({
  ops: r.events,
  elapsedMs: r.ms,
  perSecond: (r.events * 1000) / r.ms,
  latenciesMs: [],
});

/** Per run: the raw SELECT and readAll back to back (alternating order), then the full rebuild. */
export const benchReplay = async (
  url: string,
  events: number,
  runs: number,
  rebuildRuns: number,
): Promise<ReplayResults> => {
  const results: ReplayResults = {
    events,
    raw: [],
    readAll: [],
    rebuild: [],
    peakRssMb: { raw: 0, readAll: 0, rebuild: 0 },
  };
  const record = (r: ReplayPhaseResult) => {
    results[r.phase].push(asSample(r));
    results.peakRssMb[r.phase] = Math.max(results.peakRssMb[r.phase], r.maxRssMb);
  };
  for (let r = 0; r < runs; r++) {
    const order: ReplayPhaseResult['phase'][] = r % 2 === 0 ? ['raw', 'readAll'] : ['readAll', 'raw'];
    for (const phase of order) record(await runReplayPhase(phase, url));
    if (r < rebuildRuns) record(await runReplayPhase('rebuild', url));
  }
  return results;
};
