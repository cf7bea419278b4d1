/**
 * Deadlines count working days: Saturdays, Sundays and the listed holidays (Tết, national days) are not.
 * Dates are calendar dates ('YYYY-MM-DD') in the province's time zone, never instants, so a stage opened
 * late on a Friday evening in Hà Nội time is not mistaken for a Friday-morning UTC one.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const toDayNumber = (date: string): number => {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (new Date(ms).toISOString().slice(0, 10) !== date)
    throw new RangeError(`no such calendar date: ${date}`);
  return ms / DAY_MS;
};

const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** True when the text is a real calendar date in 'YYYY-MM-DD' form. */
export const isCalendarDate = (date: string): boolean => {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
};

// Building an Intl.DateTimeFormat costs far more than using one (it loads the zone's rules): one per zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormatIn = (timeZone: string): Intl.DateTimeFormat => {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format;
};

/** The calendar date of an instant as seen in a time zone (default: Vietnam, UTC+7). */
export const localDate = (instantIso: string, timeZone: string = VIETNAM_TIME_ZONE): string => {
  const ms = Date.parse(instantIso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${instantIso}`);
  let year = '';
  let month = '';
  let day = '';
  for (const part of dateFormatIn(timeZone).formatToParts(new Date(ms))) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
};

export class WorkingCalendar {
  private readonly holidays: ReadonlySet<number>;
  private readonly makeUpDays: ReadonlySet<number>;

  /** `makeUpDays`: weekend days worked in exchange for a swapped day off. */
  constructor(holidays: Iterable<string> = [], makeUpDays: Iterable<string> = []) {
    this.holidays = new Set([...holidays].map(toDayNumber));
    this.makeUpDays = new Set([...makeUpDays].map(toDayNumber));
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** The N-th working day after `fromDate` (which itself never counts); N = 0 gives `fromDate`. */
  addWorkingDays(fromDate: string, days: number): string {
    if (!Number.isSafeInteger(days) || days < 0)
      throw new RangeError(`working days must be a whole number ≥ 0: ${days}`);
    let day = toDayNumber(fromDate);
    for (let counted = 0; counted < days;) {
      day += 1;
      if (this.isWorkingDayNumber(day)) counted += 1;
    }
    return fromDayNumber(day);
  }

  /** Working days strictly after `fromDate` up to and including `toDate` (0 when toDate ≤ fromDate). */
  workingDaysBetween(fromDate: string, toDate: string): number {
    const end = toDayNumber(toDate);
    let count = 0;
    for (let day = toDayNumber(fromDate) + 1; day <= end; day++) if (this.isWorkingDayNumber(day)) count++;
    return count;
  }

  localDate(instantIso: string, timeZone: string = VIETNAM_TIME_ZONE): string {
    return localDate(instantIso, timeZone);
  }

  /** Counted by day number, so counting days does not turn each into text and back. */
  private isWorkingDayNumber(day: number): boolean {
    // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 gives 0 = Sunday … 6 = Saturday.
    const weekday = (((day + 4) % 7) + 7) % 7;
    return (weekday !== 0 && weekday !== 6 && !this.holidays.has(day)) || this.makeUpDays.has(day);
  }
}
