/** Nest token of the producer handle on the notifications queue. */
export const NOTIFICATION_QUEUE_TOKEN = Symbol('NOTIFICATION_QUEUE');
