import { Injectable } from '@nestjs/common';
import { queryPrepared, type PreparedStatement } from '../../database/prepared-query';
import {
  MOVED_HEAD,
  type AppendResult,
  type AppendStatementPart,
  type PlannedAppend,
  type Tx,
} from '../../event-store/event-store.types';
import { proposalIdOf } from '../../proposals/application/proposal-stream';
import type { Proposal, ProposalState } from '../../proposals/domain/proposal.state';
import { ProposalReadModelProjection } from '../../proposals/projections/proposal-read-model.projection';
import type { Delivery } from '../delivery';
import { routeEvent } from '../routing/route-event';
import { RoutingContextProvider } from '../routing/routing-context.provider';
import { snapshotOf } from './proposal-snapshot';

/** What routing decided for one event and recipient; the statement below makes its deliveries. */
interface RoutedIntent {
  eventId: string;
  recipient: string;
  template: string;
  data: unknown;
  availableAt: string | null;
}

/**
 * One row per intent for the in-app channel (in Vietnamese), plus one per e-mail or webhook endpoint
 * the recipient registered, looked up by this statement: one round trip, not a lookup and an insert.
 * Ids come from delivery_id_of, the SQL twin of deliveryIdOf; the payload is an OutboxPayload.
 */
const insertDeliveriesText = (join = '') => `
  WITH intent AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS r("eventId" text, recipient text, template text, data jsonb, "availableAt" timestamptz)
  ), delivery AS (
    SELECT i.*, 'in-app' AS channel, NULL::text AS target, 'vi' AS language FROM intent i
    UNION ALL
    SELECT i.*, ep.channel, ep.target, ep.language
      FROM intent i JOIN notification_endpoints ep ON ep.recipient = i.recipient
  )
  INSERT INTO outbox (id, event_id, channel, recipient, payload, available_at)
  SELECT delivery_id_of(d."eventId", d.recipient, d.channel, d.template), d."eventId"::uuid, d.channel,
         d.recipient,
         jsonb_build_object('channel', d.channel, 'recipient', d.recipient, 'target', d.target,
                            'template', d.template, 'language', d.language, 'data', d.data),
         COALESCE(d."availableAt", now())
    FROM delivery d${join}
  ON CONFLICT (id) DO NOTHING`;

const INSERT_DELIVERIES: PreparedStatement = {
  name: 'outbox.insert-deliveries',
  text: insertDeliveriesText(),
};

/** As a part of the live append's statement: only if the append moved its stream's head. */
const INSERT_DELIVERIES_AFTER_HEAD = insertDeliveriesText(`, ${MOVED_HEAD}`);

/** Stored in outbox.payload: the delivery without its ids, which are the row's own columns. */
export type OutboxPayload = Omit<Delivery, 'deliveryId' | 'eventId'>;

/**
 * Routes each appended proposal event to outbox rows in the append's transaction: one in-app row per
 * recipient, plus one per registered e-mail or webhook endpoint. No event, no notification; and back.
 */
@Injectable()
export class NotificationOutbox {
  constructor(
    private readonly routing: RoutingContextProvider,
    private readonly readModel: ProposalReadModelProjection,
  ) {}

  async apply(tx: Tx, appended: AppendResult): Promise<void> {
    const proposalId = proposalIdOf(appended.streamId);
    if (!proposalId) return;
    const state = this.readModel.stateAfter(appended) ?? (await this.readState(tx, proposalId));
    const intents = this.intentsFor(appended, state);
    if (intents.length > 0) await queryPrepared(tx, INSERT_DELIVERIES, [JSON.stringify(intents)]);
  }

  /** The deliveries as a part of the live append's statement, from the state the read model folded. */
  statementParts(planned: PlannedAppend): AppendStatementPart[] | null {
    if (!proposalIdOf(planned.streamId)) return [];
    const state = this.readModel.stateAfter(planned);
    if (!state) return null;
    const intents = this.intentsFor(planned, state);
    if (intents.length === 0) return [];
    return [
      { name: INSERT_DELIVERIES.name, text: INSERT_DELIVERIES_AFTER_HEAD, params: [JSON.stringify(intents)] },
    ];
  }

  private intentsFor(
    appended: AppendResult | PlannedAppend,
    state: ProposalState | undefined,
  ): RoutedIntent[] {
    if (!state || state.status === 'Empty') return [];
    const snapshot = snapshotOf(state);
    return appended.events.flatMap((e) =>
      routeEvent(
        { eventId: e.eventId, type: e.type, data: e.data as Record<string, unknown> },
        snapshot,
        this.routing,
      ).map((intent) => ({
        eventId: e.eventId,
        recipient: intent.recipient,
        template: intent.template,
        data: intent.data,
        availableAt: intent.notBefore ?? null,
      })),
    );
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
