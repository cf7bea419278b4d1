import { Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CONFIG, type Config } from '../config/config';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import { PROPOSAL_STREAM_PREFIX } from '../proposals/application/proposal-stream';
import { ProposalsModule } from '../proposals/proposals.module';
import { vietnamWorkingCalendar } from '../shared/calendar/vietnam-holidays';
import { closeWithin } from './close-within';
import { AdminDeliveriesController } from './http/admin-deliveries.controller';
import { NotificationEndpointsController } from './http/notification-endpoints.controller';
import { NotificationsController } from './http/notifications.controller';
import { NOTIFICATIONS_QUEUE, producerConnection } from './notification-queue';
import { NOTIFICATION_QUEUE_TOKEN } from './notification-queue.token';
import { DeliveryAdmin } from './application/delivery-admin';
import { NotificationInbox } from './application/notification-inbox';
import { EndpointRegistry } from './application/endpoint-registry';
import { NotificationOutbox } from './outbox/notification-outbox';
import { RoutingContextProvider } from './routing/routing-context.provider';

/**
 * What every API process needs: routing appended events into the outbox (after the read model, hence
 * the import of ProposalsModule), the in-app and admin routes, and a producer handle on the queue.
 */
@Module({
  imports: [ProposalsModule],
  controllers: [NotificationsController, AdminDeliveriesController, NotificationEndpointsController],
  providers: [
    {
      provide: NOTIFICATION_QUEUE_TOKEN,
      inject: [CONFIG],
      useFactory: (c: Config) =>
        new Queue(NOTIFICATIONS_QUEUE, {
          connection: producerConnection(c.redis.url),
          prefix: c.notifications.queuePrefix,
        }).on('error', () => undefined),
    },
    {
      provide: RoutingContextProvider,
      useFactory: () => new RoutingContextProvider(vietnamWorkingCalendar(), 'VPTU'),
    },
    NotificationOutbox,
    NotificationInbox,
    DeliveryAdmin,
    EndpointRegistry,
  ],
  exports: [NOTIFICATION_QUEUE_TOKEN],
})
export class NotificationsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly outbox: NotificationOutbox,
    @Inject(NOTIFICATION_QUEUE_TOKEN) private readonly queue: Queue,
  ) {}

  onModuleInit(): void {
    this.store.onAppend((tx, appended) => this.outbox.apply(tx, appended), {
      streamPrefix: PROPOSAL_STREAM_PREFIX,
      parts: (planned) => this.outbox.statementParts(planned),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await closeWithin(3_000, () => this.queue.close());
  }
}
