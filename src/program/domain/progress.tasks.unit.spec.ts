import { computeProgress } from './progress';
import { facts, guidance, ids, idsOf, proposal, task } from './progress-facts.fixture.spec';
import type { ProposalFact } from './progress.types';

// Every expected figure below is worked out by hand from the made-up facts given.

describe('Progress: tasks against their deadlines', () => {
  const at = (
    today: string,
    proposals: ProposalFact[] = [],
    records = [guidance('NV-2.2-04', '2019-03-04', '2019-09-02')],
  ) => computeProgress(facts({ today, proposals, guidance: records }));

  it('flags a task "trong năm 2018" with nothing approved as overdue from 2 January 2019', () => {
    expect(task(at('2018-12-31'), 'NV-2.1-04')).toMatchObject({ status: 'not-started', overdue: false });
    expect(task(at('2019-01-02'), 'NV-2.1-04')).toMatchObject({ status: 'not-started', overdue: true });
  });

  it('keeps it overdue while its proposal is in progress; a rejected one does not count', () => {
    const open = proposal({ link: 'NV-2.1-04', status: 'InReview' });
    const rejected = proposal({ link: 'NV-2.1-04', status: 'Rejected' });
    expect(task(at('2019-01-02', [open, rejected]), 'NV-2.1-04')).toMatchObject({
      status: 'in-progress',
      overdue: true,
    });
    expect(ids(task(at('2019-01-02', [open, rejected]), 'NV-2.1-04').proposals)).toEqual(idsOf(open));
  });

  it('keeps recurring and "from year" tasks ongoing and never overdue', () => {
    expect(task(at('2018-06-01'), 'NV-2.1-07')).toMatchObject({ status: 'not-started', overdue: false });
    expect(task(at('2025-06-01'), 'NV-2.1-07')).toMatchObject({ status: 'ongoing', overdue: false });
    expect(task(at('2025-06-01'), 'NV-2.1-10')).toMatchObject({ status: 'ongoing', overdue: false });
  });

  it('waits for central guidance, then holds the task to the date recorded with it', () => {
    expect(task(at('2025-06-01'), 'NV-2.2-02')).toMatchObject({
      status: 'awaiting-guidance',
      overdue: false,
    });
    expect(task(at('2019-08-30'), 'NV-2.2-04')).toMatchObject({ status: 'not-started', overdue: false });
    expect(task(at('2019-09-03'), 'NV-2.2-04')).toMatchObject({ status: 'not-started', overdue: true });
  });
});
