import type { ReplayReport } from './replay';

const shown = (value: unknown): string => (value === undefined ? '-' : JSON.stringify(value));

/** What the CLI prints: one line per difference (row, field, live and rebuilt values), then a summary. */
export const formatReplayReport = (report: ReplayReport): string => {
  const lines = report.drift.map((d) =>
    d.kind === 'differs'
      ? `drift ${d.table} ${d.key} ${d.field}: live ${shown(d.live)}, rebuilt ${shown(d.shadow)}`
      : `drift ${d.table} ${d.key}: ${d.kind === 'missing-in-live' ? 'missing in live' : 'not derived from any event'}`,
  );
  const total = report.tables.reduce((sum, t) => sum + t.drift, 0);
  const tables = report.tables.map((t) => `${t.name} ${t.rows} rows, ${t.drift} differences`).join('; ');
  const head = `${report.events} events replayed in ${report.pages} pages; ${tables}`;
  if (report.mode === 'check') {
    lines.push(total === 0 ? `no drift: ${head}` : `${total} differences: ${head}`);
  } else {
    lines.push(`rebuilt and swapped in (${total} differences repaired): ${head}`);
  }
  return `${lines.join('\n')}\n`;
};
