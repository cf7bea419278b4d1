import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { TokenVerifier } from '../../auth/token-verifier';
import { NOTIFICATION_QUEUE_TOKEN } from '../notification-queue.token';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

const problem = (res: Response, status: number, code: string, title: string) =>
  res
    .status(status)
    .type('application/problem+json')
    .json({ type: `urn:restructuring-approvals:problem:${code}`, status, code, title });

/** Bull Board for admins: the same bearer token as the API, and the admin role. */
export const mountQueueDashboard = (app: INestApplication): void => {
  const verifier = app.get(TokenVerifier);
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(app.get<Queue>(NOTIFICATION_QUEUE_TOKEN))],
    serverAdapter: adapter,
  });
  const adminOnly = async (req: Request, res: Response, next: NextFunction) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return problem(res, 401, 'AUTH.TOKEN_MISSING', 'A bearer token is required');
    try {
      const actor = await verifier.verify(token);
      if (!actor.roles.includes('admin'))
        return problem(res, 403, 'AUTH.FORBIDDEN', 'The queue dashboard is for admins');
      next();
    } catch {
      problem(res, 401, 'AUTH.TOKEN_INVALID', 'The bearer token is not valid');
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, adminOnly, adapter.getRouter());
};
