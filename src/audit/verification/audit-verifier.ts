import type { KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ChainVerifier } from '../../event-store/chain-verifier';
import type { SignedCheckpoint } from '../checkpoints/checkpoint';
import { CheckpointRejected } from '../checkpoints/checkpoint-rejected';
import { verifyCheckpoint } from '../checkpoints/checkpoint-signer';
import type { AuditReport } from './audit-report';
import { compareWithCheckpoint } from './checkpoint-comparison';

export interface AuditOptions {
  streamId?: string;
  /** A checkpoint document as kept (untrusted until verified) and the key it must be signed with. */
  checkpoint?: { document: unknown; trustedKey: KeyObject };
}

/**
 * The keyed hash chain proves each stream is what the service wrote, but not that nothing was cut
 * off at the end; a signed checkpoint proves that. The chain's first broken link wins, since it
 * names the exact event; the checkpoint is still compared, so the report shows both.
 */
export class AuditVerifier {
  constructor(
    private readonly db: DataSource,
    private readonly chain: ChainVerifier,
  ) {}

  async verify(options: AuditOptions = {}): Promise<AuditReport> {
    let signed: SignedCheckpoint | null = null;
    try {
      const { document, trustedKey } = options.checkpoint ?? {};
      if (trustedKey) signed = verifyCheckpoint(document, trustedKey);
    } catch (err) {
      if (!(err instanceof CheckpointRejected)) throw err;
      return rejected(err.message);
    }
    const chain = await this.chain.verify({ streamId: options.streamId });
    const compared = signed ? await compareWithCheckpoint(this.db, signed, options.streamId) : null;
    const firstBrokenLink = chain.firstBrokenLink ?? compared?.firstBrokenLink ?? null;
    return {
      ok: firstBrokenLink === null,
      eventsChecked: chain.eventsChecked,
      streamsChecked: chain.streamsChecked,
      firstBrokenLink,
      checkpoint: compared?.outcome ?? null,
    };
  }
}

/** A checkpoint that cannot be trusted is a finding in itself; nothing is compared with it. */
const rejected = (detail: string): AuditReport => ({
  ok: false,
  eventsChecked: 0,
  streamsChecked: 0,
  firstBrokenLink: { streamId: null, version: null, position: null, reason: 'checkpoint-rejected', detail },
  checkpoint: null,
});
