import type { ConnectionOptions, JobsOptions } from 'bullmq';
import type { NotificationsConfig } from '../config/notifications.config';

export const NOTIFICATIONS_QUEUE = 'notifications';
export const DELIVER_JOB = 'deliver-notification';

/** Producers fail fast while Redis is away (the outbox keeps the work); workers wait for it. */
export const producerConnection = (url: string): ConnectionOptions => ({
  url,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2_000,
});

export const workerConnection = (url: string): ConnectionOptions => ({ url, maxRetriesPerRequest: null });

/** The delivery id is the job id: BullMQ ignores a second add of a job it still holds. */
export const deliveryJobOptions = (
  deliveryId: string,
  delayMs: number,
  c: NotificationsConfig,
): JobsOptions => ({
  jobId: deliveryId,
  delay: Math.max(0, delayMs),
  attempts: c.deliveryAttempts,
  backoff: { type: 'exponential', delay: c.deliveryBackoffMs },
  removeOnComplete: 1_000,
  removeOnFail: false,
});
