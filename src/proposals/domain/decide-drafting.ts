import { canonicalJson } from '../../shared/domain/canonical-json';
import { ProposalAlreadyExists, AttachmentAlreadyExists } from './errors/state.errors';
import { NotLeadAgency, NotYourStage } from './errors/access.errors';
import { AttachmentInvalid } from './errors/validation.errors';
import {
  actorRef,
  requireLeadAgency,
  requireMayAct,
  requireOpenStage,
  requireProposal,
  requireStatus,
} from './guards';
import { bodiesToAct, reviewingBody } from './pinned-stage';
import type { AttachDocument, CreateDraft, EditDraft } from './proposal.commands';
import type { DraftChanges, DraftContent, ProposalEvent } from './proposal.events';
import type { Proposal, ProposalState } from './proposal.state';
import { ATTACHMENT_KINDS, type Attachment, type DraftField } from './proposal.types';
import { requireLeadAgency as requireLeadAgencyCode } from './rules/agency-rules';
import { validateDraftContent, type PackRules } from './rules/content-validation';
import { pickFigures } from './rules/figure-rules';
import { pickResultingUnit, pickUnit } from './rules/merger-rules';
import { actingFor, isLeadAgencySubmitter } from './rules/stage-access';
import { optionalText, requireText, TEXT_LIMITS } from './rules/text-rules';
import type { DecideContext } from './stage-flow';

/** A draft is judged by the pack in force today; once submitted, by the pack it pinned. */
export const packFor = (proposal: Proposal | null, now: string, context: DecideContext): PackRules =>
  proposal?.rules && proposal.rulePack
    ? { id: proposal.rulePack.id, rules: proposal.rules }
    : context.rulePackAt(context.calendar.localDate(now));

export const createDraft = (
  { data, metadata }: CreateDraft,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  if (state.status !== 'Empty') throw new ProposalAlreadyExists(state.proposalId);
  requireText('proposalId', data.proposalId, { max: TEXT_LIMITS.code });
  requireLeadAgencyCode(data.leadAgency);
  if (!isLeadAgencySubmitter(data, actor)) throw new NotLeadAgency(data.leadAgency, actor.orgUnit);
  // Copy field by field: whatever else the caller put into `data` never reaches the event.
  const content: DraftContent = {
    proposalType: data.proposalType,
    title: data.title,
    summary: data.summary,
    leadAgency: data.leadAgency,
    coordinatingAgencies: data.coordinatingAgencies,
    figures: pickFigures(data.figures),
    justification: optionalText(data.justification),
    units: Array.isArray(data.units) ? data.units.map(pickUnit) : (data.units ?? []),
    resultingUnit: pickResultingUnit(data.resultingUnit ?? null),
    taskId: optionalText(data.taskId),
  };
  const evaluation = validateDraftContent(content, packFor(null, now, context));
  return [
    {
      type: 'ProposalDrafted',
      data: {
        proposalId: data.proposalId,
        ...content,
        evaluation,
        draftedBy: actorRef(actor),
        draftedAt: now,
      },
    },
  ];
};

const EDITABLE = [
  'title',
  'summary',
  'coordinatingAgencies',
  'figures',
  'justification',
  'units',
  'resultingUnit',
  'taskId',
] as const satisfies readonly (keyof DraftChanges & DraftField)[];

const same = (left: unknown, right: unknown): boolean => canonicalJson(left) === canonicalJson(right);

export const editDraft = (
  { data, metadata }: EditDraft,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'Draft', 'RevisionRequested');
  requireLeadAgency(proposal, actor);
  const proposed: DraftChanges = {
    ...data,
    ...('figures' in data && data.figures !== undefined ? { figures: pickFigures(data.figures) } : {}),
    ...(Array.isArray(data.units) ? { units: data.units.map(pickUnit) } : {}),
    ...('justification' in data ? { justification: optionalText(data.justification) } : {}),
    ...('taskId' in data ? { taskId: optionalText(data.taskId) } : {}),
    ...('resultingUnit' in data ? { resultingUnit: pickResultingUnit(data.resultingUnit ?? null) } : {}),
  };
  const changedFields = EDITABLE.filter(
    (field) => proposed[field] !== undefined && !same(proposed[field], proposal[field]),
  );
  // Saving an unchanged form is not a fact worth recording.
  if (changedFields.length === 0) return [];
  const changes = Object.fromEntries(changedFields.map((field) => [field, proposed[field]])) as DraftChanges;
  const evaluation = validateDraftContent({ ...proposal, ...changes }, packFor(proposal, now, context));
  const unitsChanged = changedFields.some((field) => field === 'units' || field === 'resultingUnit');
  return [
    {
      type: 'DraftEdited',
      data: {
        proposalId: proposal.proposalId,
        changes,
        changedFields,
        ...(unitsChanged ? { evaluation } : {}),
        editedBy: actorRef(actor),
        editedAt: now,
      },
    },
  ];
};

const requireAttachment = (attachment: Attachment): void => {
  if (typeof attachment !== 'object' || attachment === null)
    throw new AttachmentInvalid('attachment', 'missing');
  requireText('attachment.id', attachment.id, { max: TEXT_LIMITS.code * 2 });
  requireText('attachment.name', attachment.name, { max: TEXT_LIMITS.name });
  if (typeof attachment.mediaType !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/u.test(attachment.mediaType)) {
    throw new AttachmentInvalid('mediaType', 'must be a media type such as application/pdf');
  }
  if (!Number.isSafeInteger(attachment.size) || attachment.size <= 0) {
    throw new AttachmentInvalid('size', 'must be a positive whole number of bytes');
  }
  if (typeof attachment.sha256 !== 'string' || !/^[0-9a-f]{64}$/u.test(attachment.sha256)) {
    throw new AttachmentInvalid('sha256', 'must be 64 lower-case hex digits');
  }
  if (!ATTACHMENT_KINDS.includes(attachment.kind)) {
    throw new AttachmentInvalid('kind', `must be one of ${ATTACHMENT_KINDS.join(', ')}`);
  }
};

/**
 * The lead agency builds the dossier while it holds the proposal; while a stage is open its bodies
 * may add minutes and other papers, never the proposal or submission itself.
 */
export const attachDocument = ({ data, metadata }: AttachDocument, state: ProposalState): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'Draft', 'RevisionRequested', 'InReview');
  const { attachment } = data;
  requireAttachment(attachment);
  const { id, name, mediaType, size, sha256, kind } = attachment;
  const base = { proposalId: proposal.proposalId, attachment: { id, name, mediaType, size, sha256, kind } };
  if (proposal.status !== 'InReview') {
    requireLeadAgency(proposal, actor);
    if (proposal.attachments.some((existing) => existing.id === id)) throw new AttachmentAlreadyExists(id);
    return [
      {
        type: 'DocumentAttached',
        data: { ...base, stageId: null, attachedBy: actorRef(actor), actingFor: null, attachedAt: now },
      },
    ];
  }
  const stage = requireOpenStage(proposal);
  const bodies = [...new Set([reviewingBody(stage), ...bodiesToAct(stage, proposal)])];
  const acting = actingFor(proposal, stage, bodies, actor, now, ['reviewer', 'committee-secretary']);
  if (!acting) throw new NotYourStage(stage.id, bodies);
  if (kind !== 'minutes' && kind !== 'other') {
    throw new AttachmentInvalid('kind', 'reviewing bodies attach minutes or other papers');
  }
  if (proposal.attachments.some((existing) => existing.id === id)) throw new AttachmentAlreadyExists(id);
  return [
    {
      type: 'DocumentAttached',
      data: {
        ...base,
        stageId: stage.id,
        attachedBy: actorRef(actor),
        actingFor: acting.actingFor,
        attachedAt: now,
      },
    },
  ];
};
