import { evaluateEligibility, evaluateUnitEligibility } from './eligibility';
import { commune } from './progress-facts.fixture.spec';

// Hand computation against the xã standard of Resolution 1211/2016 (8,000 people, 30 km²), made-up figures:
// 49.9% of 8,000 is 3,992 people and of 30 km² is 14.97 km²; 50.0% is 4,000 people and 15 km².
const below = (population: number, area: number) => commune('30791', population, area);

describe('Merger eligibility of a commune-level unit (both figures under 50% of its standard)', () => {
  it.each([
    ['49.9% of both: required', 3992, 14.97, 'required', 49.9, 49.9],
    ['50.0% of the population: not required', 4000, 14.97, 'not-required', 50, 49.9],
    ['50.0% of the area: not required', 3992, 15, 'not-required', 49.9, 50],
    ['49.99% of both: required, shown rounded down', 3999, 14.997, 'required', 49.98, 49.99],
    ['a tiny unit: required', 1, 0.0001, 'required', 0.01, 0],
  ])('given %s', (_, population, area, finding, populationPercent, areaPercent) =>
    expect(evaluateUnitEligibility(below(population, area), 0.5, undefined)).toMatchObject({
      finding,
      populationPercent,
      areaPercent,
      missing: [],
    }),
  );

  it('never guesses a missing figure or standard', () => {
    expect(evaluateUnitEligibility(commune('30791', null, 10), 0.5, undefined)).toMatchObject({
      finding: 'missing-figures',
      missing: ['population'],
      populationPercent: null,
      areaPercent: 33.33,
    });
    const noStandard = { ...commune('30793', 100, 1), standard: null };
    expect(evaluateUnitEligibility(noStandard, 0.5, undefined)).toMatchObject({
      finding: 'missing-figures',
      missing: ['standard'],
    });
  });

  it('lists the required units, those already in a merger and those without figures', () => {
    const report = evaluateEligibility(
      [
        commune('30791', 3992, 14.97),
        commune('30793', 1000, 2),
        commune('31108', 4000, 14.97),
        commune('31111', null, null),
      ],
      [{ unitCode: '30793', proposalId: 'p-1', status: 'InReview' }],
      0.5,
    );
    expect(report).toMatchObject({
      requiredToMerge: ['30791', '30793'],
      inMerger: ['30793'],
      requiredNotInMerger: ['30791'],
      missingFigures: ['31111'],
    });
    expect(report.units[1].merger).toEqual({ proposalId: 'p-1', status: 'InReview' });
    expect(report.units[3].missing).toEqual(['population', 'area']);
  });
});
