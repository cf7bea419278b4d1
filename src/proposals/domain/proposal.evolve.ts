import { assertNever } from '../../shared/domain/decider';
import type { ProposalEvent } from './proposal.events';
import type { Proposal, ProposalRecord, ProposalState, StageState } from './proposal.state';

type Stages = (stage: StageState) => StageState;

const withStage = (proposal: Proposal, stageId: string, change: Stages): Proposal => ({
  ...proposal,
  stages: proposal.stages.map((stage) => (stage.id === stageId ? change(stage) : stage)),
});

const union = <T>(left: T[], right: T[]): T[] => [...left, ...right.filter((item) => !left.includes(item))];

const drafted = (data: Extract<ProposalEvent, { type: 'ProposalDrafted' }>['data']): Proposal => {
  const { draftedBy, draftedAt, ...content } = data;
  const record: ProposalRecord = {
    ...content,
    draftedBy,
    draftedAt,
    attachments: [],
    workflow: null,
    rulePack: null,
    rules: null,
    submittedBy: null,
    submittedAt: null,
    stages: [],
    currentStageId: null,
    delegations: [],
    revisions: [],
    changedFieldsSinceReturn: [],
  };
  return { ...record, status: 'Draft' };
};

/** Folds one event; events are facts, so evolve never refuses one (unknown shapes leave the state alone). */
export const evolve = (state: ProposalState, event: ProposalEvent): ProposalState => {
  if (event.type === 'ProposalDrafted') return state.status === 'Empty' ? drafted(event.data) : state;
  if (state.status === 'Empty') return state;
  const p = state;
  switch (event.type) {
    case 'DraftEdited': {
      const { changes, changedFields, evaluation } = event.data;
      const tracked =
        p.status === 'RevisionRequested' ? union(p.changedFieldsSinceReturn, changedFields) : [];
      return {
        ...p,
        ...changes,
        ...(evaluation !== undefined ? { evaluation } : {}),
        changedFieldsSinceReturn: tracked,
      };
    }
    case 'DocumentAttached': {
      const { attachment, stageId, attachedBy, attachedAt } = event.data;
      const tracked =
        p.status === 'RevisionRequested'
          ? union(p.changedFieldsSinceReturn, ['attachments' as const])
          : p.changedFieldsSinceReturn;
      return {
        ...p,
        attachments: [...p.attachments, { ...attachment, stageId, attachedBy, attachedAt }],
        changedFieldsSinceReturn: tracked,
      };
    }
    case 'ProposalSubmitted': {
      const { workflow, rulePack, rules, stages, evaluation, submittedBy, submittedAt } = event.data;
      return {
        ...p,
        status: 'InReview',
        workflow,
        rulePack,
        rules,
        evaluation,
        submittedBy,
        submittedAt,
        stages: stages.map((stage) => ({
          ...stage,
          status: 'pending',
          bodies: [],
          openedAt: null,
          dueOn: null,
          clearedAt: null,
          opinions: [],
          votes: [],
          voterConsultation: null,
        })),
      };
    }
    case 'StageOpened': {
      const { stageId, bodies, openedAt, dueOn } = event.data;
      const opened = withStage(p, stageId, (stage) => ({
        ...stage,
        status: 'open',
        bodies,
        openedAt,
        dueOn,
        clearedAt: null,
        opinions: [],
        voterConsultation: null,
      }));
      return { ...opened, currentStageId: stageId };
    }
    case 'StageSkipped':
      return withStage(p, event.data.stageId, (stage) => ({ ...stage, status: 'skipped' }));
    case 'StageApproved':
      return withStage(p, event.data.stageId, (stage) => ({
        ...stage,
        status: 'cleared',
        clearedAt: event.data.approvedAt,
      }));
    case 'OpinionGiven': {
      const { stageId, body, opinion, comment, givenBy, actingFor, givenAt } = event.data;
      return withStage(p, stageId, (stage) => ({
        ...stage,
        opinions: [...stage.opinions, { body, opinion, comment, givenBy, actingFor, givenAt }],
      }));
    }
    case 'ConsultationCompleted':
      return withStage(p, event.data.stageId, (stage) => ({
        ...stage,
        status: 'cleared',
        clearedAt: event.data.completedAt,
      }));
    case 'ConsultationClosed':
      return withStage(p, event.data.stageId, (stage) => ({
        ...stage,
        status: 'cleared',
        clearedAt: event.data.closedAt,
      }));
    case 'VoterConsultationRecorded': {
      const { stageId, results, passed, recordedAt } = event.data;
      return withStage(p, stageId, (stage) => ({
        ...stage,
        voterConsultation: { results, passed },
        ...(passed ? { status: 'cleared' as const, clearedAt: recordedAt } : {}),
      }));
    }
    case 'VoteOpened': {
      const { stageId, round, openedBy, openedAt } = event.data;
      return withStage(p, stageId, (stage) => ({
        ...stage,
        votes: [
          ...stage.votes,
          { round, openedBy, openedAt, ballots: [], closedAt: null, tally: null, approved: null },
        ],
      }));
    }
    case 'VoteCast': {
      const { stageId, round, voter, choice, castAt } = event.data;
      return withStage(p, stageId, (stage) => ({
        ...stage,
        votes: stage.votes.map((vote) =>
          vote.round === round ? { ...vote, ballots: [...vote.ballots, { voter, choice, castAt }] } : vote,
        ),
      }));
    }
    case 'VoteClosed': {
      const { stageId, round, tally, approved, closedAt } = event.data;
      return withStage(p, stageId, (stage) => ({
        ...stage,
        votes: stage.votes.map((vote) =>
          vote.round === round ? { ...vote, closedAt, tally, approved } : vote,
        ),
        ...(approved ? { status: 'cleared' as const, clearedAt: closedAt } : {}),
      }));
    }
    case 'RevisionRequested': {
      const { stageId, body, reason, returnTo, requestedBy, actingFor, requestedAt } = event.data;
      const revisions = [
        ...p.revisions,
        {
          stageId,
          body,
          reason,
          returnTo,
          requestedBy,
          actingFor,
          requestedAt,
          resubmittedAt: null,
          changedFields: [],
        },
      ];
      // The returning stage must run again; a named earlier stage loses its clearance and reopens next.
      const returned = withStage({ ...p, revisions }, stageId, (stage) => ({
        ...stage,
        status: 'pending',
        clearedAt: null,
      }));
      if (returnTo.to === 'stage') {
        return withStage(returned, returnTo.stageId, (stage) => ({
          ...stage,
          status: 'pending',
          clearedAt: null,
        }));
      }
      return { ...returned, status: 'RevisionRequested', currentStageId: null, changedFieldsSinceReturn: [] };
    }
    case 'ProposalResubmitted': {
      const { stagesToRerun, changedFields, resubmittedAt } = event.data;
      const last = p.revisions.length - 1;
      return {
        ...p,
        status: 'InReview',
        changedFieldsSinceReturn: [],
        revisions: p.revisions.map((revision, index) =>
          index === last ? { ...revision, resubmittedAt, changedFields } : revision,
        ),
        stages: p.stages.map((stage) =>
          stagesToRerun.includes(stage.id) ? { ...stage, status: 'pending', clearedAt: null } : stage,
        ),
      };
    }
    case 'StageDelegated': {
      const { proposalId: _id, ...delegation } = event.data;
      return { ...p, delegations: [...p.delegations, delegation] };
    }
    case 'ProposalApproved': {
      const { proposalId: _id, ...approval } = event.data;
      return { ...p, status: 'Approved', approval, currentStageId: null };
    }
    case 'ProposalNotApproved': {
      const { proposalId: _id, ...outcome } = event.data;
      return { ...p, status: 'NotApproved', outcome };
    }
    case 'ProposalRejected': {
      const { proposalId: _id, ...rejection } = event.data;
      return { ...p, status: 'Rejected', rejection };
    }
    case 'ProposalWithdrawn': {
      const { proposalId: _id, ...withdrawal } = event.data;
      return { ...p, status: 'Withdrawn', withdrawal };
    }
    case 'ImplementationRecorded': {
      if (p.status !== 'Approved') return p;
      const { proposalId: _id, ...implementation } = event.data;
      return { ...p, status: 'Implemented', implementation };
    }
    default:
      return assertNever(event);
  }
};
