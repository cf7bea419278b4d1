import {
  MergerDuplicateUnit,
  MergerLevelMismatch,
  MergerNeedsTwoUnits,
  UnitsNotApplicable,
} from '../errors/rule.errors';
import { UnitFactsInvalid } from '../errors/validation.errors';
import {
  MERGER_LEVEL,
  UNIT_LEVELS,
  type ProposalType,
  type ResultingUnit,
  type UnitFacts,
  type UnitStandard,
} from '../proposal.types';
import { requireBodyCode } from './agency-rules';
import { requireText, TEXT_LIMITS } from './text-rules';

const isNullOr = (value: unknown, test: (value: number) => boolean): boolean =>
  value === null || (typeof value === 'number' && test(value));
const isCount = (value: number) => Number.isSafeInteger(value) && value >= 0;
const isArea = (value: number) => Number.isFinite(value) && value >= 0;

const requireStandard = (field: string, standard: unknown): void => {
  if (standard === null) return;
  const s = standard as Record<string, unknown> | undefined;
  if (typeof s !== 'object' || s === null)
    throw new UnitFactsInvalid(field, 'standard must be an object or null');
  const { minPopulation, minAreaKm2 } = s;
  if (!Number.isSafeInteger(minPopulation) || (minPopulation as number) <= 0) {
    throw new UnitFactsInvalid(`${field}.minPopulation`, 'must be a positive whole number');
  }
  if (typeof minAreaKm2 !== 'number' || !Number.isFinite(minAreaKm2) || minAreaKm2 <= 0) {
    throw new UnitFactsInvalid(`${field}.minAreaKm2`, 'must be a positive number');
  }
};

const requireUnitFacts = (unit: UnitFacts, index: number): void => {
  const field = `units[${index}]`;
  if (typeof unit !== 'object' || unit === null) throw new UnitFactsInvalid(field, 'must be an object');
  requireBodyCode(`${field}.code`, unit.code);
  requireText(`${field}.name`, unit.name, { max: TEXT_LIMITS.name });
  requireText(`${field}.unitType`, unit.unitType, { max: TEXT_LIMITS.name });
  if (!(UNIT_LEVELS as readonly string[]).includes(unit.level)) {
    throw new UnitFactsInvalid(`${field}.level`, `must be one of ${UNIT_LEVELS.join(', ')}`);
  }
  if (!isNullOr(unit.population, isCount)) {
    throw new UnitFactsInvalid(`${field}.population`, 'must be a non-negative whole number or null');
  }
  if (!isNullOr(unit.areaKm2, isArea))
    throw new UnitFactsInvalid(`${field}.areaKm2`, 'must be a non-negative number or null');
  requireStandard(`${field}.standard`, unit.standard);
};

const requireResultingUnit = (resulting: ResultingUnit): void => {
  requireText('resultingUnit.name', resulting.name, { max: TEXT_LIMITS.name });
  requireText('resultingUnit.unitType', resulting.unitType, { max: TEXT_LIMITS.name });
  requireStandard('resultingUnit.standard', resulting.standard);
};

/**
 * A unit merger joins at least two distinct units of the level its type names; other proposal types
 * name no units. (Whether a unit is already in another open merger is a cross-stream question the
 * application layer answers with a unique reservation.)
 */
export const requireUnits = (
  proposalType: ProposalType,
  units: UnitFacts[] | undefined,
  resulting: ResultingUnit | null | undefined,
): void => {
  const level = MERGER_LEVEL[proposalType];
  if (level === undefined) {
    if ((units && units.length > 0) || (resulting !== undefined && resulting !== null)) {
      throw new UnitsNotApplicable(proposalType);
    }
    return;
  }
  if (!Array.isArray(units)) throw new MergerNeedsTwoUnits(0);
  units.forEach(requireUnitFacts);
  const codes = new Set<string>();
  for (const unit of units) {
    if (codes.has(unit.code)) throw new MergerDuplicateUnit(unit.code);
    codes.add(unit.code);
  }
  if (codes.size < 2) throw new MergerNeedsTwoUnits(codes.size);
  const stranger = units.find((unit) => unit.level !== level);
  if (stranger) throw new MergerLevelMismatch(stranger.code, level, stranger.level);
  if (resulting) requireResultingUnit(resulting);
};

const pickStandard = (standard: UnitStandard | null): UnitStandard | null =>
  standard && typeof standard === 'object'
    ? { minPopulation: standard.minPopulation, minAreaKm2: standard.minAreaKm2 }
    : standard;

/** Only the known facts of a unit reach an event. */
export const pickUnit = (unit: UnitFacts): UnitFacts =>
  typeof unit === 'object' && unit !== null
    ? {
        code: unit.code,
        name: unit.name,
        level: unit.level,
        unitType: unit.unitType,
        population: unit.population,
        areaKm2: unit.areaKm2,
        standard: pickStandard(unit.standard),
      }
    : unit;

export const pickResultingUnit = (resulting: ResultingUnit | null): ResultingUnit | null =>
  resulting && typeof resulting === 'object'
    ? { name: resulting.name, unitType: resulting.unitType, standard: pickStandard(resulting.standard) }
    : resulting;
