import { generateKeyPairSync } from 'node:crypto';
import type { SignedCheckpoint } from '../../../src/audit/checkpoints/checkpoint';
import { CheckpointSigner } from '../../../src/audit/checkpoints/checkpoint-signer';
import { AuditVerifier } from '../../../src/audit/verification/audit-verifier';
import { eventStoreFixture } from '../../support/event-store-fixture';
import { createScratchDatabase, dropScratchDatabase, tamperWith } from '../../support/scratch-database';
import { databaseUrlFor } from '../../support/test-env';
import { judgeTrial, KIND_COUNT, randomTampering } from './random-tampering';
import { seedStore, issueCoveringCheckpoint } from './seeded-store';
import { EVENTS_PER_STREAM, STREAMS, seededRandom, type Tampering } from './tampering-kit';

const SEED = Number(process.env.AUDIT_TAMPER_SEED ?? 20180118); // set it to replay a failing run
const TRIALS = 50;
describe(`Audit verification of a 10,000-event store (tampering seed ${SEED})`, () => {
  const keys = generateKeyPairSync('ed25519');
  let seeded: string;
  let checkpoint: SignedCheckpoint;

  beforeAll(async () => {
    seeded = await seedStore('audit_seed', STREAMS, EVENTS_PER_STREAM);
    checkpoint = await issueCoveringCheckpoint(seeded, keys);
  }, 120_000);

  afterAll(() => dropScratchDatabase(seeded));

  const verify = async (database: string, document: unknown, alsoWithoutCheckpoint: boolean) => {
    const f = await eventStoreFixture({ url: databaseUrlFor(database), poolSize: 2 });
    try {
      const verifier = new AuditVerifier(f.dataSource, f.verifier);
      const withCheckpoint = await verifier.verify({ checkpoint: { document, trustedKey: keys.publicKey } });
      return { withCheckpoint, chainOnly: alsoWithoutCheckpoint ? await verifier.verify() : null };
    } finally {
      await f.close();
    }
  };

  /**
   * A fresh copy, tampered with, verified with the checkpoint and, where the checkpoint is what
   * catches it (or nothing was done), also without; then dropped.
   */
  const verifyCopy = async (tampering: Tampering | null) => {
    const copy = await createScratchDatabase('audit_copy', seeded);
    try {
      const expected = tampering && (await tamperWith(copy, (rogue) => tampering.apply(rogue)));
      const both = !expected || expected.chainMisses || expected.digestDiffers;
      return { expected, ...(await verify(copy, checkpoint, both)) };
    } finally {
      await dropScratchDatabase(copy);
    }
  };

  it('finds the untouched copy intact, with and without the checkpoint', async () => {
    expect(checkpoint.checkpoint).toMatchObject({ eventCount: 10_000, streamCount: STREAMS });
    const { chainOnly, withCheckpoint } = await verifyCopy(null);
    const intact = { ok: true, eventsChecked: 10_000, streamsChecked: STREAMS, firstBrokenLink: null };
    expect(chainOnly).toEqual({ ...intact, checkpoint: null });
    expect(withCheckpoint).toMatchObject({ ...intact, checkpoint: { matches: true, eventCount: 10_000 } });
  });

  it('rejects a checkpoint that was edited or signed with another key', async () => {
    const edited = { ...checkpoint, checkpoint: { ...checkpoint.checkpoint, eventCount: 9_990 } };
    const forged = {
      ...checkpoint,
      signature: { algorithm: 'Ed25519', value: Buffer.alloc(64).toString('base64') },
    };
    const otherKey = generateKeyPairSync('ed25519');
    const foreign = new CheckpointSigner(otherKey.privateKey, otherKey.publicKey).sign(
      { ...checkpoint.checkpoint, heads: checkpoint.heads },
      new Date(),
    );
    // Rejected before the store is read, so the untouched seed itself serves.
    for (const document of [edited, forged, foreign, { hello: 'world' }]) {
      const { withCheckpoint } = await verify(seeded, document, false);
      expect(withCheckpoint).toMatchObject({
        ok: false,
        eventsChecked: 0,
        firstBrokenLink: { reason: 'checkpoint-rejected' },
        checkpoint: null,
      });
    }
  });

  it(`detects ${TRIALS} of ${TRIALS} random tamperings at the right stream and version`, async () => {
    const random = seededRandom(SEED);
    const failures: string[] = [];
    const seenOnlyThroughCheckpoint: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const tampering = randomTampering(trial, random);
      const { expected, chainOnly, withCheckpoint } = await verifyCopy(tampering);
      const failure = judgeTrial(expected!, chainOnly, withCheckpoint);
      if (failure) failures.push(`#${trial} ${tampering.label}: ${failure}`);
      else if (expected!.chainMisses) seenOnlyThroughCheckpoint.push(tampering.label);
    }
    expect(failures).toEqual([]);
    expect(seenOnlyThroughCheckpoint.length).toBeGreaterThanOrEqual(Math.floor(TRIALS / KIND_COUNT));
  }, 150_000);
});
