import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../shared/clock';
import { localDate } from '../../shared/domain/working-calendar';
import { ACTION_PROGRAM_18 } from '../data/action-program';
import type { GuidanceRecord } from '../domain/deadline';
import { recordGuidance } from '../domain/guidance';
import { GuidanceRecords } from './guidance-records';
import { RecordGuidanceCommand } from './record-guidance.command';

@CommandHandler(RecordGuidanceCommand)
export class RecordGuidanceHandler implements ICommandHandler<RecordGuidanceCommand> {
  constructor(
    private readonly records: GuidanceRecords,
    private readonly clock: Clock,
  ) {}

  async execute({ taskId, guidance, reason, actor }: RecordGuidanceCommand): Promise<GuidanceRecord> {
    const now = this.clock.now().toISOString();
    const record = recordGuidance(ACTION_PROGRAM_18, {
      taskId,
      ...guidance,
      reason,
      recordedBy: { id: actor.id, name: actor.name },
      recordedAt: now,
      today: localDate(now),
    });
    await this.records.append(record);
    return record;
  }
}
