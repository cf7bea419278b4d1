import { createHash } from 'node:crypto';
import { BadRequestException } from '@nestjs/common';
import type { Request } from 'express';
import { canonicalJson } from '../shared/domain/canonical-json';

/** If-Match carries the stream version the caller saw: `"3"` or `W/"3"`. */
export const expectedVersionOf = (req: Request): number | undefined => {
  const header = req.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(String(header));
  if (!match)
    throw new BadRequestException({
      code: 'REQUEST.BAD_IF_MATCH',
      title: 'If-Match must be an ETag like W/"3"',
    });
  return Number(match[1]);
};

export const etagOf = (version: number): string => `W/"${version}"`;

/** Idempotency-Key with a hash of what was asked, so a reused key with another body is caught. */
export const idempotencyOf = (req: Request): { key: string; requestHash: string } | undefined => {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !/^[A-Za-z0-9._:-]{1,200}$/.test(key)) {
    throw new BadRequestException({
      code: 'REQUEST.BAD_IDEMPOTENCY_KEY',
      title: 'Idempotency-Key must be 1-200 safe characters',
    });
  }
  const requestHash = createHash('sha256')
    .update(canonicalJson({ method: req.method, path: req.path, body: req.body ?? null }))
    .digest('hex');
  return { key, requestHash };
};

export const correlationIdOf = (req: Request): string => String((req as Request & { id?: unknown }).id ?? '');
