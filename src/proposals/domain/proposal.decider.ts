import { assertNever, type Decider } from '../../shared/domain/decider';
import type { WorkingCalendar } from '../../shared/domain/working-calendar';
import type { RulePack } from '../workflows/rule-pack';
import { rulePackInForce } from '../workflows/workflow-lookup';
import { closeConsultation, giveOpinion, recordVoterConsultation } from './decide-consultation';
import { attachDocument, createDraft, editDraft } from './decide-drafting';
import { approveStage, delegateStage, rejectProposal, requestRevision } from './decide-review';
import {
  recordImplementation,
  resubmitProposal,
  submitProposal,
  withdrawProposal,
} from './decide-submission';
import { castVote, closeVote, openVote } from './decide-vote';
import type { ProposalCommand } from './proposal.commands';
import type { ProposalEvent } from './proposal.events';
import { evolve } from './proposal.evolve';
import { initialState, type ProposalState } from './proposal.state';
import type { DecideContext } from './stage-flow';

export interface ProposalDeciderDeps {
  /** Working days for every due date (weekends, Tết and national holidays). */
  calendar: WorkingCalendar;
  /** The pack a draft is checked against before it pins one; defaults to the packs shipped in workflows/. */
  rulePackAt?: (date: string) => RulePack;
}

/**
 * One proposal, one stream, one decider: drafting and the whole review lifecycle.
 * `decide` throws a DomainError subclass for every broken rule and never reads a clock.
 */
export const createProposalDecider = (
  deps: ProposalDeciderDeps,
): Decider<ProposalState, ProposalCommand, ProposalEvent> => {
  const context: DecideContext = {
    calendar: deps.calendar,
    rulePackAt: deps.rulePackAt ?? ((date) => rulePackInForce(date)),
  };

  const decide = (command: ProposalCommand, state: ProposalState): ProposalEvent[] => {
    switch (command.type) {
      case 'CreateDraft':
        return createDraft(command, state, context);
      case 'EditDraft':
        return editDraft(command, state, context);
      case 'AttachDocument':
        return attachDocument(command, state);
      case 'SubmitProposal':
        return submitProposal(command, state, context);
      case 'ResubmitProposal':
        return resubmitProposal(command, state, context);
      case 'WithdrawProposal':
        return withdrawProposal(command, state);
      case 'RecordImplementation':
        return recordImplementation(command, state, context);
      case 'ApproveStage':
        return approveStage(command, state, context);
      case 'RequestRevision':
        return requestRevision(command, state, context);
      case 'RejectProposal':
        return rejectProposal(command, state);
      case 'DelegateStage':
        return delegateStage(command, state);
      case 'GiveOpinion':
        return giveOpinion(command, state, context);
      case 'CloseConsultation':
        return closeConsultation(command, state, context);
      case 'RecordVoterConsultation':
        return recordVoterConsultation(command, state, context);
      case 'OpenVote':
        return openVote(command, state);
      case 'CastVote':
        return castVote(command, state);
      case 'CloseVote':
        return closeVote(command, state, context);
      default:
        return assertNever(command);
    }
  };

  return { decide, evolve, initialState };
};
