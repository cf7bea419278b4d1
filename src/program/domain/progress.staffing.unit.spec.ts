import { computeProgress } from './progress';
import {
  AFTER_DEADLINE,
  BEFORE_DEADLINE,
  agency,
  facts,
  ids,
  idsOf,
  inDistrict,
  proposal,
  target,
} from './progress-facts.fixture.spec';
import type { ProposalFact } from './progress.types';

// Every expected figure below is worked out by hand from the made-up facts given.

describe('Progress: staffing against the 2015 baselines', () => {
  // Giang Thành (914): 6,000 + 4,000 = 10,000 in 2015, so 10% is 1,000 people; Kiên Hải (912): 500.
  const agencies = [
    agency('T-SO-A', '914', 6000),
    agency('T-SO-B', '914', 4000),
    agency('T-HU', '914', null),
    agency('T-SO-C', '912', 500),
  ];
  const cut600 = proposal({ lead: 'T-SO-A', staffing: [1000, 400] });
  const cut399 = proposal({ lead: 'T-SO-B', staffing: [800, 401], type: 'internal-restructuring' });
  const cut1 = proposal({ lead: 'T-SO-B', staffing: [100, 99], type: 'agency-merger' });
  const approvedOnly = proposal({ lead: 'T-SO-A', staffing: [500, 0], status: 'Approved' });
  const approvedNoCut = proposal({ lead: 'T-SO-A', type: 'concurrent-post', status: 'Approved' });
  const withdrawn = proposal({ lead: 'T-SO-A', staffing: [500, 0], status: 'Withdrawn' });
  const rejected = proposal({ lead: 'T-SO-B', staffing: [500, 0], status: 'Rejected' });
  const noBaseline = proposal({ lead: 'T-HU', staffing: [50, 40] });
  const given = (today: string, extra: ProposalFact[] = []) =>
    computeProgress(
      facts({
        today,
        agencies,
        proposals: [cut600, cut399, approvedOnly, approvedNoCut, withdrawn, rejected, noBaseline, ...extra],
      }),
    );

  it('does not meet 10% with a 9.99% cut (999 of 10,000): on track before 2021, overdue after', () => {
    const early = inDistrict(given(BEFORE_DEADLINE), '914', 'CT-BIEN-CHE-10');
    expect(early).toMatchObject({
      baseline: 10000,
      target: 1000,
      achieved: 999,
      cutPercent: 9.99,
      percentOfTarget: 99.9,
    });
    expect(early.status).toBe('on-track');
    expect(inDistrict(given(AFTER_DEADLINE), '914', 'CT-BIEN-CHE-10').status).toBe('overdue');
  });

  it('meets it with exactly 10.0% (1,000 of 10,000)', () =>
    expect(inDistrict(given(AFTER_DEADLINE, [cut1]), '914', 'CT-BIEN-CHE-10')).toMatchObject({
      achieved: 1000,
      cutPercent: 10,
      percentOfTarget: 100,
      status: 'met',
    }));

  it('counts implemented cuts only, whatever the proposal type, and names them', () => {
    const figures = inDistrict(given(BEFORE_DEADLINE, [cut1]), '914', 'CT-BIEN-CHE-10');
    expect(ids(figures.proposals)).toEqual(idsOf(cut600, cut399, cut1));
    expect(ids(figures.awaitingImplementation)).toEqual(idsOf(approvedOnly));
    expect(figures.unattributed).toEqual([
      {
        proposal: expect.objectContaining({ proposalId: noBaseline.proposalId }),
        reason: 'no-staffing-baseline',
      },
    ]);
    expect(figures.complete).toBe(false);
  });

  it('adds up the province: 10,500 in 2015, 1,050 to cut', () =>
    expect(target(given(BEFORE_DEADLINE), 'CT-BIEN-CHE-10')).toMatchObject({
      baseline: 10500,
      target: 1050,
      achieved: 999,
      cutPercent: 9.51,
      unit: 'people',
    }));

  it('has no status where no 2015 baseline was entered', () =>
    expect(
      computeProgress(facts({ today: BEFORE_DEADLINE, agencies: [agency('T-X', '914', null)] })).targets.find(
        (t) => t.targetId === 'CT-BIEN-CHE-10',
      ),
    ).toMatchObject({
      baseline: null,
      target: null,
      status: 'no-baseline',
    }));
});
