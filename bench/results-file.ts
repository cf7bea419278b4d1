import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchPlan } from './options';
import { toJson, type BenchResults } from './report';
import { rowsOf } from './report-rows';

const gitCommit = () => {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
};

/** What a reader needs to weigh the figures: when, on what, under which load, with which plan. */
export const benchMeta = (plan: BenchPlan, postgres: string): Record<string, unknown> => ({
  date: new Date().toISOString(),
  commit: gitCommit(),
  node: process.version,
  postgres,
  cpus: cpus().length,
  loadAverageAtStart: loadavg(),
  plan: {
    ...plan,
    replayRuns: plan.scales.map(plan.replayRuns),
    rebuildRuns: plan.scales.map(plan.rebuildRuns),
  },
});

/** `--out`, else bench/results/bench[-quick]-<time>.json (git ignores that folder). */
export const resultsPath = (plan: BenchPlan): string => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = plan.out ?? join(__dirname, 'results', `bench-${plan.quick ? 'quick-' : ''}${stamp}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  return out;
};

/** Written after every part, so a long run that fails late keeps what it measured. */
export const saveResults = (out: string, results: BenchResults): void =>
  writeFileSync(out, toJson(results, rowsOf(results)));

export const finishMeta = (results: BenchResults, seconds: number): void => {
  results.meta.loadAverageAtEnd = loadavg();
  results.meta.seconds = Math.round(seconds);
};
