import type { Message } from '../../../shared/domain/decider';
import type { ActingFor, ActorRef, VoteTally } from '../proposal.types';

/** Decisions that end the review. */

export type ProposalApproved = Message<
  'ProposalApproved',
  { proposalId: string; stageId: string; decidedBy: string; tally: VoteTally | null; approvedAt: string }
>;
export type ProposalNotApproved = Message<
  'ProposalNotApproved',
  {
    proposalId: string;
    stageId: string;
    reason: 'vote-majority-not-reached' | 'voter-consultation-failed';
    tally: VoteTally | null;
    failingUnits: string[];
    decidedAt: string;
  }
>;
export type ProposalRejected = Message<
  'ProposalRejected',
  {
    proposalId: string;
    stageId: string;
    body: string;
    reason: string;
    rejectedBy: ActorRef;
    actingFor: ActingFor | null;
    rejectedAt: string;
  }
>;
