import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../http/public.decorator';
import { OutboxHealthIndicator } from './outbox.health';
import { RedisHealthIndicator } from './redis.health';

/**
 * PostgreSQL holds every acknowledged command, so it alone decides 200 or 503. Redis only delivers
 * notifications: when it is away the outbox waits and the service is `degraded`, still 200.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly outbox: OutboxHealthIndicator,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and readiness: PostgreSQL, Redis, outbox backlog' })
  async check(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis, outbox] = await Promise.all([
      this.postgres.pingCheck('postgres', { timeout: 3_000 }),
      this.redis.check('redis'),
      this.outbox.check('outbox'),
    ]);
    const postgresUp = postgres.postgres.status === 'up';
    const status = !postgresUp ? 'down' : redis.redis.status === 'up' ? 'ok' : 'degraded';
    res.status(postgresUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status, checks: { ...postgres, ...redis, ...outbox } };
  }
}
