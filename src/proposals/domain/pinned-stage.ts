import type { CommitteeMajority, RulePackRules } from '../workflows/rule-pack';
import type {
  AppraisalStageDefinition,
  CommitteeVoteStageDefinition,
  ConsultationStageDefinition,
  TallyStageDefinition,
  WorkflowDefinition,
} from '../workflows/workflow-definition';

/**
 * A stage as the proposal pinned it at submission: the workflow's definition plus the rule-pack
 * thresholds it is judged by, so replay never depends on today's definitions.
 */
export type PinnedStage =
  | AppraisalStageDefinition
  | ConsultationStageDefinition
  | (CommitteeVoteStageDefinition & { majority: CommitteeMajority })
  | (TallyStageDefinition & { passAboveShare: number });

export const pinStages = (workflow: WorkflowDefinition, rules: RulePackRules): PinnedStage[] =>
  workflow.stages.map((stage): PinnedStage => {
    switch (stage.kind) {
      case 'committee-vote':
        return { ...stage, majority: rules.committeeMajority };
      case 'tally':
        return { ...stage, passAboveShare: rules.voterConsultationPassAbove };
      default:
        return { ...stage };
    }
  });

/** The bodies that review (approve, return, reject, delegate) at a stage; consultations are presided. */
export const reviewingBody = (stage: PinnedStage): string =>
  stage.kind === 'consultation' ? stage.presidingBody : stage.body;

/**
 * The bodies that must act while a stage is open. A consultation asks its listed bodies and, when the
 * definition says so, the proposal's coordinating agencies, never the lead agency itself.
 */
export const bodiesToAct = (
  stage: PinnedStage,
  proposal: { leadAgency: string; coordinatingAgencies: string[] },
): string[] => {
  if (stage.kind !== 'consultation') return [stage.body];
  const asked = [
    ...stage.bodies,
    ...(stage.includeCoordinatingAgencies ? proposal.coordinatingAgencies : []),
  ];
  return [...new Set(asked)].filter((body) => body !== proposal.leadAgency);
};
