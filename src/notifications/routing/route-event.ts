import { localDate, type WorkingCalendar } from '../../shared/domain/working-calendar';
import type { NotificationData, TemplateName } from '../delivery';
import { escalationAt, reminderAt } from './deadline-times';
import {
  personRecipient,
  type NotificationIntent,
  type ProposalSnapshot,
  type Recipient,
  type RoutedEvent,
} from './notification-intent';

export interface RoutingContext {
  calendar: WorkingCalendar;
  /** Where escalations go besides the stage's presiding body: the Standing Committee's office. */
  standingCommitteeOffice: string;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const to = (
  recipients: Recipient[],
  template: TemplateName,
  data: NotificationData,
  notBefore?: string,
): NotificationIntent[] =>
  [...new Set(recipients)].map((recipient) => ({
    recipient,
    template,
    data,
    ...(notBefore ? { notBefore } : {}),
  }));

/** The lead agency and the coordinating agencies: whoever must learn of a return or a decision. */
const agencies = (p: ProposalSnapshot): Recipient[] => [p.leadAgency, ...p.coordinatingAgencies];

const stageOpened = (e: RoutedEvent, p: ProposalSnapshot, data: NotificationData, ctx: RoutingContext) => {
  const bodies = Array.isArray(e.data.bodies) ? (e.data.bodies as string[]) : [];
  const dueOn = str(e.data.dueOn);
  const openedAt = str(e.data.openedAt);
  const stage = p.stages.find((s) => s.id === data.stageId);
  const first = to(bodies, e.data.kind === 'consultation' ? 'opinion-requested' : 'stage-opened', data);
  if (!dueOn || !openedAt) return first;
  const presiding = stage ? [stage.reviewingBody] : [];
  return [
    ...first,
    ...to(bodies, 'stage-reminder', data, reminderAt(dueOn, localDate(openedAt), ctx.calendar)),
    ...to(
      [...presiding, ctx.standingCommitteeOffice],
      'stage-escalation',
      data,
      escalationAt(dueOn, ctx.calendar),
    ),
  ];
};

/** Pure: who must hear of this event, with which template, and from when. */
export const routeEvent = (
  e: RoutedEvent,
  p: ProposalSnapshot,
  ctx: RoutingContext,
): NotificationIntent[] => {
  const stageId = str(e.data.stageId);
  const data: NotificationData = {
    proposalId: p.proposalId,
    proposalTitle: p.title,
    proposalType: p.proposalType,
    stageId,
    stageTitle: p.stages.find((s) => s.id === stageId)?.title ?? null,
    dueOn: str(e.data.dueOn),
    stageOpenedAt: str(e.data.openedAt),
  };
  switch (e.type) {
    case 'StageOpened':
      return stageOpened(e, p, data, ctx);
    case 'VoteOpened':
      return to([String(e.data.body)], 'vote-opened', data);
    case 'RevisionRequested':
      return to(agencies(p), 'revision-requested', { ...data, reason: str(e.data.reason) });
    case 'ProposalApproved':
      return to(agencies(p), 'proposal-decided', { ...data, outcome: 'approved' });
    case 'ProposalNotApproved':
      return to(agencies(p), 'proposal-decided', { ...data, outcome: 'not-approved' });
    case 'ProposalRejected':
      return to(agencies(p), 'proposal-rejected', { ...data, reason: str(e.data.reason) });
    case 'ProposalWithdrawn': {
      const reviewers = p.stages.map((s) => s.reviewingBody);
      return to([...p.coordinatingAgencies, ...reviewers], 'proposal-withdrawn', {
        ...data,
        reason: str(e.data.reason),
      });
    }
    case 'StageDelegated': {
      const delegate = e.data.delegate as { id: string; name: string };
      const holder = e.data.holder as { name?: string } | undefined;
      return to([personRecipient(delegate.id)], 'stage-delegated', {
        ...data,
        actorName: holder?.name ?? null,
      });
    }
    default:
      return [];
  }
};
