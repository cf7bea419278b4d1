import {
  isInForce,
  type StageDefinition,
  type WorkflowDefinition,
} from '../../workflows/workflow-definition';
import type { RulePack } from '../../workflows/rule-pack';
import { WorkflowInvalid, WorkflowNotApplicable } from '../errors/rule.errors';
import { ASPECTS, isUnitMerger, type ProposalType } from '../proposal.types';

const KINDS = ['appraisal', 'consultation', 'committee-vote', 'tally'];

const isCode = (value: unknown): boolean => typeof value === 'string' && /^\S{1,64}$/u.test(value);

const stageProblem = (stage: StageDefinition, proposalType: ProposalType): string | null => {
  if (!isCode(stage.id)) return 'a stage has no usable id';
  if (!KINDS.includes(stage.kind)) return `stage ${stage.id} has an unknown kind`;
  if (!Number.isSafeInteger(stage.slaWorkingDays) || stage.slaWorkingDays < 0)
    return `stage ${stage.id} has no valid SLA`;
  if (!Array.isArray(stage.covers) || stage.covers.some((aspect) => !ASPECTS.includes(aspect))) {
    return `stage ${stage.id} covers an unknown aspect`;
  }
  switch (stage.kind) {
    case 'consultation':
      if (!isCode(stage.presidingBody) || !Array.isArray(stage.bodies) || !stage.bodies.every(isCode)) {
        return `consultation ${stage.id} needs a presiding body and body codes`;
      }
      return null;
    case 'committee-vote':
      if (!isCode(stage.body)) return `vote ${stage.id} has no body`;
      if (!Number.isSafeInteger(stage.memberCount) || stage.memberCount < 1)
        return `vote ${stage.id} needs a member count`;
      return null;
    case 'tally':
      if (!isUnitMerger(proposalType)) return `tally ${stage.id} only applies to unit mergers`;
      return isCode(stage.body) ? null : `tally ${stage.id} has no body`;
    default:
      return isCode(stage.body) ? null : `stage ${stage.id} has no body`;
  }
};

/** The definitions handed in at submission must fit this proposal and be in force today. */
export const requireApplicableDefinitions = (
  workflow: WorkflowDefinition,
  rulePack: RulePack,
  proposalType: ProposalType,
  today: string,
): void => {
  if (workflow.proposalType !== proposalType) {
    throw new WorkflowNotApplicable('proposal-type', { workflowId: workflow.id, proposalType });
  }
  if (!isInForce(workflow, today)) {
    throw new WorkflowNotApplicable('workflow-not-in-force', {
      workflowId: workflow.id,
      version: workflow.version,
      date: today,
    });
  }
  if (!isInForce(rulePack, today)) {
    throw new WorkflowNotApplicable('rule-pack-not-in-force', {
      rulePackId: rulePack.id,
      version: rulePack.version,
      date: today,
    });
  }
  if (!Array.isArray(workflow.stages) || workflow.stages.length === 0)
    throw new WorkflowInvalid(workflow.id, 'no stages');
  const ids = new Set<string>();
  for (const stage of workflow.stages) {
    const problem = stageProblem(stage, proposalType);
    if (problem) throw new WorkflowInvalid(workflow.id, problem);
    if (ids.has(stage.id)) throw new WorkflowInvalid(workflow.id, `stage id ${stage.id} is used twice`);
    ids.add(stage.id);
  }
};
