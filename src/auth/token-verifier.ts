import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import { CONFIG, type Config } from '../config/config';
import type { Actor } from '../shared/domain/actor';
import { InvalidToken, KeySetUnavailable } from './auth.errors';
import { actorFromClaims } from './token-claims';

/** Seconds of clock skew allowed between the issuer and this service for `exp`, `nbf` and `iat`. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** These mean "no key for this token"; every other failure of the key set is the issuer's. */
const TOKEN_KEY_ERRORS = new Set([errors.JWKSNoMatchingKey.code, errors.JWKSMultipleMatchingKeys.code]);

const remoteKeys = (url: string): JWTVerifyGetKey => {
  const jwks = createRemoteJWKSet(new URL(url));
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (err) {
      if (err instanceof errors.JOSEError && TOKEN_KEY_ERRORS.has(err.code)) throw err;
      throw new KeySetUnavailable({ cause: err });
    }
  };
};

/** Checks bearer tokens against the configured secret or JWKS and reads the actor from them. */
@Injectable()
export class TokenVerifier {
  private readonly key: JWTVerifyGetKey;
  private readonly options: JWTVerifyOptions;

  constructor(@Inject(CONFIG) config: Config) {
    const { keys, issuer, audience } = config.auth;
    this.key = keys.kind === 'secret' ? async () => keys.secret : remoteKeys(keys.url);
    this.options = {
      // Pinned per key source, so an HS256 token can never be checked against a public key.
      algorithms: keys.kind === 'secret' ? ['HS256'] : ['RS256', 'EdDSA'],
      issuer,
      audience,
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    };
  }

  /**
   * Verifies the signature, algorithm, expiry and, when configured, issuer and audience.
   * @throws InvalidToken when the token cannot be trusted or its claims are malformed
   * @throws KeySetUnavailable when the JWKS cannot be fetched
   */
  async verify(token: string): Promise<Actor> {
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, this.key, this.options));
    } catch (err) {
      if (err instanceof KeySetUnavailable) throw err;
      const reason =
        err instanceof errors.JWTExpired ? 'the token has expired' : 'the token could not be verified';
      throw new InvalidToken(reason, { cause: err });
    }
    return actorFromClaims(claims);
  }
}
