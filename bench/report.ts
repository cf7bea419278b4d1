import type { AppendResults } from './append.bench';
import type { ServiceResults } from './command.bench';
import type { OutboxResults } from './outbox.bench';
import type { ReplayResults } from './replay.bench';
import type { ScaleProbe } from './scale-probes';
import { figureOf, percentile, ratioOf, type Sample } from './stats';

export interface BenchResults {
  meta: Record<string, unknown>;
  append?: Record<number, AppendResults>;
  service?: ServiceResults;
  outbox?: OutboxResults;
  replay?: ReplayResults[];
  probes?: ScaleProbe[];
}

/** One line of the table: a figure, its same-run baseline and ratio, its target and whether it was met. */
export interface Row {
  part: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean | null;
}

export const num = (v: number) =>
  v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(v >= 10 ? 1 : 2);

/** Median throughput over the runs, with the lowest and highest run. */
export const rate = (s: Sample[], unit = 'ops/s') => {
  const f = figureOf(s);
  return `${num(f.perSecond.median)} ${unit} (${num(f.perSecond.min)}–${num(f.perSecond.max)})`;
};

/** Latency percentiles over every operation of every run. */
export const latency = (s: Sample[]) => {
  const f = figureOf(s);
  return `p50 ${num(f.latencyMs.p50)} ms, p99 ${num(f.latencyMs.p99)} ms`;
};

/** Run-by-run ratios (each run's subject over the same run's baseline): median and lowest. */
export const ratio = (subject: Sample[], baseline: Sample[]) => {
  const r = ratioOf(subject, baseline.slice(0, subject.length));
  return { text: `${r.median.toFixed(2)} (min ${r.min.toFixed(2)})`, median: r.median };
};

export const scaleName = (events: number) =>
  events >= 1e6 ? `${Math.round(events / 1e5) / 10}M` : `${Math.round(events / 1e3)}k`;

/** A row; the parts without a baseline or a target leave those cells empty. */
export const row = (
  part: string,
  figure: string,
  baseline = '',
  ratioText = '',
  target = '',
  met: boolean | null = null,
): Row => ({
  part,
  figure,
  baseline,
  ratio: ratioText,
  target,
  met,
});

/** How one user's operations cost at each store size (no target: the trend is the point). */
export const probeRows = (res: BenchResults): Row[] =>
  (res.probes ?? []).map((p) => {
    const f = (name: string, s: ScaleProbe['approve']) =>
      `${name} ${num(s.latencyMs.p50)}/${num(s.latencyMs.p99)}`;
    const costs = [f('approve', p.approve), f('inbox', p.inbox), f('list', p.list), f('detail', p.detail)];
    return row(
      `at ${scaleName(p.events)} events`,
      `${p.proposals} proposals (${p.inReview} in review); ms p50/p99: ${costs.join(', ')}`,
    );
  });

/** A Markdown table: readable in a terminal, pasted as it is into docs/performance.md. */
export const formatTable = (rows: Row[]): string => {
  const head = ['part', 'figure (median of runs, range; latency over all operations)', 'baseline, same run'];
  const lines = [
    [...head, 'ratio (median, min)', 'target', ''],
    ['---', '---', '---', '---', '---', '---'],
    ...rows.map((r) => [
      r.part,
      r.figure,
      r.baseline,
      r.ratio,
      r.target,
      r.met === null ? '' : r.met ? 'met' : 'MISSED',
    ]),
  ];
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
};

/** JSON with each sample's latencies summarised (count, p50, p99) rather than listed. */
export const toJson = (res: BenchResults, rows: Row[]): string =>
  JSON.stringify(
    { ...res, rows },
    (key, value: unknown) =>
      key === 'latenciesMs' && Array.isArray(value)
        ? {
            count: value.length,
            p50: percentile(value as number[], 50),
            p99: percentile(value as number[], 99),
          }
        : value,
    2,
  );
