import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile of unsorted values; NaN when there are none. */
export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
};

export const median = (values: number[]): number => percentile(values, 50);

/** One measured batch: its throughput and each operation's latency. */
export interface Sample {
  ops: number;
  elapsedMs: number;
  perSecond: number;
  latenciesMs: number[];
}

/**
 * Runs `total` operations with `concurrency` in flight, each worker taking the next index, and times
 * every operation. A failed operation fails the measurement: the figures are for work that succeeded.
 */
export const runConcurrent = async (
  concurrency: number,
  total: number,
  op: (index: number, worker: number) => Promise<void>,
): Promise<Sample> => {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async (w: number) => {
    for (let i = next++; i < total; i = next++) {
      const t0 = performance.now();
      await op(i, w);
      latenciesMs.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const elapsedMs = performance.now() - started;
  return { ops: total, elapsedMs, perSecond: (total * 1000) / elapsedMs, latenciesMs };
};

/** A figure over repeated runs: throughput median and range, latency p50 and p99 over every operation. */
export interface Figure {
  perSecond: { median: number; min: number; max: number; runs: number[] };
  latencyMs: { p50: number; p99: number };
}

export const figureOf = (samples: Sample[]): Figure => {
  const rates = samples.map((s) => s.perSecond);
  const latencies = samples.flatMap((s) => s.latenciesMs);
  return {
    perSecond: { median: median(rates), min: Math.min(...rates), max: Math.max(...rates), runs: rates },
    latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
  };
};

/** Ratios taken run by run (subject and baseline measured back to back), then their median and the lowest. */
export interface Ratio {
  median: number;
  min: number;
  runs: number[];
}

export const ratioOf = (subject: Sample[], baseline: Sample[]): Ratio => {
  const runs = subject.map((s, i) => s.perSecond / baseline[i].perSecond);
  return { median: median(runs), min: Math.min(...runs), runs };
};
