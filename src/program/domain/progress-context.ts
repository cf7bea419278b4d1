import { localDate } from '../../shared/domain/working-calendar';
import { placeOf, targetsOf, tasksOf, type Place } from './program-link';
import type {
  AgencyFacts,
  PlaceFacts,
  ProgressFacts,
  ProposalFact,
  ProposalRef,
  UnattributedReason,
} from './progress.types';

/** The facts indexed once, and each proposal with the targets it serves and where it is. */

export interface AttributedProposal {
  fact: ProposalFact;
  ref: ProposalRef;
  targetIds: readonly string[];
  ambiguousTargetIds: readonly string[];
  taskIds: readonly string[];
  place: Place;
  /** The calendar day in Vietnam the Standing Committee approved it. */
  approvedOn: string | null;
}

export interface ProgressContext {
  facts: ProgressFacts;
  places: ReadonlyMap<string, PlaceFacts>;
  agencies: ReadonlyMap<string, AgencyFacts>;
  districts: readonly PlaceFacts[];
  proposals: readonly AttributedProposal[];
}

export const refOf = (fact: ProposalFact): ProposalRef => ({
  proposalId: fact.proposalId,
  title: fact.title,
  leadAgency: fact.leadAgency,
  status: fact.status,
  decisionNumber: fact.implementation?.decisionNumber ?? null,
  decisionDate: fact.implementation?.decisionDate ?? null,
});

export const buildContext = (facts: ProgressFacts): ProgressContext => {
  const places = new Map(facts.places.map((place) => [place.code, place]));
  const agencies = new Map(facts.agencies.map((agency) => [agency.code, agency]));
  return {
    facts,
    places,
    agencies,
    districts: facts.places.filter((place) => place.level === 'district'),
    proposals: facts.proposals.map((fact) => {
      const { linked, ambiguous } = targetsOf(facts.program, fact);
      return {
        fact,
        ref: refOf(fact),
        targetIds: linked.map((target) => target.id),
        ambiguousTargetIds: ambiguous.map((target) => target.id),
        taskIds: tasksOf(facts.program, fact).map((task) => task.id),
        place: placeOf(fact, places, agencies),
        approvedOn: fact.approvedAt === null ? null : localDate(fact.approvedAt),
      };
    }),
  };
};

/** Only a recorded implementation counts: approval alone changes nothing on the ground. */
export const isImplemented = (proposal: AttributedProposal): boolean =>
  proposal.fact.status === 'Implemented' && proposal.fact.implementation !== null;

export const isAwaitingImplementation = (proposal: AttributedProposal): boolean =>
  proposal.fact.status === 'Approved';

/** Whole province when scope is null, else one district. */
export type Scope = string | null;
export const inScope = (districtCode: string | null | undefined, scope: Scope): boolean =>
  scope === null || districtCode === scope;

export const servingTarget = (context: ProgressContext, targetId: string) =>
  context.proposals.filter((proposal) => proposal.targetIds.includes(targetId));

/** Implemented proposals whose type several targets claim: listed, never guessed into one. */
export const ambiguousFor = (
  context: ProgressContext,
  targetId: string,
  scope: Scope,
): { proposal: ProposalRef; reason: UnattributedReason }[] =>
  context.proposals
    .filter(
      (proposal) =>
        isImplemented(proposal) &&
        proposal.ambiguousTargetIds.includes(targetId) &&
        inScope(proposal.place.districtCode, scope),
    )
    .map((proposal) => ({ proposal: proposal.ref, reason: 'ambiguous-type' }));
