import { computeProgress } from './progress';
import {
  BEFORE_DEADLINE,
  agency,
  commune,
  facts,
  ids,
  idsOf,
  inDistrict,
  proposal,
  target,
  task,
} from './progress-facts.fixture.spec';

// Every expected figure below is worked out by hand from the made-up facts given.

describe('Progress: commune-level units under 50% of both standards', () => {
  const communes = [
    commune('30791', 3992, 14.97), // 49.9% of both: required
    commune('30793', 1000, 2), // required
    commune('31108', 4000, 14.97), // 50.0% of the population: not required
    commune('31111', null, null), // no figures
  ];
  const merged = proposal({ type: 'commune-merger', lead: 'T-HU', units: ['30791', '31108'] });
  const approvedOnly = proposal({
    type: 'commune-merger',
    lead: 'T-HU',
    units: ['30793', '31111'],
    status: 'Approved',
  });
  const report = computeProgress(
    facts({ today: BEFORE_DEADLINE, communes, proposals: [merged, approvedOnly] }),
  );

  it('counts the required units an implemented merger joined', () => {
    expect(target(report, 'CT-XA-DUOI-50')).toMatchObject({
      baseline: 2,
      target: 2,
      achieved: 1,
      counted: ['30791'],
      complete: false,
    });
    expect(ids(target(report, 'CT-XA-DUOI-50').awaitingImplementation)).toEqual(idsOf(approvedOnly));
  });

  it('reads each district apart, with no status where no unit has figures', () => {
    expect(inDistrict(report, '914', 'CT-XA-DUOI-50')).toMatchObject({
      baseline: 2,
      achieved: 1,
      complete: true,
    });
    expect(inDistrict(report, '912', 'CT-XA-DUOI-50')).toMatchObject({
      baseline: 0,
      status: 'no-baseline',
    });
  });

  it('marks the task behind it done, late, on the approval date', () =>
    expect(task(report, 'NV-2.2-07')).toMatchObject({
      status: 'done',
      completedOn: '2019-05-02',
      completedLate: true,
      overdue: false,
    }));
});

describe('councils down to one vice-chair, and hamlets', () => {
  const agencies = [agency('DD-HDND', null, null), agency('T-HU', '914', null)];
  const province = proposal({
    type: 'internal-restructuring',
    lead: 'DD-HDND',
    link: 'CT-PCT-HDND-TINH',
    deputies: [2, 1],
  });
  const district = proposal({
    type: 'internal-restructuring',
    lead: 'T-HU',
    link: 'CT-PCT-HDND-HUYEN',
    deputies: [3, 1],
  });
  const hamlets = proposal({ type: 'hamlet-merger', lead: 'T-HU', units: ['h1', 'h2', 'h3'] });
  const report = computeProgress(
    facts({ today: BEFORE_DEADLINE, agencies, proposals: [province, district, hamlets] }),
  );

  it('meets the provincial council’s target, counts districts for theirs', () => {
    expect(target(report, 'CT-PCT-HDND-TINH')).toMatchObject({
      baseline: 1,
      target: 1,
      achieved: 1,
      status: 'met',
    });
    expect(target(report, 'CT-PCT-HDND-HUYEN')).toMatchObject({
      baseline: 2,
      target: 2,
      achieved: 1,
      counted: ['914'],
    });
    expect(inDistrict(report, '914', 'CT-PCT-HDND-HUYEN')).toMatchObject({
      baseline: 1,
      target: 1,
      achieved: 1,
      status: 'met',
    });
  });

  it('counts a merger of three hamlets as two fewer, with no number to meet', () =>
    expect(target(report, 'CT-GIAM-AP-KP')).toMatchObject({
      achieved: 2,
      target: null,
      status: 'no-target',
    }));
});
