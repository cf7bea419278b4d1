import type { KeyObject } from 'node:crypto';
import type { CheckpointRepository } from '../checkpoints/checkpoint.repository';
import type { AuditReport } from './audit-report';
import type { AuditVerifier } from './audit-verifier';

/**
 * Verification on demand inside the service: the chain, and the newest stored checkpoint of the
 * current key. A database administrator can delete stored checkpoints but cannot forge one, so this
 * catches what it can; the copies kept outside (`cli audit verify --checkpoint`) catch the rest.
 */
export class LatestCheckpointAudit {
  constructor(
    private readonly verifier: AuditVerifier,
    private readonly checkpoints: CheckpointRepository,
    private readonly trustedKey: KeyObject,
    private readonly keyFingerprint: string,
  ) {}

  async verify(streamId?: string): Promise<AuditReport> {
    const latest = await this.checkpoints.latestSignedBy(this.keyFingerprint);
    return this.verifier.verify({
      streamId,
      checkpoint: latest ? { document: latest.document, trustedKey: this.trustedKey } : undefined,
    });
  }
}
