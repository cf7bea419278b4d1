import { parseArgs } from 'node:util';

export const PARTS = ['append', 'command', 'replay', 'outbox'] as const;
export type Part = (typeof PARTS)[number];

/** How much work each part does; `--quick` keeps the whole run under a minute (CI checks it runs). */
export interface BenchPlan {
  quick: boolean;
  parts: Part[];
  runs: number;
  appendOps: Record<number, number>;
  approvals: Record<number, number>;
  httpConcurrencies: number[];
  httpSeconds: number;
  /** Store sizes (events) at which replay and the scale probes are measured, ascending. */
  scales: number[];
  replayRuns: (events: number) => number;
  rebuildRuns: (events: number) => number;
  probeSamples: number;
  outboxNotifications: number;
  outboxRuns: number;
  /** Commit rates (notifications/s) at which commit→enqueued latency is measured; the target is at 2,000. */
  outboxPacedRates: number[];
  out: string | null;
}

export const USAGE = `usage: npm run bench -- [--quick] [--only append,command,replay,outbox] [--runs N] [--scales 10000,100000] [--out FILE.json]`;

const parseScales = (list: string): number[] => {
  const scales = list.split(',').map(Number);
  if (scales.some((n) => !Number.isSafeInteger(n) || n < 1))
    throw new Error(`--scales takes event counts, e.g. 10000,100000\n${USAGE}`);
  return scales.sort((a, b) => a - b);
};

export const parsePlan = (argv: string[]): BenchPlan => {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      scales: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const parts = values.only ? (values.only.split(',') as Part[]) : [...PARTS];
  for (const p of parts) if (!PARTS.includes(p)) throw new Error(`unknown part "${p}"\n${USAGE}`);
  const runs = values.runs ? Number(values.runs) : quick ? 2 : 5;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer\n${USAGE}`);
  return {
    quick,
    parts,
    runs,
    appendOps: quick ? { 1: 40, 8: 150, 32: 300 } : { 1: 1_000, 8: 3_000, 32: 5_000 },
    approvals: quick ? { 1: 10, 8: 40, 32: 60 } : { 1: 300, 8: 1_000, 32: 1_500 },
    httpConcurrencies: [8, 32],
    httpSeconds: quick ? 1.5 : 15,
    scales: values.scales ? parseScales(values.scales) : quick ? [3_000] : [10_000, 100_000, 1_000_000],
    replayRuns: (events) => (quick ? 1 : events >= 1_000_000 ? 2 : 3),
    rebuildRuns: (events) => (quick ? 1 : events >= 1_000_000 ? 1 : events >= 100_000 ? 2 : 3),
    probeSamples: quick ? 20 : 100,
    outboxNotifications: quick ? 500 : 10_000,
    outboxRuns: quick ? 1 : 3,
    outboxPacedRates: [2_000, 500],
    out: values.out ?? null,
  };
};
