import { Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../config/config';
import { ChainVerifier } from '../event-store/chain-verifier';
import { AuditCheckpointsModule } from './checkpoints/audit-checkpoints.module';
import { CheckpointRepository } from './checkpoints/checkpoint.repository';
import { AuditorConnections } from './access/auditor-data-source';
import { AuditExportController } from './http/audit-export.controller';
import { AuditVerifyController } from './http/audit-verify.controller';
import { AuditVerifier } from './verification/audit-verifier';
import { LatestCheckpointAudit } from './verification/latest-checkpoint-audit';

/** Verification of the record and signed checkpoints (the daily job runs where workers run). */
@Module({
  imports: [AuditCheckpointsModule],
  controllers: [AuditVerifyController, AuditExportController],
  providers: [
    {
      provide: AuditorConnections,
      inject: [DataSource],
      useFactory: (db: DataSource) => new AuditorConnections(db),
    },
    {
      provide: AuditVerifier,
      inject: [DataSource, ChainVerifier],
      useFactory: (db: DataSource, chain: ChainVerifier) => new AuditVerifier(db, chain),
    },
    {
      provide: LatestCheckpointAudit,
      inject: [AuditVerifier, CheckpointRepository, CONFIG],
      useFactory: (v: AuditVerifier, r: CheckpointRepository, c: Config) =>
        new LatestCheckpointAudit(v, r, c.audit.publicKey, c.audit.keyFingerprint),
    },
  ],
  exports: [AuditVerifier],
})
export class AuditModule implements OnModuleInit {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  onModuleInit(): void {
    if (this.config.audit.usingDevelopmentKey) {
      new Logger('Audit').warn(
        'AUDIT_SIGNING_KEY is unset: checkpoints are signed with the published development key and prove nothing',
      );
    }
  }
}
