/** The notification channels a delivery can take. */
export const CHANNELS = ['in-app', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

export type Language = 'vi' | 'en';

/** The templates routing can pick; each has a Vietnamese and an English rendering. */
export const TEMPLATES = [
  'stage-opened',
  'opinion-requested',
  'vote-opened',
  'revision-requested',
  'proposal-decided',
  'proposal-rejected',
  'proposal-withdrawn',
  'stage-delegated',
  'stage-reminder',
  'stage-escalation',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** What a template renders from: ids and display text only, never secrets. */
export interface NotificationData {
  proposalId: string;
  proposalTitle: string;
  proposalType: string;
  stageId?: string | null;
  stageTitle?: string | null;
  dueOn?: string | null;
  /** When the stage opened: a reminder or escalation for an earlier opening of it is stale. */
  stageOpenedAt?: string | null;
  outcome?: string | null;
  reason?: string | null;
  actorName?: string | null;
}

/**
 * One delivery job: one notification to one recipient (a body, an agency or a person) on one channel.
 * `deliveryId` is stable for (event, recipient, channel, template): it is the outbox row id, the queue
 * job id, the ledger key, and the e-mail Message-ID.
 */
export interface Delivery {
  deliveryId: string;
  eventId: string;
  channel: Channel;
  recipient: string;
  /** E-mail address or webhook URL; null for in-app. */
  target: string | null;
  template: TemplateName;
  language: Language;
  data: NotificationData;
}

/** Sends one delivery on its channel; throws to have the queue retry it. */
export interface ChannelSender {
  send(delivery: Delivery): Promise<void>;
}
