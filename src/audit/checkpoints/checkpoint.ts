/** The format tag of a checkpoint document; a new shape gets a new tag, old files stay verifiable. */
export const CHECKPOINT_FORMAT = 'restructuring-approvals.audit-checkpoint.v1';

/** One stream's last covered event: lets a verifier name the stream and version that changed. */
export interface CheckpointHead {
  streamId: string;
  version: number;
  position: number;
  hash: string;
}

/** What the signature covers. */
export interface CheckpointBody {
  format: typeof CHECKPOINT_FORMAT;
  /**
   * Covered: the events of every transaction whose id (xid8, as text) is below this one. All of them
   * had finished when the checkpoint was taken, so the covered set can never legitimately change,
   * whereas "positions up to N" could still gain an event from a transaction committing late.
   */
  transactionHorizon: string;
  /** The highest covered global position (0 when nothing is covered). */
  globalPosition: number;
  eventCount: number;
  /** d_0 = 32 zero bytes, d_n = SHA-256(d_{n-1} || hash_n) over covered events in global position order. */
  digest: string;
  streamCount: number;
  /** SHA-256 of the canonical JSON of `heads`, so the unsigned list cannot be edited. */
  headsDigest: string;
  signedAt: string;
  keyFingerprint: string;
}

/** The document auditors keep (a file, a mail attachment) and the database stores. */
export interface SignedCheckpoint {
  checkpoint: CheckpointBody;
  heads: CheckpointHead[];
  signature: { algorithm: 'Ed25519'; value: string };
}

/** What a snapshot of the store yields before it is signed. */
export type StoreSnapshot = Pick<
  CheckpointBody,
  'transactionHorizon' | 'globalPosition' | 'eventCount' | 'digest'
> & { heads: CheckpointHead[] };
