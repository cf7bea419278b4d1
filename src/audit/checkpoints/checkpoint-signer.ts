import { sign, verify, type KeyObject } from 'node:crypto';
import { fingerprintOf } from '../../config/audit.config';
import { canonicalJson } from '../../shared/domain/canonical-json';
import {
  CHECKPOINT_FORMAT,
  type CheckpointBody,
  type SignedCheckpoint,
  type StoreSnapshot,
} from './checkpoint';
import { digestOfHeads } from './running-digest';
import { parseCheckpointDocument } from './checkpoint-document';
import { CheckpointRejected } from './checkpoint-rejected';

/** Signs snapshots with the service's Ed25519 key (Node's crypto: `sign(null, ...)` is pure Ed25519). */
export class CheckpointSigner {
  readonly keyFingerprint: string;

  constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {
    this.keyFingerprint = fingerprintOf(publicKey);
  }

  sign(snapshot: StoreSnapshot, signedAt: Date): SignedCheckpoint {
    const { heads, transactionHorizon, globalPosition, eventCount, digest } = snapshot;
    const checkpoint: CheckpointBody = {
      format: CHECKPOINT_FORMAT,
      transactionHorizon,
      globalPosition,
      eventCount,
      digest,
      streamCount: heads.length,
      headsDigest: digestOfHeads(heads),
      signedAt: signedAt.toISOString(),
      keyFingerprint: this.keyFingerprint,
    };
    const value = sign(null, Buffer.from(canonicalJson(checkpoint)), this.privateKey).toString('base64');
    return { checkpoint, heads, signature: { algorithm: 'Ed25519', value } };
  }
}

/**
 * Checks an untrusted document against a key the verifier already trusts (never one the document
 * brings along) and returns it typed; throws CheckpointRejected naming the first failed check.
 */
export const verifyCheckpoint = (document: unknown, trustedKey: KeyObject): SignedCheckpoint => {
  const signed = parseCheckpointDocument(document);
  const { checkpoint, heads, signature } = signed;
  const trusted = fingerprintOf(trustedKey);
  if (checkpoint.keyFingerprint !== trusted) {
    throw new CheckpointRejected(
      `signed by key ${checkpoint.keyFingerprint}, but the trusted key is ${trusted}`,
    );
  }
  const payload = Buffer.from(canonicalJson(checkpoint));
  if (!verify(null, payload, trustedKey, Buffer.from(signature.value, 'base64'))) {
    throw new CheckpointRejected('the signature does not verify: the checkpoint was altered or forged');
  }
  if (digestOfHeads(heads) !== checkpoint.headsDigest || heads.length !== checkpoint.streamCount) {
    throw new CheckpointRejected('the stream heads do not match the signed heads digest');
  }
  return signed;
};
