/**
 * Waits for `close` at most `ms`. BullMQ's close waits for Redis to answer; with Redis away a process
 * asked to stop would otherwise hang, and its work is safe anyway (the outbox still holds it).
 */
export const closeWithin = async (ms: number, close: () => Promise<unknown>): Promise<void> => {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    close().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
};
