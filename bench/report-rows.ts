import { figureOf, percentile } from './stats';
import { latency, num, probeRows, rate, ratio, row, scaleName, type BenchResults, type Row } from './report';

const appendRows = (res: BenchResults): Row[] =>
  Object.entries(res.append ?? {}).map(([c, a]) => {
    const r = ratio(a.store, a.raw);
    const targeted = Number(c) === 32;
    const target = targeted ? '≥ 0.8 of raw' : '';
    const figure = `${rate(a.store)}; ${latency(a.store)}`;
    return row(
      `append c=${c}`,
      figure,
      `raw INSERT ${rate(a.raw)}`,
      r.text,
      target,
      targeted ? r.median >= 0.8 : null,
    );
  });

const serviceRows = (res: BenchResults): Row[] => {
  const commands = Object.entries(res.service?.command ?? {}).map(([c, s]) => {
    const r = ratio(s.store, s.raw);
    const figure = `${rate(s.store)}; ${latency(s.store)}`;
    return row(
      `command (approve) c=${c}`,
      figure,
      `raw read+insert ${rate(s.raw)}`,
      r.text,
      '≥ 0.7 of raw',
      r.median >= 0.7,
    );
  });
  const mixes = Object.entries(res.service?.http ?? {}).map(([c, h]) => {
    const command = res.service!.command[Number(c)].store;
    const r = ratio(h, command);
    const errors = h.reduce((sum, s) => sum + s.errors + s.non2xx, 0);
    const p99 = percentile(
      h.flatMap((s) => s.latenciesMs),
      99,
    );
    const targeted = Number(c) === 32;
    const target = targeted ? '≥ 0.5 of command, p99 < 100 ms, 0 errors' : '0 errors';
    const met = targeted ? r.median >= 0.5 && p99 < 100 && errors === 0 : errors === 0;
    return row(
      `HTTP mix c=${c}`,
      `${rate(h, 'req/s')}; ${latency(h)}; errors ${errors}`,
      `command ${rate(command)}`,
      r.text,
      target,
      met,
    );
  });
  return [...commands, ...mixes];
};

const replayRows = (res: BenchResults): Row[] =>
  (res.replay ?? []).flatMap((rp) => {
    const at = scaleName(rp.events);
    const big = rp.events >= 1_000_000;
    const target = '≥ 0.7 of raw, RSS < 300 MB at 1M';
    const read = ratio(rp.readAll, rp.raw);
    const rows = [
      row(
        `replay readAll ${at}`,
        `${rate(rp.readAll, 'ev/s')}; peak RSS ${rp.peakRssMb.readAll} MB`,
        `raw SELECT ${rate(rp.raw, 'ev/s')}, RSS ${rp.peakRssMb.raw} MB`,
        read.text,
        target,
        read.median >= 0.7 && (!big || rp.peakRssMb.readAll < 300),
      ),
    ];
    if (rp.rebuild.length) {
      const rb = ratio(rp.rebuild, rp.raw);
      const met = rb.median >= 0.7 && (!big || rp.peakRssMb.rebuild < 300);
      const figure = `${rate(rp.rebuild, 'ev/s')}; peak RSS ${rp.peakRssMb.rebuild} MB`;
      rows.push(row(`replay rebuild ${at}`, figure, 'raw SELECT (above)', rb.text, target, met));
    }
    return rows;
  });

const outboxRows = (res: BenchResults): Row[] => {
  if (!res.outbox) return [];
  const { drain, paced } = res.outbox;
  const drained = figureOf(drain).perSecond.median;
  const pacedRows = Object.entries(paced).map(([r, samples]) => {
    const p99 = percentile(
      samples.flatMap((s) => s.latenciesMs),
      99,
    );
    const targeted = Number(r) === 2_000;
    const figure = `${rate(samples, 'jobs/s')}; commit→enqueued ${latency(samples)}`;
    return row(
      `outbox, commits at ${num(Number(r))}/s`,
      figure,
      '',
      '',
      targeted ? 'p99 < 250 ms' : '',
      targeted ? p99 < 250 : null,
    );
  });
  return [
    row('outbox drain', rate(drain, 'jobs/s'), '', '', '≥ 2,000 jobs/s', drained >= 2_000),
    ...pacedRows,
  ];
};

/** The figures as table rows, each with its target and whether the median met it. */
export const rowsOf = (res: BenchResults): Row[] => [
  ...appendRows(res),
  ...serviceRows(res),
  ...replayRows(res),
  ...outboxRows(res),
  ...probeRows(res),
];
