import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { OutboxRelay } from './outbox-relay';

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

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relay.relayBatch()) > 0);
    } catch (err) {
      // Redis or PostgreSQL away: the rows stay pending and the next tick tries again.
      this.log.warn({ err: (err as Error).message }, 'outbox relay could not hand over deliveries');
    }
    if (!this.listener && !this.stopped) await this.listen();
  }

  private async listen(): Promise<void> {
    try {
      const pool = (this.db.driver as unknown as { master: Pool }).master;
      const client = await pool.connect();
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
