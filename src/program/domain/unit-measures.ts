import {
  inScope,
  isAwaitingImplementation,
  isImplemented,
  servingTarget,
  type AttributedProposal,
  type ProgressContext,
  type Scope,
} from './progress-context';
import type { ProgramTarget } from './program.types';
import type { ProposalRef } from './progress.types';
import type { Measured } from './target-status';

/** Targets measured on units and people: commune mergers, hamlets, staffing. */

const unique = (proposals: AttributedProposal[]): ProposalRef[] => [
  ...new Map(proposals.map((proposal) => [proposal.fact.proposalId, proposal.ref])).values(),
];

const empty = { counted: [], proposals: [], awaitingImplementation: [], unattributed: [], notes: [] };

/** Required units (both figures under 50% of the standard) joined by an implemented merger. */
export const communeMergers = (target: ProgramTarget, context: ProgressContext, scope: Scope): Measured => {
  const units = context.facts.eligibility.units.filter((unit) => inScope(unit.districtCode, scope));
  const required = units.filter((unit) => unit.finding === 'required').map((unit) => unit.code);
  const missing = units.filter((unit) => unit.finding === 'missing-figures').length;
  const serving = servingTarget(context, target.id);
  const mergedBy = new Map<string, AttributedProposal>();
  for (const proposal of serving.filter(isImplemented))
    for (const code of proposal.fact.unitCodes) mergedBy.set(code, proposal);
  const merged = required.filter((code) => mergedBy.has(code));
  const awaiting = serving.filter(
    (proposal) =>
      isAwaitingImplementation(proposal) && proposal.fact.unitCodes.some((c) => required.includes(c)),
  );
  return {
    ...empty,
    baseline: required.length,
    target: required.length,
    achieved: merged.length,
    complete: missing === 0,
    noBaseline: required.length === 0 && missing > 0,
    counted: merged,
    proposals: unique(merged.map((code) => mergedBy.get(code)!)),
    awaitingImplementation: unique(awaiting),
    notes:
      missing > 0 ? [`${missing} đơn vị cấp xã chưa có đủ số liệu dân số, diện tích hoặc tiêu chuẩn`] : [],
  };
};

/** Hamlets (ấp, khu phố) fewer: a merger of n hamlets removes n − 1. The program sets no number. */
export const hamletsReduced = (target: ProgramTarget, context: ProgressContext, scope: Scope): Measured => {
  const districtOf = (proposal: AttributedProposal) =>
    context.places.get(proposal.fact.unitCodes[0] ?? '')?.districtCode ?? proposal.place.districtCode;
  const serving = servingTarget(context, target.id).filter((proposal) =>
    inScope(districtOf(proposal), scope),
  );
  const done = serving.filter(isImplemented);
  return {
    ...empty,
    baseline: null,
    target: null,
    achieved: done.reduce((sum, proposal) => sum + Math.max(proposal.fact.unitCodes.length - 1, 0), 0),
    complete: false,
    proposals: unique(done),
    awaitingImplementation: unique(serving.filter(isAwaitingImplementation)),
    notes: ['Danh mục chưa có số ấp, khu phố năm 2018; chương trình không nêu số cần giảm'],
  };
};

/**
 * Staffing cut against the agencies' 2015 baselines. Every implemented proposal counts its actual
 * staffing change, whatever its type: biên chế cut by an agency merger or a merged office is cut all the
 * same (a type-only link to staffing-reduction/internal-restructuring would miss it).
 */
export const staffingCut = (target: ProgramTarget, context: ProgressContext, scope: Scope): Measured => {
  if (target.measure.kind !== 'staffing-cut') throw new TypeError(`${target.id} is not a staffing target`);
  const agencies = context.facts.agencies.filter((agency) => inScope(agency.districtCode, scope));
  const measured = new Set(agencies.filter((a) => a.staffingBaseline2015 !== null).map((a) => a.code));
  const baseline = agencies.reduce((sum, agency) => sum + (agency.staffingBaseline2015 ?? 0), 0);
  const changing = context.proposals.filter((proposal) => {
    const figures = proposal.fact.implementation?.staffing ?? null;
    const district = context.agencies.get(proposal.fact.leadAgency)?.districtCode ?? null;
    return figures !== null && figures.before !== figures.after && inScope(district, scope);
  });
  const counted = changing.filter((p) => isImplemented(p) && measured.has(p.fact.leadAgency));
  const achieved = counted.reduce(
    (sum, p) => sum + p.fact.implementation!.staffing.before - p.fact.implementation!.staffing.after,
    0,
  );
  const withoutBaseline = agencies.length - measured.size;
  return {
    ...empty,
    baseline: measured.size > 0 ? baseline : null,
    target: measured.size > 0 ? Math.ceil((baseline * target.measure.minimumPercent) / 100) : null,
    achieved,
    complete: withoutBaseline === 0,
    noBaseline: measured.size === 0,
    cutPercent: baseline > 0 ? Math.floor((achieved * 10_000) / baseline) / 100 : null,
    proposals: unique(counted),
    awaitingImplementation: unique(
      context.proposals.filter(
        (p) =>
          isAwaitingImplementation(p) &&
          p.fact.planned.staffing.before !== p.fact.planned.staffing.after &&
          measured.has(p.fact.leadAgency) &&
          inScope(context.agencies.get(p.fact.leadAgency)?.districtCode, scope),
      ),
    ),
    unattributed: changing
      .filter((p) => isImplemented(p) && !measured.has(p.fact.leadAgency))
      .map((p) => ({ proposal: p.ref, reason: 'no-staffing-baseline' as const })),
    notes: withoutBaseline > 0 ? [`${withoutBaseline} cơ quan chưa có số biên chế năm 2015`] : [],
  };
};
