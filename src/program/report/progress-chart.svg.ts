import type { TargetProgress } from '../domain/progress.types';
import { escapeHtml } from './html-escape';
import { numberVi, TARGET_STATUS_VI } from './report-labels';

const COLOURS: Record<TargetProgress['status'], string> = {
  met: '#2e7d32',
  'on-track': '#1565c0',
  behind: '#ef6c00',
  overdue: '#c62828',
  'no-target': '#616161',
  'no-baseline': '#9e9e9e',
};

const WIDTH = 360;
const BAR = 240;

/**
 * One horizontal bar per target: the share of the target achieved (capped at the bar's end), coloured
 * by status. Inline SVG, so the printed page needs no script, font or network.
 */
export const targetChart = (target: TargetProgress): string => {
  const share = target.target ? Math.max(0, Math.min(target.achieved / target.target, 1)) : 0;
  const label =
    target.target === null
      ? `${numberVi(target.achieved)} (${TARGET_STATUS_VI[target.status]})`
      : `${numberVi(target.achieved)} / ${numberVi(target.target)} (${numberVi(target.percentOfTarget)}%)`;
  const title = escapeHtml(`${target.targetId}: ${label}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="26" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect x="0" y="4" width="${BAR}" height="14" fill="#eeeeee" stroke="#bdbdbd"/>`,
    `<rect x="0" y="4" width="${(BAR * share).toFixed(1)}" height="14" fill="${COLOURS[target.status]}"/>`,
    `<text x="${BAR + 6}" y="16" font-size="11" font-family="sans-serif">${escapeHtml(label)}</text>`,
    '</svg>',
  ].join('');
};
