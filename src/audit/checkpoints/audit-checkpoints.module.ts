import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../config/config';
import { Clock } from '../../shared/clock';
import { CheckpointIssuer } from './checkpoint-issuer';
import { mailSettingsOf } from './checkpoint-mailer';
import { CheckpointScheduler } from './checkpoint-scheduler';
import { CheckpointSigner } from './checkpoint-signer';
import { CheckpointRepository } from './checkpoint.repository';
import { CheckpointWorker } from './checkpoint.worker';

/** Signing, storing and (in a worker process) the daily issuing of checkpoints. */
@Module({
  providers: [
    {
      provide: CheckpointSigner,
      inject: [CONFIG],
      useFactory: (c: Config) => new CheckpointSigner(c.audit.signingKey, c.audit.publicKey),
    },
    {
      provide: CheckpointRepository,
      inject: [DataSource],
      useFactory: (db: DataSource) => new CheckpointRepository(db),
    },
    {
      provide: CheckpointIssuer,
      inject: [DataSource, CheckpointSigner, CheckpointRepository, Clock],
      useFactory: (db: DataSource, s: CheckpointSigner, r: CheckpointRepository, clock: Clock) =>
        new CheckpointIssuer(db, s, r, clock),
    },
    {
      provide: CheckpointWorker,
      inject: [CheckpointIssuer, CheckpointRepository, CONFIG],
      useFactory: (issuer: CheckpointIssuer, r: CheckpointRepository, c: Config) =>
        new CheckpointWorker(issuer, r, mailSettingsOf(c), c.audit.publicKey),
    },
    CheckpointScheduler,
  ],
  exports: [CheckpointSigner, CheckpointRepository, CheckpointIssuer],
})
export class AuditCheckpointsModule {}
