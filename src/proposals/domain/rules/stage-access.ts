import { hasRole, type Actor, type Role } from '../../../shared/domain/actor';
import { bodiesToAct, reviewingBody } from '../pinned-stage';
import type { Delegation, ProposalRecord, StageState } from '../proposal.state';
import type { ActingFor } from '../proposal.types';

/** Who may act, and in whose name: `actingFor` is null when the actor holds the body themselves. */
export interface StageActing {
  body: string;
  actingFor: ActingFor | null;
}

export const isAuditor = (actor: Actor): boolean => hasRole(actor, 'auditor');

export const isLeadAgencySubmitter = (proposal: Pick<ProposalRecord, 'leadAgency'>, actor: Actor): boolean =>
  !isAuditor(actor) && hasRole(actor, 'submitter') && actor.orgUnit === proposal.leadAgency;

const instant = (iso: string): number => Date.parse(iso);

/** A delegation holds from `validFrom` (inclusive) until `validUntil` (exclusive). */
export const isDelegationValidAt = (delegation: Delegation, now: string): boolean =>
  instant(delegation.validFrom) <= instant(now) && instant(now) < instant(delegation.validUntil);

export const validDelegation = (
  proposal: Pick<ProposalRecord, 'delegations'>,
  stageId: string,
  body: string,
  actor: Actor,
  now: string,
): Delegation | undefined =>
  proposal.delegations.find(
    (delegation) =>
      delegation.stageId === stageId &&
      delegation.body === body &&
      delegation.delegate.id === actor.id &&
      isDelegationValidAt(delegation, now),
  );

/**
 * The first of `bodies` the actor may act for at this stage: as a holder (one of `roles` and the body
 * among the actor's bodies), else as a delegate valid at `now`. An auditor never acts.
 */
export const actingFor = (
  proposal: Pick<ProposalRecord, 'delegations'>,
  stage: Pick<StageState, 'id'>,
  bodies: string[],
  actor: Actor,
  now: string,
  roles: Role[] = ['reviewer'],
): StageActing | null => {
  if (isAuditor(actor)) return null;
  const held = bodies.find(
    (body) => actor.bodies.includes(body) && roles.some((role) => hasRole(actor, role)),
  );
  if (held !== undefined) return { body: held, actingFor: null };
  for (const body of bodies) {
    const delegation = validDelegation(proposal, stage.id, body, actor, now);
    if (delegation) return { body, actingFor: { body, holder: delegation.holder } };
  }
  return null;
};

// The committee's secretary records its conclusions (return, rejection) as well as reviewers.
const reviewRoles = (stage: StageState): Role[] =>
  stage.kind === 'committee-vote' ? ['reviewer', 'committee-secretary'] : ['reviewer'];

/** Acting as the reviewing body of a stage: approve, return, reject, close, record. */
export const reviewerOf = (
  proposal: ProposalRecord,
  stage: StageState,
  actor: Actor,
  now: string,
): StageActing | null => actingFor(proposal, stage, [reviewingBody(stage)], actor, now, reviewRoles(stage));

/** Holders only (never a delegate) may hand a body's part in a stage on to someone else. */
export const heldBodies = (proposal: ProposalRecord, stage: StageState, actor: Actor): string[] => {
  if (isAuditor(actor) || !hasRole(actor, 'reviewer')) return [];
  const bodies = [reviewingBody(stage), ...bodiesToAct(stage, proposal)];
  return [...new Set(bodies)].filter((body) => actor.bodies.includes(body));
};
