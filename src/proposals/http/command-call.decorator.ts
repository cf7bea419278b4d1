import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../shared/domain/actor';

/** What a command route hands the sender: the request's headers, the response for ETag, and the caller. */
export interface CommandCall {
  req: Request;
  res: Response;
  actor: Actor;
}

export const Call = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandCall => {
  const http = ctx.switchToHttp();
  const req = http.getRequest<Request & { actor?: Actor }>();
  if (!req.actor) throw new Error('Call used on a route without authentication');
  return { req, res: http.getResponse<Response>(), actor: req.actor };
});
