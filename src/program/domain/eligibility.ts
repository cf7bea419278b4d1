import type { ActionProgram } from './program.types';

/** Which commune-level units the program obliges to merge: both population and area under 50% of the standard. */

export interface UnitStandardFigures {
  minPopulation: number;
  minAreaKm2: number;
}

/** A commune-level unit as the registry knows it; null figures are unknown, never zero. */
export interface CommuneFacts {
  code: string;
  name: string;
  unitType: string;
  districtCode: string | null;
  population: number | null;
  areaKm2: number | null;
  standard: UnitStandardFigures | null;
}

/** A unit held by a merger proposal that is open, approved or implemented. */
export interface MergerHold {
  unitCode: string;
  proposalId: string;
  status: string;
}

export type EligibilityFinding = 'required' | 'not-required' | 'missing-figures';
export type MissingFigure = 'population' | 'area' | 'standard';

export interface UnitEligibility extends CommuneFacts {
  /** Share of the standard in percent, rounded down to 0.01 so the shown figure never crosses 50. */
  populationPercent: number | null;
  areaPercent: number | null;
  finding: EligibilityFinding;
  missing: MissingFigure[];
  merger: { proposalId: string; status: string } | null;
}

export interface EligibilityReport {
  belowShare: number;
  units: UnitEligibility[];
  requiredToMerge: string[];
  inMerger: string[];
  /** Required units no merger proposal holds yet: the Organization Board's work list. */
  requiredNotInMerger: string[];
  missingFigures: string[];
}

// Exact: v < share × minimum on the entered figures (as the proposals' merger rule does), never the
// rounded percentage, so 49.9% counts and 50.0% does not.
const below = (value: number, minimum: number, share: number): boolean => value < share * minimum;

// Figures carry at most 4 decimals (numeric(12, 4)); scaling to integers keeps the floor exact.
const percentDown = (value: number | null, minimum: number | undefined): number | null =>
  value === null || minimum === undefined || minimum <= 0
    ? null
    : Math.floor((Math.round(value * 1e4) * 1e4) / Math.round(minimum * 1e4)) / 100;

const missingOf = (unit: CommuneFacts): MissingFigure[] => [
  ...(unit.population === null ? (['population'] as const) : []),
  ...(unit.areaKm2 === null ? (['area'] as const) : []),
  ...(unit.standard === null ? (['standard'] as const) : []),
];

export const evaluateUnitEligibility = (
  unit: CommuneFacts,
  belowShare: number,
  hold: MergerHold | undefined,
): UnitEligibility => {
  const missing = missingOf(unit);
  const { population, areaKm2, standard } = unit;
  const required =
    population !== null &&
    areaKm2 !== null &&
    standard !== null &&
    below(population, standard.minPopulation, belowShare) &&
    below(areaKm2, standard.minAreaKm2, belowShare);
  return {
    ...unit,
    populationPercent: percentDown(population, standard?.minPopulation),
    areaPercent: percentDown(areaKm2, standard?.minAreaKm2),
    finding: missing.length > 0 ? 'missing-figures' : required ? 'required' : 'not-required',
    missing,
    merger: hold ? { proposalId: hold.proposalId, status: hold.status } : null,
  };
};

export const evaluateEligibility = (
  units: readonly CommuneFacts[],
  holds: readonly MergerHold[],
  belowShare: number,
): EligibilityReport => {
  const holdOf = new Map(holds.map((hold) => [hold.unitCode, hold]));
  const evaluated = units.map((unit) => evaluateUnitEligibility(unit, belowShare, holdOf.get(unit.code)));
  const codes = (keep: (unit: UnitEligibility) => boolean) => evaluated.filter(keep).map((unit) => unit.code);
  return {
    belowShare,
    units: evaluated,
    requiredToMerge: codes((unit) => unit.finding === 'required'),
    inMerger: codes((unit) => unit.merger !== null),
    requiredNotInMerger: codes((unit) => unit.finding === 'required' && unit.merger === null),
    missingFigures: codes((unit) => unit.finding === 'missing-figures'),
  };
};

/** The share of the standards under which the program requires a merger (0.5 in the 2018 program). */
export const requiredMergerShare = (program: ActionProgram): number => {
  for (const target of program.targets)
    if (target.measure.kind === 'required-commune-mergers') return target.measure.belowShare;
  throw new RangeError(`${program.title} sets no commune merger target`);
};
