import { computeProgress } from './progress';
import {
  BEFORE_DEADLINE,
  agency,
  facts,
  ids,
  idsOf,
  inDistrict,
  proposal,
  target,
} from './progress-facts.fixture.spec';

// Every expected figure below is worked out by hand from the made-up facts given.

describe('Progress: pilots, counted per district or commune, never per proposal', () => {
  const agencies = [agency('T-HU', '914', null), agency('T-SO-A', '914', null), agency('T-TINH', null, null)];
  const inspection = 'CT-UBKT-THANH-TRA';
  const first = proposal({ type: 'concurrent-post', lead: 'T-HU', link: inspection });
  const sameDistrict = proposal({ type: 'concurrent-post', lead: 'T-SO-A', link: inspection });
  const named912 = proposal({ type: 'concurrent-post', lead: 'T-SO-A', link: `${inspection}_912` });
  const provincial = proposal({ type: 'concurrent-post', lead: 'T-TINH', link: inspection });
  const unlinked = proposal({ type: 'concurrent-post', lead: 'T-SO-A' });
  const approvedOnly = proposal({
    type: 'concurrent-post',
    lead: 'T-HU',
    link: `${inspection}_912`,
    status: 'Approved',
  });
  const commune1 = proposal({ type: 'concurrent-post', lead: 'T-HU', link: 'CT-BT-CT-UBND-XA_30791' });
  const commune1Again = proposal({
    type: 'concurrent-post',
    lead: 'T-SO-A',
    link: 'CT-BT-CT-UBND-XA_30791',
  });
  const noCommune = proposal({ type: 'concurrent-post', lead: 'T-HU', link: 'CT-BT-CT-UBND-XA' });
  const unknownUnit = proposal({ type: 'concurrent-post', lead: 'T-HU', link: 'CT-BT-CT-UBND-XA_99999' });
  const report = computeProgress(
    facts({
      today: BEFORE_DEADLINE,
      agencies,
      proposals: [
        first,
        sameDistrict,
        named912,
        provincial,
        unlinked,
        approvedOnly,
        commune1,
        commune1Again,
        noCommune,
        unknownUnit,
      ],
    }),
  );

  it('counts two proposals in one district once: 2 of the 3 districts asked for', () => {
    const figures = target(report, inspection);
    expect(figures).toMatchObject({
      baseline: 15,
      target: 3,
      achieved: 2,
      counted: ['912', '914'],
      percentOfTarget: 66.6,
    });
    expect(ids(figures.proposals)).toEqual(idsOf(first, sameDistrict, named912));
    expect(ids(figures.awaitingImplementation)).toEqual(idsOf(approvedOnly));
  });

  it('lists what it cannot place, and why', () =>
    expect(
      target(report, inspection)
        .unattributed.map((u) => [u.proposal.proposalId, u.reason])
        .sort(),
    ).toEqual(
      [
        [provincial.proposalId, 'no-district'],
        [unlinked.proposalId, 'ambiguous-type'],
      ].sort(),
    ));

  it('gives each district its own reading: in place or not, no number asked of it', () => {
    expect(inDistrict(report, '914', inspection)).toMatchObject({
      baseline: 1,
      target: null,
      achieved: 1,
      status: 'no-target',
    });
    expect(ids(inDistrict(report, '914', inspection).proposals)).toEqual(idsOf(first, sameDistrict));
    expect(inDistrict(report, '912', inspection)).toMatchObject({ achieved: 1, counted: ['912'] });
  });

  it('counts communes by the unit the link names: 1 of 50', () => {
    const figures = target(report, 'CT-BT-CT-UBND-XA');
    expect(figures).toMatchObject({
      baseline: 145,
      target: 50,
      achieved: 1,
      counted: ['30791'],
      status: 'behind',
    });
    expect(figures.unattributed.map((u) => u.reason).sort()).toEqual([
      'ambiguous-type',
      'no-commune',
      'unknown-unit',
    ]);
    expect(inDistrict(report, '914', 'CT-BT-CT-UBND-XA')).toMatchObject({ baseline: 2, achieved: 1 });
  });

  it('is on track when the share achieved keeps pace with the working days elapsed', () =>
    // mid-June 2020 is about 60% of the working days from 2018 to 2021; 2 of 3 is 67%, 1 of 50 is 2%.
    expect([target(report, inspection).status, target(report, 'CT-BT-CT-UBND-XA').status]).toEqual([
      'on-track',
      'behind',
    ]));
});
