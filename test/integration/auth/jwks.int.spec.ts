import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { CurrentActor } from '../../../src/auth/auth.decorators';
import { AuthModule } from '../../../src/auth/auth.module';
import { loadConfig } from '../../../src/config/config';
import { CoreModule } from '../../../src/core/core.module';
import { ProblemDetailsFilter } from '../../../src/http/problem-details.filter';
import type { Actor } from '../../../src/shared/domain/actor';

@Controller()
class ProbeController {
  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return actor;
  }
}

const startApp = async (jwksUrl: string): Promise<INestApplication> => {
  const config = loadConfig({ NODE_ENV: 'test', JWKS_URL: jwksUrl });
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config }), AuthModule],
    controllers: [ProbeController],
    providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
  }).compile();
  return moduleRef.createNestApplication({ logger: false }).init();
};

/** Serves `keys` as a JWKS on 127.0.0.1 until closed. */
const serveJwks = async (keys: JWK[]): Promise<Server> => {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
};
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;

const claims = { name: 'Lê Văn Cường', roles: ['committee-member'], bodies: ['UBTVQH'] };
const sign = (alg: string, kid: string, key: KeyLike | Uint8Array) =>
  new SignJWT(claims).setProtectedHeader({ alg, kid }).setSubject('u-9').setExpirationTime('5m').sign(key);

describe('AuthGuard with a JWKS', () => {
  let jwks: Server;
  let app: INestApplication;
  let ed: { publicKey: KeyLike; privateKey: KeyLike };
  let rsa: { publicKey: KeyLike; privateKey: KeyLike };
  const status = async (token: string) =>
    (await request(app.getHttpServer()).get('/me').set('Authorization', `Bearer ${token}`)).status;

  beforeAll(async () => {
    ed = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    rsa = await generateKeyPair('RS256');
    jwks = await serveJwks([
      { ...(await exportJWK(ed.publicKey)), kid: 'ed-1', alg: 'EdDSA', use: 'sig' },
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    ]);
    app = await startApp(urlOf(jwks));
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('verifies an EdDSA token', async () => {
    const res = await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `Bearer ${await sign('EdDSA', 'ed-1', ed.privateKey)}`)
      .expect(200);
    expect(res.body).toEqual({ id: 'u-9', ...claims });
  });

  it('verifies an RS256 token', async () => {
    expect(await status(await sign('RS256', 'rsa-1', rsa.privateKey))).toBe(200);
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const publicPem = new TextEncoder().encode(await exportSPKI(rsa.publicKey));
    expect(await status(await sign('HS256', 'rsa-1', publicPem))).toBe(401);
    const publicJwk = new TextEncoder().encode(JSON.stringify(await exportJWK(rsa.publicKey)));
    expect(await status(await sign('HS256', 'rsa-1', publicJwk))).toBe(401);
  });

  it('refuses a token signed by a key the issuer does not publish', async () => {
    const stranger = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    expect(await status(await sign('EdDSA', 'ed-1', stranger.privateKey))).toBe(401);
    expect(await status(await sign('EdDSA', 'ed-unknown', stranger.privateKey))).toBe(401);
  });
});

describe('AuthGuard when the JWKS cannot be fetched', () => {
  it('answers 503 rather than blaming the caller', async () => {
    const gone = await serveJwks([]);
    const url = urlOf(gone);
    await new Promise((resolve) => gone.close(resolve));
    const app = await startApp(url);
    try {
      const ed = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      const res = await request(app.getHttpServer())
        .get('/me')
        .set('Authorization', `Bearer ${await sign('EdDSA', 'ed-1', ed.privateKey)}`);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: 'AUTH.KEYS_UNAVAILABLE' });
    } finally {
      await app.close();
    }
  });
});
