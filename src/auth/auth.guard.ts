import {
  ForbiddenException,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { IS_PUBLIC } from '../http/public.decorator';
import type { Actor, Role } from '../shared/domain/actor';
import { ROLES_KEY } from './auth.decorators';
import { InvalidToken, KeySetUnavailable } from './auth.errors';
import { TokenVerifier } from './token-verifier';

/** RFC 6750 b64token after the (case-insensitive) scheme. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

const unauthenticated = (res: Response, detail: string, challenge: string) => {
  res.setHeader('WWW-Authenticate', challenge);
  return new UnauthorizedException({
    code: 'AUTH.UNAUTHENTICATED',
    title: 'Authentication required',
    detail,
  });
};

/**
 * Default deny: every route needs a valid bearer token unless marked `@Public()`; a route or
 * controller marked `@Roles(...)` also needs one of those roles (the method's list wins over the
 * class's; an empty list admits nobody). Sets `req.actor` for `@CurrentActor()`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (context.getType() !== 'http') return false;

    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const res = context.switchToHttp().getResponse<Response>();
    const token = BEARER.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw unauthenticated(res, 'An "Authorization: Bearer <token>" header is required', 'Bearer');
    const actor = await this.authenticate(token, res);
    req.actor = actor;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && !required.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenException({
        code: 'AUTH.FORBIDDEN_ROLE',
        title: 'Your roles do not allow this',
        detail: `This needs one of the roles: ${required.join(', ')}`,
      });
    }
    return true;
  }

  private async authenticate(token: string, res: Response): Promise<Actor> {
    try {
      return await this.verifier.verify(token);
    } catch (err) {
      if (err instanceof InvalidToken) {
        throw unauthenticated(
          res,
          `The bearer token was refused: ${err.reason}`,
          'Bearer error="invalid_token"',
        );
      }
      if (err instanceof KeySetUnavailable) {
        this.logger.error({ err: err.cause }, err.message);
        throw new ServiceUnavailableException({
          code: 'AUTH.KEYS_UNAVAILABLE',
          title: "The token issuer's keys cannot be fetched",
          detail: 'Tokens cannot be verified at the moment; try again later',
        });
      }
      throw err;
    }
  }
}
