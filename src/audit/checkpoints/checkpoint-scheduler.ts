import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config';
import { RepeatableJobHost } from '../../shared/repeatable-job-host';
import { AUDIT_CHECKPOINTS_QUEUE, enqueueCheckpointMail, scheduleDailyCheckpoint } from './checkpoint-queue';
import { CheckpointWorker } from './checkpoint.worker';

/** In a process that runs workers: keeps the daily checkpoint scheduled and runs its jobs. */
@Injectable()
export class CheckpointScheduler extends RepeatableJobHost {
  constructor(@Inject(CONFIG) config: Config, worker: CheckpointWorker) {
    super(config, {
      queueName: AUDIT_CHECKPOINTS_QUEUE,
      logContext: 'AuditCheckpoints',
      description: 'the daily audit checkpoint',
      schedule: (queue) => scheduleDailyCheckpoint(queue, config.audit),
      process: (job, queue) => worker.process(job, (id) => enqueueCheckpointMail(queue, id)),
    });
  }
}
