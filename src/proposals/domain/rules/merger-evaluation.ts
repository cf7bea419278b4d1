import type { ResultingUnit, UnitFacts, UnitStandard } from '../proposal.types';

/** Shares of the standard below which a unit must be merged (the rule pack supplies them). */
export interface MergerThresholds {
  populationShare: number;
  areaShare: number;
  basis: string;
}

export type UnitFinding = 'required' | 'not-required' | 'missing-figures';

export interface UnitEvaluation {
  code: string;
  name: string;
  unitType: string;
  population: number | null;
  areaKm2: number | null;
  standard: UnitStandard | null;
  /** Rounded for display; the finding is decided on the exact figures. */
  populationShare: number | null;
  areaShare: number | null;
  requiredByProgram: boolean;
  finding: UnitFinding;
}

export interface ResultingUnitEvaluation {
  name: string | null;
  unitType: string;
  population: number | null;
  areaKm2: number | null;
  standard: UnitStandard | null;
  populationShare: number | null;
  areaShare: number | null;
  meetsPopulation: boolean | null;
  meetsArea: boolean | null;
  finding: 'compliant' | 'non-compliant' | 'missing-figures';
}

/** Shown with the proposal so reviewers see which units the program obliges to merge. */
export interface MergerEvaluation {
  basis: string;
  thresholds: { populationShare: number; areaShare: number };
  units: UnitEvaluation[];
  requiredCount: number;
  resulting: ResultingUnitEvaluation;
}

const share = (value: number | null, minimum: number | undefined): number | null =>
  value === null || minimum === undefined || minimum <= 0 ? null : Math.round((value / minimum) * 1e6) / 1e6;

// Compare value < threshold × minimum rather than the rounded share: 49.9% must count, 50.0% must not.
const below = (value: number, minimum: number, threshold: number): boolean => value < threshold * minimum;

export const evaluateUnit = (unit: UnitFacts, thresholds: MergerThresholds): UnitEvaluation => {
  const { population, areaKm2, standard } = unit;
  const measurable = population !== null && areaKm2 !== null && standard !== null;
  const required =
    measurable &&
    below(population, standard.minPopulation, thresholds.populationShare) &&
    below(areaKm2, standard.minAreaKm2, thresholds.areaShare);
  return {
    code: unit.code,
    name: unit.name,
    unitType: unit.unitType,
    population,
    areaKm2,
    standard,
    populationShare: share(population, standard?.minPopulation),
    areaShare: share(areaKm2, standard?.minAreaKm2),
    requiredByProgram: required,
    finding: !measurable ? 'missing-figures' : required ? 'required' : 'not-required',
  };
};

const sumOrNull = (values: (number | null)[]): number | null =>
  values.some((value) => value === null) ? null : (values as number[]).reduce((sum, value) => sum + value, 0);

/** The merged unit is measured against the standard of its own type (when given; else the first unit's). */
export const evaluateResultingUnit = (
  units: UnitFacts[],
  resulting: ResultingUnit | null,
): ResultingUnitEvaluation => {
  const unitType = resulting?.unitType ?? units[0]?.unitType ?? '';
  const standard = resulting ? resulting.standard : (units[0]?.standard ?? null);
  const population = sumOrNull(units.map((unit) => unit.population));
  // Areas carry decimals; rounding to 1 m² keeps 12.3 + 4.1 from showing as 16.400000000000002.
  const rawArea = sumOrNull(units.map((unit) => unit.areaKm2));
  const areaKm2 = rawArea === null ? null : Math.round(rawArea * 1e6) / 1e6;
  const meetsPopulation = population === null || !standard ? null : population >= standard.minPopulation;
  const meetsArea = areaKm2 === null || !standard ? null : areaKm2 >= standard.minAreaKm2;
  return {
    name: resulting?.name ?? null,
    unitType,
    population,
    areaKm2,
    standard,
    populationShare: share(population, standard?.minPopulation),
    areaShare: share(areaKm2, standard?.minAreaKm2),
    meetsPopulation,
    meetsArea,
    finding:
      meetsPopulation === null || meetsArea === null
        ? 'missing-figures'
        : meetsPopulation && meetsArea
          ? 'compliant'
          : 'non-compliant',
  };
};

export const evaluateMerger = (
  units: UnitFacts[],
  resulting: ResultingUnit | null,
  thresholds: MergerThresholds,
): MergerEvaluation => {
  const evaluated = units.map((unit) => evaluateUnit(unit, thresholds));
  return {
    basis: thresholds.basis,
    thresholds: { populationShare: thresholds.populationShare, areaShare: thresholds.areaShare },
    units: evaluated,
    requiredCount: evaluated.filter((unit) => unit.requiredByProgram).length,
    resulting: evaluateResultingUnit(units, resulting),
  };
};
