import { CHECKPOINT_FORMAT, type SignedCheckpoint } from './checkpoint';
import { CheckpointRejected } from './checkpoint-rejected';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isHex64: Check = (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isCount: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const BODY: Record<string, Check> = {
  format: (v) => v === CHECKPOINT_FORMAT,
  transactionHorizon: (v) => typeof v === 'string' && /^\d+$/.test(v),
  globalPosition: isCount,
  eventCount: isCount,
  digest: isHex64,
  streamCount: isCount,
  headsDigest: isHex64,
  signedAt: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  keyFingerprint: isString,
};

const HEAD: Record<string, Check> = {
  streamId: isString,
  version: isCount,
  position: isCount,
  hash: isHex64,
};

const fieldsHold = (value: unknown, checks: Record<string, Check>): value is Record<string, unknown> =>
  isObject(value) && Object.entries(checks).every(([field, check]) => check(value[field]));

/** The shape of a checkpoint file, checked field by field before any of it is believed. */
export const parseCheckpointDocument = (document: unknown): SignedCheckpoint => {
  if (!isObject(document)) throw new CheckpointRejected('not a checkpoint document (expected a JSON object)');
  const { checkpoint, heads, signature } = document;
  if (!fieldsHold(checkpoint, BODY)) throw new CheckpointRejected(`not a ${CHECKPOINT_FORMAT} document`);
  if (!Array.isArray(heads) || !heads.every((h) => fieldsHold(h, HEAD)))
    throw new CheckpointRejected('the checkpoint has no valid list of stream heads');
  if (!isObject(signature) || signature.algorithm !== 'Ed25519' || !isString(signature.value))
    throw new CheckpointRejected('the checkpoint carries no Ed25519 signature');
  // Only the known fields are kept, so whatever else the file holds cannot slip past the signature.
  const body = Object.fromEntries(Object.keys(BODY).map((field) => [field, checkpoint[field]]));
  return {
    checkpoint: body as unknown as SignedCheckpoint['checkpoint'],
    heads: heads.map((h) => ({
      streamId: h.streamId as string,
      version: h.version as number,
      position: h.position as number,
      hash: h.hash as string,
    })),
    signature: { algorithm: 'Ed25519', value: signature.value as string },
  };
};
