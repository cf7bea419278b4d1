import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '../event-store/outbox.writer';

@Injectable()
export class OutboxHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const session = this.indicators.check(key);
    try {
      const { pending, oldestPendingSeconds } = await this.outbox.pendingCount(this.dataSource);
      return session.up({ backlog: pending, oldestPendingSeconds });
    } catch (err) {
      return session.down({ message: (err as Error).message });
    }
  }
}
