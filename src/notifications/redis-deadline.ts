export class RedisDidNotAnswer extends Error {
  constructor(what: string, ms: number) {
    super(`Redis did not answer within ${ms} ms (${what})`);
  }
}

/**
 * BullMQ waits for a connection rather than failing while Redis is away; a relay holding outbox rows
 * locked in a transaction must not wait with it, so every Redis call it makes gets a deadline.
 */
export const withinRedisDeadline = async <T>(what: string, work: Promise<T>, ms = 5_000): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RedisDidNotAnswer(what, ms)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
};
