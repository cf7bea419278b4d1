import type { KeyObject } from 'node:crypto';
import { CheckpointIssuer } from '../../../src/audit/checkpoints/checkpoint-issuer';
import { CheckpointSigner } from '../../../src/audit/checkpoints/checkpoint-signer';
import { CheckpointRepository } from '../../../src/audit/checkpoints/checkpoint.repository';
import type { SignedCheckpoint } from '../../../src/audit/checkpoints/checkpoint';
import { SystemClock } from '../../../src/shared/clock';
import { eventStoreFixture } from '../../support/event-store-fixture';
import { createScratchDatabase } from '../../support/scratch-database';
import { databaseUrlFor } from '../../support/test-env';
import { untilHorizonPassesEvents } from '../../support/transaction-horizon';

export { untilHorizonPassesEvents };
import { streamName } from './tampering-kit';

const opinions = (count: number) =>
  Array.from({ length: count }, (_, k) => ({
    type: 'OpinionGiven',
    data: { body: 'Sở Nội vụ', opinion: 'agree', note: `Hòa ${k}`, figures: { before: 12, after: 10 } },
  }));

/** A migrated scratch database holding `streams` × `perStream` events, appended through the real store. */
export const seedStore = async (label: string, streams: number, perStream: number): Promise<string> => {
  const name = await createScratchDatabase(label);
  const f = await eventStoreFixture({ url: databaseUrlFor(name), poolSize: 4 });
  try {
    // Few large transactions: the seed sets the stage, it measures nothing.
    for (let i = 0; i < streams; i += 50) {
      await f.store.transaction(async (tx) => {
        for (let s = i; s < Math.min(i + 50, streams); s++)
          await f.store.append(streamName(s), opinions(perStream), { expectedVersion: 'no-stream', tx });
      });
    }
  } finally {
    await f.close();
  }
  return name;
};

/** A checkpoint covering every event of `database`, signed with `keys` and stored there. */
export const issueCoveringCheckpoint = async (
  database: string,
  keys: { privateKey: KeyObject; publicKey: KeyObject },
): Promise<SignedCheckpoint> => {
  const f = await eventStoreFixture({ url: databaseUrlFor(database), poolSize: 2 });
  try {
    await untilHorizonPassesEvents(f.dataSource);
    const signer = new CheckpointSigner(keys.privateKey, keys.publicKey);
    const repository = new CheckpointRepository(f.dataSource);
    return (await new CheckpointIssuer(f.dataSource, signer, repository, new SystemClock()).issue()).signed;
  } finally {
    await f.close();
  }
};
