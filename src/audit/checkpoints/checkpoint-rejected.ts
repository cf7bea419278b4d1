/** Why a checkpoint cannot be trusted: malformed, not signed by the trusted key, or edited. */
export class CheckpointRejected extends Error {
  override name = 'CheckpointRejected';
}
