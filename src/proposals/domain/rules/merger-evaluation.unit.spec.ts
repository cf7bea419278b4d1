import { dongYen, hoaChanh, vinhHoa, vinhThuan } from '../../../../test/support/proposal-builders';
import type { UnitFacts } from '../proposal.types';
import { evaluateMerger, evaluateResultingUnit, evaluateUnit } from './merger-evaluation';

const thresholds = { populationShare: 0.5, areaShare: 0.5, basis: 'Nghị quyết 1211/2016/UBTVQH13' };
const standard = { minPopulation: 10_000, minAreaKm2: 50 };
const unit = (
  population: number | null,
  areaKm2: number | null,
  overrides: Partial<UnitFacts> = {},
): UnitFacts => ({
  code: 'X-FIXTURE',
  name: 'Vĩnh Hòa',
  level: 'commune',
  unitType: 'xã',
  population,
  areaKm2,
  standard,
  ...overrides,
});

describe('Merger evaluation against Resolution 1211/2016 (fixture standard 10 000 people, 50 km²)', () => {
  it('flags a unit at 49.9% of both standards as required by the program', () =>
    expect(evaluateUnit(vinhHoa, thresholds)).toEqual({
      code: vinhHoa.code,
      name: 'Vĩnh Hòa',
      unitType: 'xã',
      population: 4_990,
      areaKm2: 24.95,
      standard,
      populationShare: 0.499,
      areaShare: 0.499,
      requiredByProgram: true,
      finding: 'required',
    }));

  it('does not flag a unit at exactly 50.0% of the population standard', () =>
    expect(evaluateUnit(dongYen, thresholds)).toMatchObject({
      populationShare: 0.5,
      areaShare: 0.4,
      requiredByProgram: false,
      finding: 'not-required',
    }));

  it('does not flag a unit at exactly 50.0% of the area standard', () =>
    expect(evaluateUnit(unit(4_999, 25), thresholds)).toMatchObject({
      requiredByProgram: false,
      finding: 'not-required',
    }));

  it('decides on the exact figures, not on the rounded share', () => {
    expect(evaluateUnit(unit(4_999.99 as number, 24.9999), thresholds).requiredByProgram).toBe(true);
    expect(evaluateUnit(unit(4_999, 24.999_999_9), thresholds)).toMatchObject({
      areaShare: 0.5,
      requiredByProgram: true,
    });
  });

  it('reports missing figures instead of guessing, and never requires such a unit', () => {
    expect(evaluateUnit(hoaChanh, thresholds)).toMatchObject({
      populationShare: null,
      areaShare: 0.6,
      requiredByProgram: false,
      finding: 'missing-figures',
    });
    expect(evaluateUnit(unit(3_000, 10, { standard: null }), thresholds)).toMatchObject({
      populationShare: null,
      areaShare: null,
      finding: 'missing-figures',
    });
  });

  describe('the resulting unit', () => {
    it('sums population and area and measures them against the standard of its own type', () =>
      expect(
        evaluateResultingUnit([vinhHoa, vinhThuan], {
          name: 'Vĩnh Hòa',
          unitType: 'xã',
          standard: { minPopulation: 8_000, minAreaKm2: 40 },
        }),
      ).toEqual({
        name: 'Vĩnh Hòa',
        unitType: 'xã',
        population: 8_190,
        areaKm2: 43.45,
        standard: { minPopulation: 8_000, minAreaKm2: 40 },
        populationShare: 1.02375,
        areaShare: 1.08625,
        meetsPopulation: true,
        meetsArea: true,
        finding: 'compliant',
      }));

    it('uses the first unit’s standard when no resulting unit is named', () =>
      expect(evaluateResultingUnit([vinhHoa, dongYen], null)).toMatchObject({
        name: null,
        population: 9_990,
        areaKm2: 44.95,
        meetsPopulation: false,
        meetsArea: false,
        finding: 'non-compliant',
      }));

    it('cannot judge compliance when a unit’s figures are missing', () =>
      expect(evaluateResultingUnit([vinhHoa, hoaChanh], null)).toMatchObject({
        population: null,
        areaKm2: 54.95,
        meetsPopulation: null,
        meetsArea: true,
        finding: 'missing-figures',
      }));
  });

  it('counts the units the program requires to merge', () => {
    const evaluation = evaluateMerger([vinhHoa, dongYen, vinhThuan, hoaChanh], null, thresholds);
    expect(evaluation.requiredCount).toBe(2);
    expect(evaluation.units.map((evaluated) => evaluated.finding)).toEqual([
      'required',
      'not-required',
      'required',
      'missing-figures',
    ]);
    expect(evaluation).toMatchObject({
      basis: 'Nghị quyết 1211/2016/UBTVQH13',
      thresholds: { populationShare: 0.5, areaShare: 0.5 },
    });
  });
});
