import type { WorkingCalendar } from '../../shared/domain/working-calendar';
import type { Deadline, Quarter } from './program.types';

/** When a task or target is due, on the working-day calendar (weekends, Tết and national holidays off). */

/** An admin's record that the central guidance a conditional task waits for has been issued. */
export interface GuidanceRecord {
  taskId: string;
  /** The document's number and name, e.g. "Hướng dẫn số 12-HD/BTCTW". */
  document: string;
  guidanceDate: string;
  /** The date the guidance (or the Standing Committee) sets for the task; null when it sets none. */
  dueDate: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: string;
  reason: string;
}

export interface ResolvedDeadline {
  /** The deadline in the program's words. */
  label: string;
  startsOn: string | null;
  /** The last working day on or before the end of the period; null when nothing ends. */
  dueOn: string | null;
  /** The first working day after dueOn: from then on an unfinished task is overdue. */
  overdueFrom: string | null;
  guidance: GuidanceRecord | null;
}

const ROMAN: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
const QUARTER_END: Record<Quarter, string> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };
const QUARTER_OF_ROMAN: Record<string, Quarter> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Reads a deadline from the seed's words; throws a RangeError when it says none it knows. */
export const parseDeadline = (words: string): Deadline => {
  const text = words.normalize('NFC').toLowerCase();
  const quarter = /quý (iv|iii|ii|i) năm (\d{4})/u.exec(text);
  if (quarter)
    return { kind: 'within-quarter', year: Number(quarter[2]), quarter: QUARTER_OF_ROMAN[quarter[1]] };
  const within = /(?:trong|đến) năm (\d{4})/u.exec(text);
  if (within)
    return { kind: 'within-year', year: Number(within[1]), thenContinuous: text.includes('thường xuyên') };
  const from = /từ năm (\d{4})/u.exec(text);
  if (from) return { kind: 'from-year', year: Number(from[1]) };
  const central = /khi có (hướng dẫn|quy định) của trung ương/u.exec(text);
  if (central)
    return { kind: 'on-central-guidance', awaiting: central[1] === 'hướng dẫn' ? 'guidance' : 'regulation' };
  if (text.includes('hằng năm')) return { kind: 'recurring', cadence: 'annual' };
  if (text.includes('thường xuyên')) return { kind: 'recurring', cadence: 'continuous' };
  throw new RangeError(`no deadline the program uses in: ${words}`);
};

export const deadlineLabel = (deadline: Deadline): string => {
  switch (deadline.kind) {
    case 'within-year':
      return `trong năm ${deadline.year}${deadline.thenContinuous ? ' và thực hiện thường xuyên' : ''}`;
    case 'within-quarter':
      return `trong quý ${ROMAN[deadline.quarter]} năm ${deadline.year}`;
    case 'from-year':
      return `từ năm ${deadline.year}`;
    case 'recurring':
      return deadline.cadence === 'annual' ? 'hằng năm' : 'thường xuyên';
    case 'on-central-guidance':
      return `khi có ${deadline.awaiting === 'guidance' ? 'hướng dẫn' : 'quy định'} của Trung ương`;
  }
};

const DAY_MS = 86_400_000;
const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The last working day on or before `date`: work due "in 2018" cannot be done on 31 December off. */
export const lastWorkingDayOnOrBefore = (calendar: WorkingCalendar, date: string): string => {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = shiftDays(day, -1);
  return day;
};

const endingOn = (label: string, startsOn: string, end: string, calendar: WorkingCalendar) => {
  const dueOn = lastWorkingDayOnOrBefore(calendar, end);
  return { label, startsOn, dueOn, overdueFrom: calendar.addWorkingDays(dueOn, 1), guidance: null };
};

const open = (label: string, startsOn: string | null, guidance: GuidanceRecord | null = null) => ({
  label,
  startsOn,
  dueOn: null,
  overdueFrom: null,
  guidance,
});

/** Dates for a deadline; a conditional one takes them from the recorded guidance, if any. */
export const resolveDeadline = (
  deadline: Deadline,
  calendar: WorkingCalendar,
  guidance: GuidanceRecord | null = null,
): ResolvedDeadline => {
  const label = deadlineLabel(deadline);
  switch (deadline.kind) {
    case 'within-year':
      return endingOn(label, `${deadline.year}-01-01`, `${deadline.year}-12-31`, calendar);
    case 'within-quarter': {
      const firstMonth = String(deadline.quarter * 3 - 2).padStart(2, '0');
      const end = `${deadline.year}-${QUARTER_END[deadline.quarter]}`;
      return endingOn(label, `${deadline.year}-${firstMonth}-01`, end, calendar);
    }
    case 'from-year':
      return open(label, `${deadline.year}-01-01`);
    case 'recurring':
      return open(label, null);
    case 'on-central-guidance':
      if (!guidance) return open(label, null);
      if (!guidance.dueDate) return open(label, guidance.guidanceDate, guidance);
      return { ...endingOn(label, guidance.guidanceDate, guidance.dueDate, calendar), guidance };
  }
};
