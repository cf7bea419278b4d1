/**
 * Vietnam's public holidays for public servants (công chức, viên chức), 2018–2030, kept as data: one JSON file
 * per year in ./holidays (sources and method in ./holidays/README.md). Each file is checked when this module
 * loads, so a bad edit stops the service at boot instead of quietly moving a deadline.
 */
import { isCalendarDate, WorkingCalendar } from '../domain/working-calendar';
import y2018 from './holidays/2018.json';
import y2019 from './holidays/2019.json';
import y2020 from './holidays/2020.json';
import y2021 from './holidays/2021.json';
import y2022 from './holidays/2022.json';
import y2023 from './holidays/2023.json';
import y2024 from './holidays/2024.json';
import y2025 from './holidays/2025.json';
import y2026 from './holidays/2026.json';
import y2027 from './holidays/2027.json';
import y2028 from './holidays/2028.json';
import y2029 from './holidays/2029.json';
import y2030 from './holidays/2030.json';

export const HOLIDAY_OCCASIONS = [
  'new-year',
  'tet',
  'hung-kings',
  'victory-day',
  'labour-day',
  'national-day',
] as const;
export type HolidayOccasion = (typeof HOLIDAY_OCCASIONS)[number];

/**
 * `holiday`: a day the Labour Code gives (even when it falls on a weekend);
 * `substitute`: nghỉ bù, the working day off that makes up for a holiday on a weekend;
 * `swap`: hoán đổi, a weekday off traded for a Saturday worked instead (see `makeUpWorkingDays`).
 */
export const HOLIDAY_KINDS = ['holiday', 'substitute', 'swap'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface LocalizedName {
  readonly vi: string;
  readonly en: string;
}

export interface VietnamHoliday {
  readonly date: string;
  readonly occasion: HolidayOccasion;
  readonly kind: HolidayKind;
  readonly name: LocalizedName;
}

/** A Saturday that public servants work in exchange for a swapped day off. */
export interface MakeUpWorkingDay {
  readonly date: string;
  readonly name: LocalizedName;
}

export interface HolidayYear {
  readonly year: number;
  /** Where the dates come from; years without a known notice say they are derived from the statute. */
  readonly source: string;
  /** Gregorian dates of the 1st day of the 1st lunar month and of 10/3 lunar (UTC+7). */
  readonly lunar: { readonly newYear: string; readonly hungKings: string };
  readonly holidays: readonly VietnamHoliday[];
  readonly makeUpWorkingDays: readonly MakeUpWorkingDay[];
}

// ---- checking the data ----------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const includes = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.includes(value as T);

const parseYear = (raw: unknown, file: string): HolidayYear => {
  const fail = (problem: string): never => {
    throw new Error(`src/shared/calendar/holidays/${file}: ${problem}`);
  };
  if (!isObject(raw)) return fail('not an object');
  const { year, source, lunar, holidays, makeUpWorkingDays } = raw;
  if (typeof year !== 'number' || `${year}.json` !== file) return fail(`year ${String(year)} ≠ file name`);
  const dateInYear = (date: unknown, where: string): string =>
    typeof date === 'string' && isCalendarDate(date) && date.startsWith(`${year}-`)
      ? date
      : fail(`${where}: ${String(date)} is not a date in ${year}`);
  const name = (value: unknown, where: string): LocalizedName =>
    isObject(value) && isText(value.vi) && isText(value.en)
      ? { vi: value.vi, en: value.en }
      : fail(`${where}: name needs "vi" and "en"`);
  if (!isText(source)) return fail('no source');
  if (!isObject(lunar)) return fail('no lunar dates');
  if (!Array.isArray(holidays) || !Array.isArray(makeUpWorkingDays)) return fail('no holiday lists');

  const days = holidays.map((entry: unknown, i): VietnamHoliday => {
    const where = `holidays[${i}]`;
    if (!isObject(entry)) return fail(`${where} is not an object`);
    if (!includes(HOLIDAY_OCCASIONS, entry.occasion)) return fail(`${where}: unknown occasion`);
    if (!includes(HOLIDAY_KINDS, entry.kind)) return fail(`${where}: unknown kind`);
    const date = dateInYear(entry.date, where);
    return { date, occasion: entry.occasion, kind: entry.kind, name: name(entry.name, where) };
  });
  days.forEach(({ date }, i) => {
    if (i > 0 && date <= days[i - 1].date) fail(`holidays must be in date order without repeats (${date})`);
  });
  const makeUps = makeUpWorkingDays.map((entry: unknown, i): MakeUpWorkingDay => {
    const where = `makeUpWorkingDays[${i}]`;
    if (!isObject(entry)) return fail(`${where} is not an object`);
    const date = dateInYear(entry.date, where);
    if (days.some((day) => day.date === date)) fail(`${where}: ${date} is also a day off`);
    return { date, name: name(entry.name, where) };
  });
  return {
    year,
    source,
    lunar: {
      newYear: dateInYear(lunar.newYear, 'lunar.newYear'),
      hungKings: dateInYear(lunar.hungKings, 'lunar.hungKings'),
    },
    holidays: days,
    makeUpWorkingDays: makeUps,
  };
};

// ---- the calendar ---------------------------------------------------------------------------------------

const RAW: ReadonlyArray<readonly [string, unknown]> = [
  ['2018.json', y2018],
  ['2019.json', y2019],
  ['2020.json', y2020],
  ['2021.json', y2021],
  ['2022.json', y2022],
  ['2023.json', y2023],
  ['2024.json', y2024],
  ['2025.json', y2025],
  ['2026.json', y2026],
  ['2027.json', y2027],
  ['2028.json', y2028],
  ['2029.json', y2029],
  ['2030.json', y2030],
];

/** Every covered year, in order. */
export const VIETNAM_HOLIDAY_YEARS: readonly HolidayYear[] = RAW.map(([file, raw]) => parseYear(raw, file));

/** The first and last year the data covers; outside it only weekends are days off. */
export const VIETNAM_HOLIDAY_RANGE = {
  first: VIETNAM_HOLIDAY_YEARS[0].year,
  last: VIETNAM_HOLIDAY_YEARS[VIETNAM_HOLIDAY_YEARS.length - 1].year,
} as const;

VIETNAM_HOLIDAY_YEARS.forEach(({ year }, i) => {
  if (year !== VIETNAM_HOLIDAY_RANGE.first + i) throw new Error(`holiday years must follow on: ${year}`);
});

/** Every day off ('YYYY-MM-DD'), holidays, substitute and swapped days alike, in date order. */
export const VIETNAM_PUBLIC_HOLIDAYS: readonly string[] = VIETNAM_HOLIDAY_YEARS.flatMap((year) =>
  year.holidays.map(({ date }) => date),
);

/** Saturdays worked in exchange for a swapped day off, in date order. */
export const VIETNAM_MAKE_UP_WORKING_DAYS: readonly string[] = VIETNAM_HOLIDAY_YEARS.flatMap((year) =>
  year.makeUpWorkingDays.map(({ date }) => date),
);

/** One covered year's data; a RangeError outside {@link VIETNAM_HOLIDAY_RANGE}. */
export const holidayYear = (year: number): HolidayYear => {
  const found = VIETNAM_HOLIDAY_YEARS.find((entry) => entry.year === year);
  if (!found)
    throw new RangeError(
      `no holiday data for ${year} (covered: ${VIETNAM_HOLIDAY_RANGE.first}–${VIETNAM_HOLIDAY_RANGE.last})`,
    );
  return found;
};

/** The days off of one covered year, in date order; a RangeError outside {@link VIETNAM_HOLIDAY_RANGE}. */
export const holidaysOf = (year: number): readonly VietnamHoliday[] => holidayYear(year).holidays;

/** Working days for public servants in Vietnam: weekends and the days off above are not, make-up Saturdays are. */
export const vietnamWorkingCalendar = (): WorkingCalendar =>
  new WorkingCalendar(VIETNAM_PUBLIC_HOLIDAYS, VIETNAM_MAKE_UP_WORKING_DAYS);
