import { isCalendarDate } from '../domain/working-calendar';
import {
  HOLIDAY_OCCASIONS,
  holidaysOf,
  holidayYear,
  VIETNAM_HOLIDAY_RANGE,
  VIETNAM_HOLIDAY_YEARS,
  VIETNAM_MAKE_UP_WORKING_DAYS,
  VIETNAM_PUBLIC_HOLIDAYS,
  vietnamWorkingCalendar,
  type HolidayOccasion,
} from './vietnam-holidays';

const YEARS = Array.from({ length: 13 }, (_, i) => 2018 + i);
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string): boolean => weekday(date) === 0 || weekday(date) === 6;
const SATURDAY = 6;

// 1st day of the 1st lunar month in Vietnam (UTC+7). 2030 is 2 February in Vietnam: the new moon falls at
// 23:07 on 2 February in Hà Nội but 00:07 on 3 February in Beijing, so China's Spring Festival is a day later.
const LUNAR_NEW_YEAR: Record<number, string> = {
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};

// 10th day of the 3rd lunar month (2023 has a leap 2nd month before it).
const HUNG_KINGS: Record<number, string> = {
  2018: '2018-04-25',
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

const statutoryDays = (year: number): Record<HolidayOccasion, number> => ({
  'new-year': 1,
  tet: 5,
  'hung-kings': 1,
  'victory-day': 1,
  'labour-day': 1,
  'national-day': year >= 2021 ? 2 : 1, // Labour Code 2019 art. 112 added the adjacent day
});

describe('Vietnam public holidays', () => {
  describe('given the data files', () => {
    it('then every year from 2018 to 2030 is there, in order', () => {
      expect(VIETNAM_HOLIDAY_RANGE).toEqual({ first: 2018, last: 2030 });
      expect(VIETNAM_HOLIDAY_YEARS.map(({ year }) => year)).toEqual(YEARS);
    });

    it.each(YEARS)('then the %i dates are real dates of that year, in order, without repeats', (year) => {
      const dates = holidaysOf(year).map(({ date }) => date);
      expect(dates.length).toBeGreaterThanOrEqual(10);
      dates.forEach((date) => {
        expect(isCalendarDate(date)).toBe(true);
        expect(date.startsWith(`${year}-`)).toBe(true);
      });
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
    });

    it('then the list of all days off holds each date once, in order', () => {
      expect(new Set(VIETNAM_PUBLIC_HOLIDAYS).size).toBe(VIETNAM_PUBLIC_HOLIDAYS.length);
      expect([...VIETNAM_PUBLIC_HOLIDAYS].sort()).toEqual(VIETNAM_PUBLIC_HOLIDAYS);
      expect(VIETNAM_PUBLIC_HOLIDAYS).toHaveLength(
        YEARS.reduce((sum, year) => sum + holidaysOf(year).length, 0),
      );
    });

    it.each(YEARS)('then %i has the statutory number of days for each occasion', (year) => {
      const counted = Object.fromEntries(
        HOLIDAY_OCCASIONS.map((occasion) => [
          occasion,
          holidaysOf(year).filter((day) => day.occasion === occasion && day.kind === 'holiday').length,
        ]),
      );
      expect(counted).toEqual(statutoryDays(year));
    });

    it.each(YEARS)('then every %i holiday on a weekend is made up by a substitute weekday', (year) => {
      const days = holidaysOf(year);
      HOLIDAY_OCCASIONS.forEach((occasion) => {
        const onWeekend = days.filter(
          (d) => d.occasion === occasion && d.kind === 'holiday' && isWeekend(d.date),
        );
        const substitutes = days.filter((d) => d.occasion === occasion && d.kind === 'substitute');
        expect({ occasion, substitutes: substitutes.length }).toEqual({
          occasion,
          substitutes: onWeekend.length,
        });
      });
      days
        .filter((d) => d.kind !== 'holiday')
        .forEach((d) =>
          expect({ date: d.date, weekend: isWeekend(d.date) }).toEqual({ date: d.date, weekend: false }),
        );
    });

    it('then each swapped day off is traded for exactly one make-up Saturday', () => {
      const swaps = YEARS.flatMap((year) => holidaysOf(year).filter((d) => d.kind === 'swap'));
      expect(swaps.map(({ date }) => date)).toEqual([
        '2018-12-31',
        '2019-04-29',
        '2024-04-29',
        '2025-05-02',
        '2026-01-02',
        '2026-08-31',
      ]);
      expect(VIETNAM_MAKE_UP_WORKING_DAYS).toEqual([
        '2019-01-05',
        '2019-05-04',
        '2024-05-04',
        '2025-04-26',
        '2026-01-10',
        '2026-08-22',
      ]);
      VIETNAM_MAKE_UP_WORKING_DAYS.forEach((date) => expect(weekday(date)).toBe(SATURDAY));
    });

    it.each(YEARS.filter((year) => year >= 2027))(
      'then %i, with no notice yet, says it is derived from the statute and needs checking',
      (year) => {
        expect(holidayYear(year).source).toMatch(/derived from the statute/);
        expect(holidayYear(year).source).toMatch(/admin must check/);
      },
    );

    it('then a year outside the data is refused', () => {
      expect(() => holidaysOf(2017)).toThrow(RangeError);
      expect(() => holidaysOf(2031)).toThrow(RangeError);
    });
  });

  describe('given the lunar calendar (UTC+7)', () => {
    it.each(YEARS)(
      'then Tết %i starts on the known lunar new year and lies inside its five Tết days',
      (year) => {
        const tetDays = holidaysOf(year)
          .filter((d) => d.occasion === 'tet' && d.kind === 'holiday')
          .map(({ date }) => date);
        expect(holidayYear(year).lunar.newYear).toBe(LUNAR_NEW_YEAR[year]);
        expect(tetDays).toContain(LUNAR_NEW_YEAR[year]);
        const span = (Date.parse(tetDays[4]) - Date.parse(tetDays[0])) / 86_400_000;
        expect(span).toBe(4); // five consecutive days
      },
    );

    it.each(YEARS)("then the Hùng Kings' day %i is 10/3 lunar", (year) => {
      expect(holidayYear(year).lunar.hungKings).toBe(HUNG_KINGS[year]);
      expect(
        holidaysOf(year).filter((d) => d.occasion === 'hung-kings' && d.kind === 'holiday'),
      ).toMatchObject([{ date: HUNG_KINGS[year], name: { vi: 'Giỗ Tổ Hùng Vương' } }]);
    });
  });

  describe('given the Vietnam working calendar', () => {
    const calendar = vietnamWorkingCalendar();

    it.each(['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20'])(
      'then the Tết 2018 weekday %s is not a working day',
      (date) => expect(calendar.isWorkingDay(date)).toBe(false),
    );

    it('then the working days either side of Tết 2018 still count', () => {
      expect(calendar.isWorkingDay('2018-02-13')).toBe(true);
      expect(calendar.isWorkingDay('2018-02-21')).toBe(true);
    });

    describe('when a stage with a 2-working-day service level opens on Friday 9 February 2018', () => {
      // The opening day never counts: Mon 12 is the first working day, Tue 13 the second.
      it('then it is due on Tuesday 13 February, before Tết', () =>
        expect(calendar.addWorkingDays('2018-02-09', 2)).toBe('2018-02-13'));
    });

    describe('when a stage with 5 working days opens on Friday 9 February 2018', () => {
      // Mon 12, Tue 13, then Tết (Wed 14 to Tue 20) is skipped: Wed 21, Thu 22, Fri 23.
      it('then it runs across Tết and is due on Friday 23 February', () => {
        expect(calendar.addWorkingDays('2018-02-09', 5)).toBe('2018-02-23');
        expect(calendar.workingDaysBetween('2018-02-09', '2018-02-23')).toBe(5);
      });
    });

    describe('when a stage opens on Friday 28 December 2018, before the New Year 2019 swap', () => {
      // Mon 31 Dec (swapped) and Tue 1 Jan are off; Saturday 5 January is worked in exchange.
      it('then the swapped Monday is off and the make-up Saturday counts', () => {
        expect(calendar.isWorkingDay('2018-12-31')).toBe(false);
        expect(calendar.isWorkingDay('2019-01-05')).toBe(true);
        expect(calendar.addWorkingDays('2018-12-28', 2)).toBe('2019-01-03');
        expect(calendar.addWorkingDays('2018-12-28', 4)).toBe('2019-01-05');
      });
    });

    it('then an ordinary Saturday is still not a working day', () =>
      expect(calendar.isWorkingDay('2019-01-12')).toBe(false));

    it('then Tết 2030 follows the Vietnamese date, 2 February', () => {
      ['2030-01-31', '2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06'].forEach((date) =>
        expect({ date, working: calendar.isWorkingDay(date) }).toEqual({ date, working: false }),
      );
      expect(calendar.isWorkingDay('2030-02-07')).toBe(true);
    });
  });
});
