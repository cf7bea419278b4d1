import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock';
import type { SignedCheckpoint } from './checkpoint';
import type { CheckpointRepository } from './checkpoint.repository';
import type { CheckpointSigner } from './checkpoint-signer';
import { currentTransactionHorizon, snapshotBelow } from './store-snapshot';

/** Takes a snapshot of the store up to the current transaction horizon, signs it and stores it. */
export class CheckpointIssuer {
  constructor(
    private readonly db: DataSource,
    private readonly signer: CheckpointSigner,
    private readonly repository: CheckpointRepository,
    private readonly clock: Clock,
  ) {}

  async issue(): Promise<{ id: number; signed: SignedCheckpoint }> {
    const snapshot = await snapshotBelow(this.db, await currentTransactionHorizon(this.db));
    const signed = this.signer.sign(snapshot, this.clock.now());
    return { id: await this.repository.insert(signed), signed };
  }
}
