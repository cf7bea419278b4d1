import type { NotificationData, TemplateName } from '../delivery';

/** A recipient is an org code (body or agency) or one person, written `user:<subject>`. */
export type Recipient = string;

export const personRecipient = (subject: string): Recipient => `user:${subject}`;

/** Who should hear what about one event, before channels and addresses are known. */
export interface NotificationIntent {
  recipient: Recipient;
  template: TemplateName;
  data: NotificationData;
  /** Not to be sent before this instant (reminders, escalations); absent: at once. */
  notBefore?: string;
}

/** What routing needs to know about the proposal an event belongs to, after the event. */
export interface ProposalSnapshot {
  proposalId: string;
  title: string;
  proposalType: string;
  leadAgency: string;
  coordinatingAgencies: string[];
  stages: { id: string; kind: string; title: string; reviewingBody: string }[];
}

/** The event being routed: its id and its payload as stored. */
export interface RoutedEvent {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
}
