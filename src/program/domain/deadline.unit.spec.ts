import { vietnamWorkingCalendar } from '../../shared/calendar/vietnam-holidays';
import { parseDeadline, resolveDeadline } from './deadline';
import { guidance } from './progress-facts.fixture.spec';

const calendar = vietnamWorkingCalendar();

describe('Deadlines as the program states them', () => {
  it.each([
    ['thực hiện hoàn thành trong quý I năm 2018, giao …', { kind: 'within-quarter', year: 2018, quarter: 1 }],
    [
      '… tham mưu xây dựng đề án trình Ban Thường vụ Tỉnh ủy trong năm 2018',
      { kind: 'within-year', year: 2018, thenContinuous: false },
    ],
    [
      'thực hiện hoàn thành trong năm 2018 và thực hiện thường xuyên, giao …',
      { kind: 'within-year', year: 2018, thenContinuous: true },
    ],
    ['Đến năm 2021', { kind: 'within-year', year: 2021, thenContinuous: false }],
    ['thực hiện từ năm 2019, giao Ban Tổ chức Tỉnh ủy chủ trì', { kind: 'from-year', year: 2019 }],
    [
      'giao Ban Tổ chức Tỉnh ủy tham mưu thực hiện thường xuyên',
      { kind: 'recurring', cadence: 'continuous' },
    ],
    ['thực hiện hằng năm, giao Ủy ban Kiểm tra Tỉnh ủy', { kind: 'recurring', cadence: 'annual' }],
    [
      'thực hiện khi có hướng dẫn của Trung ương, giao …',
      { kind: 'on-central-guidance', awaiting: 'guidance' },
    ],
    [
      'thực hiện sau khi có quy định của Trung ương, giao …',
      { kind: 'on-central-guidance', awaiting: 'regulation' },
    ],
  ])('reads "%s"', (words, expected) => expect(parseDeadline(words)).toEqual(expected));

  it('reads the words typed decomposed (NFD) alike', () =>
    expect(parseDeadline('trong quý I năm 2018'.normalize('NFD'))).toMatchObject({ quarter: 1 }));

  it('refuses words that state no deadline', () =>
    expect(() => parseDeadline('giao Sở Nội vụ')).toThrow(RangeError));

  describe('on the working-day calendar', () => {
    it('makes "trong năm 2018" due on the last working day of 2018, overdue from the first of 2019', () => {
      // 29–30 December 2018 are a weekend, the 31st the swap day off for New Year, 1 January a holiday.
      expect(resolveDeadline(parseDeadline('trong năm 2018'), calendar)).toMatchObject({
        startsOn: '2018-01-01',
        dueOn: '2018-12-28',
        overdueFrom: '2019-01-02',
      });
    });

    it('makes "quý I năm 2018" due on Friday 30 March (the 31st is a Saturday)', () =>
      expect(resolveDeadline(parseDeadline('quý I năm 2018'), calendar)).toMatchObject({
        startsOn: '2018-01-01',
        dueOn: '2018-03-30',
        overdueFrom: '2018-04-02',
      }));

    it('gives recurring and "from year" tasks no due date', () => {
      expect(resolveDeadline(parseDeadline('thường xuyên'), calendar)).toMatchObject({
        dueOn: null,
        startsOn: null,
      });
      expect(resolveDeadline(parseDeadline('từ năm 2019'), calendar)).toMatchObject({
        dueOn: null,
        overdueFrom: null,
        startsOn: '2019-01-01',
      });
    });

    describe('given a task waiting for central guidance', () => {
      const deadline = parseDeadline('khi có hướng dẫn của Trung ương');

      it('is undated until the guidance is recorded', () =>
        expect(resolveDeadline(deadline, calendar)).toMatchObject({
          startsOn: null,
          dueOn: null,
          guidance: null,
        }));

      it('starts on the guidance date, with no end when the guidance sets none', () =>
        expect(resolveDeadline(deadline, calendar, guidance('NV-2.2-02', '2019-03-04', null))).toMatchObject({
          startsOn: '2019-03-04',
          dueOn: null,
        }));

      it('is due on the last working day on or before the date the guidance sets', () =>
        // 2 September 2019 is National Day, 1 September a Sunday: due Friday 30 August, overdue from 3 September.
        expect(
          resolveDeadline(deadline, calendar, guidance('NV-2.2-02', '2019-03-04', '2019-09-02')),
        ).toMatchObject({
          startsOn: '2019-03-04',
          dueOn: '2019-08-30',
          overdueFrom: '2019-09-03',
        }));
    });
  });
});
