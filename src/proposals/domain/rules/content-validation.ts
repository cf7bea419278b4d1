import type { RulePack } from '../../workflows/rule-pack';
import { JustificationRequired, RequiredDocumentMissing } from '../errors/rule.errors';
import { InvalidProposalType } from '../errors/validation.errors';
import type { DraftContent } from '../proposal.events';
import type { ProposalRecord } from '../proposal.state';
import { isProposalType, isUnitMerger } from '../proposal.types';
import { requireCoordinatingAgencies, requireLeadAgency } from './agency-rules';
import { requireFigures, requireNoNetIncrease } from './figure-rules';
import { evaluateMerger, type MergerEvaluation } from './merger-evaluation';
import { requireUnits } from './merger-rules';
import { requireOptionalText, requireText, requireTitle, TEXT_LIMITS } from './text-rules';

export type PackRules = Pick<RulePack, 'id' | 'rules'>;

/**
 * Every rule about what a draft says, in the order a drafter would fix them: shape first (400),
 * then the program's content rules (422). Returns the merger evaluation to show with the draft.
 */
export const validateDraftContent = (content: DraftContent, pack: PackRules): MergerEvaluation | null => {
  if (!isProposalType(content.proposalType)) throw new InvalidProposalType(content.proposalType);
  requireTitle(content.title);
  requireText('summary', content.summary, { max: TEXT_LIMITS.summary, multiline: true });
  requireOptionalText('justification', content.justification, {
    max: TEXT_LIMITS.justification,
    multiline: true,
  });
  requireOptionalText('taskId', content.taskId, { max: TEXT_LIMITS.code });
  requireLeadAgency(content.leadAgency);
  requireCoordinatingAgencies(content.leadAgency, content.coordinatingAgencies);
  requireFigures(content.figures);
  requireUnits(content.proposalType, content.units, content.resultingUnit);
  requireNoNetIncrease(content.proposalType, content.figures, content.justification, pack);
  return isUnitMerger(content.proposalType)
    ? evaluateMerger(content.units, content.resultingUnit, pack.rules.mergerRequiredBelow)
    : null;
};

/** What a dossier needs before it goes (again) to the reviewing bodies. */
export const validateForSubmission = (proposal: ProposalRecord, pack: PackRules): MergerEvaluation | null => {
  const evaluation = validateDraftContent(proposal, pack);
  if (
    proposal.proposalType === pack.rules.noNetIncrease.exceptionProposalType &&
    proposal.justification === null
  ) {
    throw new JustificationRequired(pack.id);
  }
  for (const kind of pack.rules.requiredAttachmentKinds) {
    if (!proposal.attachments.some((attachment) => attachment.kind === kind)) {
      throw new RequiredDocumentMissing(kind, pack.id);
    }
  }
  return evaluation;
};
