import { Injectable } from '@nestjs/common';
import { queryPrepared, type PreparedStatement } from '../../database/prepared-query';
import type { AppendResult, Tx } from '../../event-store/event-store.types';
import { OutboxWriter, type OutboxMessage } from '../../event-store/outbox.writer';
import { proposalIdOf } from '../../proposals/application/proposal-stream';
import type { Proposal } from '../../proposals/domain/proposal.state';
import { ProposalReadModelProjection } from '../../proposals/projections/proposal-read-model.projection';
import type { Channel, Delivery, Language } from '../delivery';
import type { NotificationIntent } from '../routing/notification-intent';
import { routeEvent } from '../routing/route-event';
import { RoutingContextProvider } from '../routing/routing-context.provider';
import { deliveryIdOf } from './delivery-id';
import { snapshotOf } from './proposal-snapshot';

interface Endpoint {
  recipient: string;
  channel: Channel;
  target: string;
  language: Language;
}

const ENDPOINTS_OF: PreparedStatement = {
  name: 'notification_endpoints.of-recipients',
  text: 'SELECT recipient, channel, target, language FROM notification_endpoints WHERE recipient = ANY($1)',
};

/** Stored in outbox.payload: the delivery without its ids, which are the row's own columns. */
export type OutboxPayload = Omit<Delivery, 'deliveryId' | 'eventId'>;

/**
 * Routes each appended proposal event to outbox rows in the append's transaction: one in-app row per
 * recipient, plus one per registered e-mail or webhook endpoint. No event, no notification; and back.
 */
@Injectable()
export class NotificationOutbox {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly routing: RoutingContextProvider,
    private readonly readModel: ProposalReadModelProjection,
  ) {}

  async apply(tx: Tx, appended: AppendResult): Promise<void> {
    const proposalId = proposalIdOf(appended.streamId);
    if (!proposalId) return;
    const state = this.readModel.stateAfter(appended) ?? (await this.readState(tx, proposalId));
    if (!state || state.status === 'Empty') return;
    const snapshot = snapshotOf(state);
    const routed = appended.events.flatMap((e) =>
      routeEvent(
        { eventId: e.eventId, type: e.type, data: e.data as Record<string, unknown> },
        snapshot,
        this.routing,
      ).map((intent) => ({ eventId: e.eventId, intent })),
    );
    if (routed.length === 0) return;
    const endpoints = await queryPrepared<Endpoint>(tx, ENDPOINTS_OF, [
      [...new Set(routed.map((r) => r.intent.recipient))],
    ]);
    const messages = routed.flatMap(({ eventId, intent }) => [
      message(eventId, intent, {
        recipient: intent.recipient,
        channel: 'in-app',
        target: '',
        language: 'vi',
      }),
      ...endpoints
        .filter((ep) => ep.recipient === intent.recipient)
        .map((ep) => message(eventId, intent, ep)),
    ]);
    await this.outbox.add(tx, messages);
  }

  /** When the read model's hook did not run first (e.g. a test registers this hook alone). */
  private async readState(tx: Tx, proposalId: string): Promise<Proposal | undefined> {
    const [row]: { state: Proposal }[] = await tx.query(
      'SELECT state FROM proposals_v1 WHERE proposal_id = $1',
      [proposalId],
    );
    return row?.state;
  }
}

const message = (eventId: string, intent: NotificationIntent, ep: Endpoint): OutboxMessage => {
  const payload: OutboxPayload = {
    channel: ep.channel,
    recipient: intent.recipient,
    target: ep.channel === 'in-app' ? null : ep.target,
    template: intent.template,
    language: ep.language,
    data: intent.data,
  };
  return {
    id: deliveryIdOf(eventId, intent.recipient, ep.channel, intent.template),
    eventId,
    channel: ep.channel,
    recipient: intent.recipient,
    payload,
    ...(intent.notBefore ? { availableAt: new Date(intent.notBefore) } : {}),
  };
};
