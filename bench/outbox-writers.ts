import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { OutboxWriter, type OutboxMessage } from '../src/event-store/outbox.writer';

/** Rows per transaction: one event routed to five recipients, as a consultation opening is. */
export const PER_TRANSACTION = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const messages = (): OutboxMessage[] => {
  const eventId = randomUUID();
  const proposalId = randomUUID();
  return ['BTCTU', 'STC', 'STNMT', 'SYT', 'VPTU'].map((recipient) => ({
    id: randomUUID(),
    eventId,
    channel: 'in-app',
    recipient,
    payload: {
      channel: 'in-app',
      recipient,
      target: null,
      template: 'opinion-requested',
      language: 'vi',
      data: {
        proposalId,
        proposalTitle: 'Đề án sắp xếp các phòng chuyên môn thuộc Sở Nội vụ',
        proposalType: 'internal-restructuring',
        stageId: 'consultation',
        dueOn: '2026-01-15',
      },
    },
  }));
};

/**
 * Commits notifications through the event store's OutboxWriter (the notification hook writes the same
 * table with a statement of its own) and remembers when each one committed.
 */
export class OutboxWriters {
  readonly committedAt = new Map<string, number>();
  private readonly writer = new OutboxWriter();

  constructor(private readonly db: DataSource) {}

  /** One transaction of PER_TRANSACTION rows; the time taken once COMMIT has returned. */
  async commitOne(): Promise<void> {
    const batch = messages();
    await this.db.transaction((tx) => this.writer.add(tx, batch));
    const now = Date.now();
    for (const m of batch) this.committedAt.set(m.id, now);
  }

  /** `transactions` commits as fast as eight writers manage. */
  async commitAll(transactions: number): Promise<void> {
    let next = 0;
    const writer = async () => {
      while (next++ < transactions) await this.commitOne();
    };
    await Promise.all(Array.from({ length: 8 }, writer));
  }

  /** `transactions` commits started on a fixed schedule of `rowsPerSecond`, not waiting for each other. */
  async commitPaced(transactions: number, rowsPerSecond: number): Promise<void> {
    const started = Date.now();
    const gapMs = (PER_TRANSACTION * 1000) / rowsPerSecond;
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < transactions; i++) {
      const due = started + i * gapMs;
      if (due > Date.now()) await sleep(due - Date.now());
      inFlight.push(this.commitOne());
    }
    await Promise.all(inFlight);
  }
}
