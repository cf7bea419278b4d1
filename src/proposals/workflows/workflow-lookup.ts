import type { ProposalType } from '../domain/proposal.types';
import { DEFAULT_WORKFLOWS } from './default-workflows';
import { RULE_PACKS, type RulePack } from './rule-pack';
import { isInForce, type WorkflowDefinition } from './workflow-definition';
import { NoRulePackInForce, NoWorkflowInForce } from './workflow.errors';

// Where two versions overlap, the newest version wins: a new version is how a definition is amended.
const newestInForce = <T extends { version: number; effectiveFrom: string; effectiveUntil: string | null }>(
  candidates: readonly T[],
  date: string,
): T | undefined =>
  candidates.filter((candidate) => isInForce(candidate, date)).sort((a, b) => b.version - a.version)[0];

/** The rule pack in force on a calendar date ('YYYY-MM-DD'); throws NoRulePackInForce when none is. */
export const rulePackInForce = (date: string, packs: readonly RulePack[] = RULE_PACKS): RulePack => {
  const pack = newestInForce(packs, date);
  if (!pack) throw new NoRulePackInForce(date);
  return pack;
};

/** The workflow definition for a proposal type in force on a date; throws NoWorkflowInForce when none is. */
export const workflowFor = (
  proposalType: ProposalType,
  date: string,
  workflows: readonly WorkflowDefinition[] = DEFAULT_WORKFLOWS,
): WorkflowDefinition => {
  const workflow = newestInForce(
    workflows.filter((candidate) => candidate.proposalType === proposalType),
    date,
  );
  if (!workflow) throw new NoWorkflowInForce(proposalType, date);
  return workflow;
};

/** A pinned definition, for replay and audit. */
export const findWorkflow = (id: string, version: number): WorkflowDefinition | undefined =>
  DEFAULT_WORKFLOWS.find((workflow) => workflow.id === id && workflow.version === version);

export const findRulePack = (id: string, version: number): RulePack | undefined =>
  RULE_PACKS.find((pack) => pack.id === id && pack.version === version);
