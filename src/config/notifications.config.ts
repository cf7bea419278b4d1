import { envOf, invalid, wrapEnvErrors, type Env } from './env';

export interface NotificationsConfig {
  /** smtp:// or smtps:// URL of the mail relay; null: e-mail deliveries fail until it is set. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Hosts (names or IP addresses) a webhook may reach even when they resolve to private ranges. */
  webhookAllowedHosts: string[];
  webhookTimeoutMs: number;
  /** A delivery enqueued but not confirmed after this long is enqueued again by the sweeper. */
  redeliverAfterMs: number;
  /** How often the relay looks for pending rows when no NOTIFY wakes it. */
  relayPollMs: number;
  /** Tries per delivery before it lands in the failed set, and the first retry's delay (doubling). */
  deliveryAttempts: number;
  deliveryBackoffMs: number;
  /** Reminders due within this window are handed to BullMQ as delayed jobs. */
  enqueueHorizonMs: number;
  /** BullMQ key prefix: deployments (and test runs) sharing one Redis keep their queues apart. */
  queuePrefix: string;
  /** A job held by a worker that died is taken again after about this long. */
  deliveryLockMs: number;
}

export const loadNotificationsConfig = (env: Env): NotificationsConfig =>
  wrapEnvErrors(() => {
    const e = envOf(env);
    const smtpUrl = e.get('SMTP_URL').asString() || null;
    if (smtpUrl && !/^smtps?:\/\/./.test(smtpUrl))
      invalid('SMTP_URL', 'should be an smtp:// or smtps:// URL');
    return {
      smtpUrl,
      mailFrom: e.get('MAIL_FROM').default('Restructuring Approvals <no-reply@localhost>').asString(),
      webhookAllowedHosts: (e.get('WEBHOOK_ALLOWED_HOSTS').asString() ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      webhookTimeoutMs: e.get('WEBHOOK_TIMEOUT_MS').default('10000').asIntPositive(),
      redeliverAfterMs: e.get('REDELIVER_AFTER_MS').default('300000').asIntPositive(),
      relayPollMs: e.get('RELAY_POLL_MS').default('1000').asIntPositive(),
      deliveryAttempts: e.get('DELIVERY_ATTEMPTS').default('6').asIntPositive(),
      deliveryBackoffMs: e.get('DELIVERY_BACKOFF_MS').default('2000').asIntPositive(),
      enqueueHorizonMs: e.get('ENQUEUE_HORIZON_MS').default('900000').asIntPositive(),
      queuePrefix: e.get('QUEUE_PREFIX').default('ra').asString(),
      deliveryLockMs: e.get('DELIVERY_LOCK_MS').default('30000').asIntPositive(),
    };
  });
