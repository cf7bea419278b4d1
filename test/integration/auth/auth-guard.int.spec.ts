import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import request from 'supertest';
import { CurrentActor, Roles } from '../../../src/auth/auth.decorators';
import { AuthModule } from '../../../src/auth/auth.module';
import { loadConfig } from '../../../src/config/config';
import { CoreModule } from '../../../src/core/core.module';
import { ProblemDetailsFilter } from '../../../src/http/problem-details.filter';
import { Public } from '../../../src/http/public.decorator';
import type { Actor } from '../../../src/shared/domain/actor';

const SECRET = 'auth-guard-test-secret-0123456789abcdef';
const key = new TextEncoder().encode(SECRET);

@Controller()
class ProbeController {
  @Get('open')
  @Public()
  open() {
    return { open: true };
  }

  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return actor;
  }

  @Get('admin')
  @Roles('admin')
  admin(@CurrentActor() actor: Actor) {
    return { id: actor.id };
  }
}

@Controller('audit')
@Roles('auditor', 'admin')
class AuditProbeController {
  @Get()
  read() {
    return { audited: true };
  }
}

const startApp = async (env: Record<string, string>): Promise<INestApplication> => {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET, ...env });
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config }), AuthModule],
    controllers: [ProbeController, AuditProbeController],
    providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  return app.init();
};

const now = () => Math.floor(Date.now() / 1000);
const claims = { name: 'Trần Thị Bình', roles: ['reviewer'], orgUnit: 'SNV', bodies: ['HDND-HN'] };

const sign = (payload: JWTPayload, { exp = now() + 300, secret = key } = {}) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u-1')
    .setExpirationTime(exp)
    .sign(secret);

describe('AuthGuard with an HS256 secret', () => {
  let app: INestApplication;
  const get = (path: string, token?: string) => {
    const req = request(app.getHttpServer()).get(path);
    return token === undefined ? req : req.set('Authorization', `Bearer ${token}`);
  };
  const expectUnauthenticated = (res: request.Response) => {
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer\b/);
    expect(res.body).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
  };

  beforeAll(async () => {
    app = await startApp({});
  });
  afterAll(() => app.close());

  it('lets anyone through to a public route', async () => {
    await get('/open').expect(200, { open: true });
  });

  it('refuses a protected route without a token, as problem+json with a challenge', async () => {
    const res = await get('/me');
    expectUnauthenticated(res);
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('refuses a header that is not a bearer token', async () => {
    const basic = await request(app.getHttpServer()).get('/me').set('Authorization', 'Basic dTpw');
    expectUnauthenticated(basic);
    expectUnauthenticated(await get('/me', 'not a token'));
  });

  it('returns the actor read from a valid token', async () => {
    const res = await get('/me', await sign(claims)).expect(200);
    expect(res.body).toEqual({ id: 'u-1', ...claims });
  });

  it('accepts the scheme in any case', async () => {
    const token = await sign(claims);
    await request(app.getHttpServer()).get('/me').set('Authorization', `bearer ${token}`).expect(200);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await sign(claims, { secret: new TextEncoder().encode(`${SECRET}-other`) });
    const res = await get('/me', forged);
    expectUnauthenticated(res);
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = (await sign(claims)).split('.');
    const payload = Buffer.from(
      JSON.stringify({ ...claims, roles: ['admin'], sub: 'u-1', exp: now() + 300 }),
    );
    expectUnauthenticated(await get('/admin', `${header}.${payload.toString('base64url')}.${signature}`));
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const unsigned = new UnsecuredJWT({ ...claims, roles: ['admin'] })
      .setSubject('u-1')
      .setExpirationTime('5m');
    expectUnauthenticated(await get('/me', unsigned.encode()));
  });

  it('refuses an expired token beyond the clock tolerance and says so', async () => {
    const res = await get('/me', await sign(claims, { exp: now() - 60 }));
    expectUnauthenticated(res);
    expect(res.body.detail).toMatch(/expired/);
  });

  it('tolerates a few seconds of clock skew', async () => {
    await get('/me', await sign(claims, { exp: now() - 5 })).expect(200);
  });

  it('refuses a token without "exp"', async () => {
    const eternal = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .sign(key);
    expectUnauthenticated(await get('/me', eternal));
  });

  it('refuses malformed claims', async () => {
    const malformed: JWTPayload[] = [
      { ...claims, roles: 'reviewer' },
      { ...claims, roles: ['reviewer', 7] },
      { ...claims, bodies: 'HDND-HN' },
      { ...claims, name: undefined },
      { ...claims, orgUnit: 12 },
    ];
    for (const payload of malformed) expectUnauthenticated(await get('/me', await sign(payload)));
    const withoutSub = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(key);
    expectUnauthenticated(await get('/me', withoutSub));
  });

  it('ignores roles it does not know and defaults bodies to none', async () => {
    const { bodies: _, ...withoutBodies } = claims;
    const res = await get('/me', await sign({ ...withoutBodies, roles: ['reviewer', 'superuser'] })).expect(
      200,
    );
    expect(res.body).toMatchObject({ roles: ['reviewer'], bodies: [] });
  });

  it('refuses a route needing a role the actor lacks with 403', async () => {
    const res = await get('/admin', await sign(claims));
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN_ROLE' });
  });

  it('admits an actor holding one of the required roles', async () => {
    await get('/admin', await sign({ ...claims, roles: ['reviewer', 'admin'] })).expect(200, { id: 'u-1' });
  });

  it('applies roles set on the controller class', async () => {
    expect((await get('/audit', await sign(claims))).body.code).toBe('AUTH.FORBIDDEN_ROLE');
    await get('/audit', await sign({ ...claims, roles: ['auditor'] })).expect(200);
  });
});

describe('AuthGuard with an issuer and an audience configured', () => {
  let app: INestApplication;
  const issued = (iss?: string, aud?: string) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setExpirationTime('5m');
    if (iss) jwt.setIssuer(iss);
    if (aud) jwt.setAudience(aud);
    return jwt.sign(key);
  };
  const status = async (token: string) =>
    (await request(app.getHttpServer()).get('/me').set('Authorization', `Bearer ${token}`)).status;

  beforeAll(async () => {
    app = await startApp({
      JWT_ISSUER: 'https://sso.example.gov.vn',
      JWT_AUDIENCE: 'restructuring-approvals',
    });
  });
  afterAll(() => app.close());

  it('accepts the configured issuer and audience', async () => {
    expect(await status(await issued('https://sso.example.gov.vn', 'restructuring-approvals'))).toBe(200);
  });

  it('refuses another issuer, another audience, or none', async () => {
    expect(await status(await issued('https://evil.example', 'restructuring-approvals'))).toBe(401);
    expect(await status(await issued('https://sso.example.gov.vn', 'another-service'))).toBe(401);
    expect(await status(await issued(undefined, 'restructuring-approvals'))).toBe(401);
    expect(await status(await issued('https://sso.example.gov.vn'))).toBe(401);
  });
});
