import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConcurrencyError, InvalidEventError } from '../event-store/event-store.errors';
import { DomainError, type DomainErrorKind } from '../shared/domain/domain-error';
import { RedisDidNotAnswer } from '../notifications/redis-deadline';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  correlationId?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  validation: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
};

const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

const wantsVietnamese = (req: Request) => /^vi\b/i.test(req.headers['accept-language'] ?? '');

/** Every error leaves as RFC 9457 problem+json with a stable `code`; never a stack or SQL. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const problem = { ...this.toProblem(error, req), correlationId: req.id ? String(req.id) : undefined };
    if (problem.status >= 500)
      this.logger.error({ err: error, correlationId: problem.correlationId }, problem.title);
    if (res.headersSent) return;
    res.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(error: unknown, req: Request): Problem {
    if (error instanceof DomainError) {
      return {
        type: `urn:restructuring-approvals:problem:${error.code}`,
        title: wantsVietnamese(req) ? error.text.vi : error.text.en,
        status: STATUS_OF_KIND[error.kind],
        code: error.code,
        ...error.details,
      };
    }
    if (error instanceof ConcurrencyError) {
      const stale = req.headers['if-match'] !== undefined;
      return {
        type: 'urn:restructuring-approvals:problem:STREAM.VERSION_CONFLICT',
        title: stale ? 'The proposal changed since you read it' : 'Another change was saved first',
        status: stale ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT,
        code: stale ? 'STREAM.STALE_VERSION' : 'STREAM.VERSION_CONFLICT',
        expectedVersion: error.expectedVersion,
        actualVersion: error.actualVersion,
      };
    }
    if (error instanceof InvalidEventError) return this.simple(422, 'EVENT.INVALID', error.message);
    if (error instanceof HttpException) return this.fromHttpException(error);
    if (error instanceof RedisDidNotAnswer)
      return this.simple(
        503,
        'SERVICE.QUEUE_UNAVAILABLE',
        'The delivery queue is unavailable; try again later',
      );
    const code = (error as { code?: string } | null)?.code;
    if (code && CONNECTION_FAILURES.has(code)) {
      return this.simple(
        503,
        'SERVICE.DATABASE_UNAVAILABLE',
        'The database is unavailable; nothing was changed',
      );
    }
    return this.simple(500, 'SERVICE.INTERNAL_ERROR', 'Internal error');
  }

  private fromHttpException(error: HttpException): Problem {
    const status = error.getStatus();
    const body = error.getResponse();
    if (typeof body === 'object' && body !== null && 'code' in body) {
      return {
        type: `urn:restructuring-approvals:problem:${String(body.code)}`,
        status,
        title: error.message,
        ...body,
      } as Problem;
    }
    const message =
      typeof body === 'object' && body !== null && 'message' in body ? body.message : error.message;
    return this.simple(
      status,
      `HTTP.${status}`,
      Array.isArray(message) ? message.join('; ') : String(message),
    );
  }

  private simple(status: number, code: string, title: string): Problem {
    return { type: `urn:restructuring-approvals:problem:${code}`, title, status, code };
  }
}
