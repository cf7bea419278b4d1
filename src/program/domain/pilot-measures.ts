import {
  ambiguousFor,
  inScope,
  isAwaitingImplementation,
  isImplemented,
  servingTarget,
  type AttributedProposal,
  type ProgressContext,
  type Scope,
} from './progress-context';
import type { ProgramTarget } from './program.types';
import type { UnattributedReason } from './progress.types';
import type { Measured } from './target-status';

/** Pilots and councils: counted per district (or commune), never per proposal. */

type PlaceKey = (proposal: AttributedProposal) => { key: string | null; problem: UnattributedReason | null };

const byDistrict: PlaceKey = ({ place }) => ({
  key: place.problem ? null : place.districtCode,
  problem: place.problem ?? (place.districtCode ? null : 'no-district'),
});

const byCommune: PlaceKey = ({ place }) => ({
  key: place.problem ? null : place.communeCode,
  problem: place.problem ?? (place.communeCode ? null : 'no-commune'),
});

/** The implemented proposals of a target grouped by place; those that cannot be placed listed apart. */
const grouped = (target: ProgramTarget, context: ProgressContext, scope: Scope, keyOf: PlaceKey) => {
  const serving = servingTarget(context, target.id).filter((p) => inScope(p.place.districtCode, scope));
  const groups = new Map<string, AttributedProposal[]>();
  const unattributed = ambiguousFor(context, target.id, scope);
  for (const proposal of serving.filter(isImplemented)) {
    const { key, problem } = keyOf(proposal);
    if (key === null) unattributed.push({ proposal: proposal.ref, reason: problem ?? 'no-district' });
    else if (groups.has(key)) groups.get(key)!.push(proposal);
    else groups.set(key, [proposal]);
  }
  const awaitingImplementation = serving.filter(isAwaitingImplementation).map((p) => p.ref);
  return { groups, unattributed, awaitingImplementation };
};

const measuredFrom = (
  parts: ReturnType<typeof grouped>,
  counted: string[],
  baseline: number,
  target: number | null,
): Measured => ({
  baseline,
  target,
  achieved: counted.length,
  complete: true,
  counted: [...counted].sort(),
  proposals: counted.flatMap((key) => parts.groups.get(key)!.map((p) => p.ref)),
  awaitingImplementation: parts.awaitingImplementation,
  unattributed: parts.unattributed,
  notes: [],
});

/** "tại 5/15 huyện": districts with the model in place; a district's own figure is 0 or 1 of 1. */
export const pilotDistricts = (target: ProgramTarget, context: ProgressContext, scope: Scope): Measured => {
  if (target.measure.kind !== 'pilot-districts') throw new TypeError(`${target.id} is not a district pilot`);
  const parts = grouped(target, context, scope, byDistrict);
  const province = scope === null;
  return measuredFrom(
    parts,
    [...parts.groups.keys()],
    province ? target.measure.of : 1,
    province ? target.measure.atLeast : null,
  );
};

/** "50/145 xã, phường, thị trấn": communes named by the proposals' links. */
export const pilotCommunes = (target: ProgramTarget, context: ProgressContext, scope: Scope): Measured => {
  if (target.measure.kind !== 'pilot-communes') throw new TypeError(`${target.id} is not a commune pilot`);
  const parts = grouped(target, context, scope, byCommune);
  const communes = [...context.places.values()].filter(
    (p) => p.level === 'commune' && inScope(p.districtCode, scope),
  );
  const province = scope === null;
  return measuredFrom(
    parts,
    [...parts.groups.keys()],
    province ? target.measure.of : communes.length,
    province ? target.measure.atLeast : null,
  );
};

/** The latest implemented decision per council decides: one vice-chair (deputies after ≤ 1) or not. */
export const councilViceChairs = (
  target: ProgramTarget,
  context: ProgressContext,
  scope: Scope,
): Measured => {
  if (target.measure.kind !== 'council-one-vice-chair')
    throw new TypeError(`${target.id} is not a council target`);
  const province = target.measure.level === 'province';
  const parts = grouped(
    target,
    context,
    scope,
    province ? () => ({ key: 'province', problem: null }) : byDistrict,
  );
  const latest = (proposals: AttributedProposal[]) =>
    [...proposals].sort((a, b) =>
      b.fact.implementation!.decisionDate.localeCompare(a.fact.implementation!.decisionDate),
    )[0];
  const counted = [...parts.groups.entries()]
    .filter(([, proposals]) => latest(proposals).fact.implementation!.deputies.after <= 1)
    .map(([key]) => key);
  const councils = province || scope !== null ? 1 : context.districts.length;
  return {
    ...measuredFrom(parts, counted, councils, councils),
    counted: province ? [] : [...counted].sort(),
  };
};
