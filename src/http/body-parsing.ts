import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

const JSON_LIMIT = '256kb';

/**
 * JSON bodies up to a fixed size; a body too large or not JSON becomes problem+json here, since
 * the parser runs before Nest's exception filters can see its errors.
 */
export const useJsonBodies = (app: INestApplication): void => {
  app.use(express.json({ limit: JSON_LIMIT, strict: true }));
  app.use(
    (
      err: { status?: number; type?: string; message?: string },
      req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (!err || typeof err.status !== 'number') return next(err);
      const tooLarge = err.type === 'entity.too.large';
      const status = tooLarge ? 413 : 400;
      const code = tooLarge ? 'REQUEST.BODY_TOO_LARGE' : 'REQUEST.MALFORMED_BODY';
      res
        .status(status)
        .type('application/problem+json')
        .json({
          type: `urn:restructuring-approvals:problem:${code}`,
          title: tooLarge ? `The request body exceeds ${JSON_LIMIT}` : 'The request body is not valid JSON',
          status,
          code,
          correlationId: (req as Request & { id?: string }).id,
        });
    },
  );
};
