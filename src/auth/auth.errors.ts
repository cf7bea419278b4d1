/** The bearer token cannot be trusted or read; `reason` is safe to show to the caller. */
export class InvalidToken extends Error {
  override name = 'InvalidToken';

  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`invalid bearer token: ${reason}`, options);
  }
}

/** The issuer's key set could not be fetched or read: the caller is not at fault. */
export class KeySetUnavailable extends Error {
  override name = 'KeySetUnavailable';

  constructor(options?: { cause?: unknown }) {
    super('the JSON Web Key Set is unavailable', options);
  }
}
