import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { poolOf, type OutboxRelay } from './outbox-relay';

export interface RelayLog {
  warn(obj: object, msg: string): void;
}

/**
 * Runs the relay whenever PostgreSQL NOTIFYs a new outbox row, and on a timer as well, since a
 * NOTIFY is lost while the listening connection is down. One drain at a time per process.
 */
export class OutboxRelayRunner {
  private listener: PoolClient | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly db: DataSource,
    private readonly pollMs: number,
    private readonly log: RelayLog,
  ) {}

  async start(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    this.listener?.release(true);
    this.listener = null;
  }

  /**
   * Two lanes drain side by side as two relays would, SKIP LOCKED keeping their batches apart, so that
   * one lane's claim and marking overlap the other's wait on Redis. The first runs on the listening
   * connection, which the relay holds anyway: a pool the writers keep busy made each drain wait for a
   * connection before it could start.
   */
  private async drain(): Promise<void> {
    const failures = await Promise.all([this.drainLane(this.listener), this.drainLane(null)]);
    const failure = failures.find((err) => err !== null);
    // Redis or PostgreSQL away: the rows stay pending and the next tick tries again.
    if (failure) this.log.warn({ err: failure.message }, 'outbox relay could not hand over deliveries');
    if (!this.listener && !this.stopped) await this.listen();
  }

  /** A lane without a held connection takes one from the pool until it finds nothing more. */
  private async drainLane(held: PoolClient | null): Promise<Error | null> {
    let lane = held;
    let failure: Error | null = null;
    try {
      lane ??= await poolOf(this.db).connect();
      while (!this.stopped && (await this.relay.relayBatch(lane)) > 0);
    } catch (err) {
      failure = err as Error;
    }
    if (lane && lane !== held) lane.release(); // the pool drops a broken one itself
    return failure;
  }

  private async listen(): Promise<void> {
    try {
      const client = await poolOf(this.db).connect();
      client.on('notification', () => this.wake());
      client.on('error', () => {
        if (this.listener === client) this.listener = null;
        client.release(true);
      });
      await client.query('LISTEN outbox');
      this.listener = client;
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'outbox relay is polling only: LISTEN failed');
    }
  }
}
