import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../config/config';
import { Clock } from '../shared/clock';
import { EmailSender } from './channels/email.sender';
import { WebhookSender } from './channels/webhook.sender';
import { NotificationsModule } from './notifications.module';
import { NOTIFICATION_QUEUE_TOKEN } from './notification-queue.token';
import { workerConnection } from './notification-queue';
import { OutboxRelay } from './relay/outbox-relay';
import { OutboxRelayRunner } from './relay/outbox-relay.runner';
import { DeliveryLedger } from './worker/delivery-ledger';
import { DeliveryWorker } from './worker/delivery.worker';
import { InAppSender } from './worker/in-app.sender';
import { webhookSecretOf } from './worker/webhook-secrets';

/** The relay and the delivery worker: in `npm start` with RUN_WORKERS, and alone in `start:worker`. */
@Module({
  imports: [NotificationsModule],
  providers: [
    { provide: DeliveryLedger, inject: [DataSource], useFactory: (db: DataSource) => new DeliveryLedger(db) },
    {
      provide: OutboxRelayRunner,
      inject: [DataSource, NOTIFICATION_QUEUE_TOKEN, Clock, CONFIG, PinoLogger],
      useFactory: (db: DataSource, queue: Queue, clock: Clock, c: Config, log: PinoLogger) =>
        new OutboxRelayRunner(
          new OutboxRelay(db, queue, clock, c.notifications),
          db,
          c.notifications.relayPollMs,
          log,
        ),
    },
    {
      provide: DeliveryWorker,
      inject: [DataSource, DeliveryLedger, CONFIG],
      useFactory: (db: DataSource, ledger: DeliveryLedger, c: Config) =>
        new DeliveryWorker(db, ledger, {
          'in-app': new InAppSender(db, ledger),
          email: new EmailSender(c.notifications),
          webhook: new WebhookSender({
            timeoutMs: c.notifications.webhookTimeoutMs,
            allowedHosts: c.notifications.webhookAllowedHosts,
            secretFor: (recipient) => webhookSecretOf(db, recipient),
          }),
        }),
    },
  ],
})
export class NotificationWorkersModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelayRunner,
    private readonly worker: DeliveryWorker,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { queuePrefix, deliveryLockMs } = this.config.notifications;
    this.worker.start(workerConnection(this.config.redis.url), queuePrefix, deliveryLockMs);
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.worker.stop();
  }
}
