import { isCalendarDate, localDate, WorkingCalendar } from './working-calendar';

describe('WorkingCalendar', () => {
  // Tết Mậu Tuất 2018: Wednesday 14 to Tuesday 20 February off.
  const tet2018 = [
    '2018-02-14',
    '2018-02-15',
    '2018-02-16',
    '2018-02-17',
    '2018-02-18',
    '2018-02-19',
    '2018-02-20',
  ];
  const calendar = new WorkingCalendar(tet2018);

  it('counts a 2-working-day stage opened on Friday 9 February 2018 to Tuesday 13', () =>
    expect(calendar.addWorkingDays('2018-02-09', 2)).toBe('2018-02-13'));

  it('carries a 3-working-day stage over Tết to Wednesday 21 February', () =>
    expect(calendar.addWorkingDays('2018-02-09', 3)).toBe('2018-02-21'));

  it('never counts the opening day itself, even when it is a working day', () =>
    expect(calendar.addWorkingDays('2018-02-12', 1)).toBe('2018-02-13'));

  it('gives the opening day back for zero days', () =>
    expect(calendar.addWorkingDays('2018-02-10', 0)).toBe('2018-02-10'));

  it('skips a weekend opened on a Saturday', () =>
    expect(calendar.addWorkingDays('2018-03-03', 1)).toBe('2018-03-05'));

  it.each([
    ['2018-02-12', true],
    ['2018-02-10', false],
    ['2018-02-11', false],
    ['2018-02-16', false],
    ['2018-02-21', true],
  ])('knows whether %s is a working day', (date, expected) =>
    expect(calendar.isWorkingDay(date)).toBe(expected),
  );

  it('counts working days between two dates', () => {
    expect(calendar.workingDaysBetween('2018-02-09', '2018-02-21')).toBe(3);
    expect(calendar.workingDaysBetween('2018-02-21', '2018-02-09')).toBe(0);
  });

  it('refuses malformed and impossible dates and negative spans', () => {
    expect(() => calendar.addWorkingDays('2018-02-30', 1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('9/2/2018', 1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2018-02-09', -1)).toThrow(RangeError);
    expect(() => new WorkingCalendar(['2018-13-01'])).toThrow(RangeError);
    expect(isCalendarDate('2018-02-28')).toBe(true);
    expect(isCalendarDate('2018-02-29')).toBe(false);
  });

  describe('local date in Vietnam (UTC+7)', () => {
    it('moves a Friday evening UTC instant to Saturday', () =>
      expect(localDate('2018-02-09T18:00:00Z')).toBe('2018-02-10'));

    it('keeps an early UTC morning on the same day', () =>
      expect(calendar.localDate('2018-02-09T01:30:00.000Z')).toBe('2018-02-09'));

    it('honours another time zone when asked', () =>
      expect(localDate('2018-02-09T18:00:00Z', 'UTC')).toBe('2018-02-09'));

    it('refuses text that is not an instant', () => expect(() => localDate('tomorrow')).toThrow(RangeError));
  });
});
