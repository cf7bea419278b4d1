import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import {
  FIXED_NOW,
  aFixtureAgency,
  aFixtureBody,
  aFixtureHamlet,
  actorHeader,
  anActor,
  registryFixture,
  registryHttpApp,
  type RegistryFixture,
} from './org-registry-fixture';

/**
 * The registry's routes over HTTP on the real test database. Authentication here is the header-actor
 * TEST HARNESS from org-registry-fixture.ts, not the real JWT guard (the lead's e2e tests cover that).
 */
describe('Org registry over HTTP (test harness guard)', () => {
  let f: RegistryFixture;
  let app: INestApplication;
  const admin = anActor(['admin'], 'admin-lan');
  const reviewer = anActor(['reviewer'], 'reviewer-minh');
  const auditor = anActor(['auditor'], 'auditor-thu');

  beforeAll(async () => {
    f = await registryFixture();
    app = await registryHttpApp(f);
  });
  afterAll(async () => {
    await app.close();
    await f.close();
  });

  const http = () => request(app.getHttpServer());

  it('lists units for any authenticated role, searched without diacritics, paged by cursor', async () => {
    const res = await http()
      .get('/api/org-units')
      .query({ q: 'vinh hoa', level: 'commune', limit: 2 })
      .set(actorHeader(reviewer))
      .expect(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.nextCursor).toEqual(expect.any(String));
    const next = await http()
      .get('/api/org-units')
      .query({ q: 'vinh hoa', level: 'commune', limit: 2, cursor: res.body.nextCursor })
      .set(actorHeader(reviewer))
      .expect(200);
    expect(next.body.items[0].code).not.toBe(res.body.items[0].code);
    await http().get('/api/org-units').expect(401);
  });

  it('validates list queries', async () => {
    for (const query of [{ level: 'planet' }, { limit: 0 }, { limit: 500 }, { nonsense: 1 }]) {
      await http().get('/api/org-units').query(query).set(actorHeader(reviewer)).expect(400);
    }
    const bad = await http()
      .get('/api/org-units')
      .query({ cursor: 'xx' })
      .set(actorHeader(reviewer))
      .expect(400);
    expect(bad.body.code).toBe('REGISTRY.INVALID_CURSOR');
  });

  it('shows one unit with its standard, and 404 with a stable code for an unknown one', async () => {
    const res = await http().get('/api/org-units/31009').set(actorHeader(reviewer)).expect(200);
    expect(res.body).toMatchObject({
      code: '31009',
      name: 'Đông Yên',
      unitType: 'Xã',
      level: 'commune',
      parentCode: '908',
      population: null,
      areaKm2: null,
      standard: { unitType: 'xã', region: 'other', minPopulation: 8000, minAreaKm2: 30 },
    });
    const missing = await http().get('/api/org-units/99999').set(actorHeader(reviewer)).expect(404);
    expect(missing.body).toMatchObject({ code: 'REGISTRY.UNIT_NOT_FOUND', status: 404 });
  });

  it('lets an admin change figures (NFC, recorded) and nobody else', async () => {
    const code = await aFixtureHamlet(f.dataSource);
    const reason = 'Số liệu giả cho kiểm thử'.normalize('NFD');
    await http()
      .patch(`/api/org-units/${code}`)
      .set(actorHeader(reviewer))
      .send({ population: 1, reason })
      .expect(403);
    const res = await http()
      .patch(`/api/org-units/${code}`)
      .set(actorHeader(admin))
      .send({ population: 2100, areaKm2: 4.5, reason })
      .expect(200);
    expect(res.body).toMatchObject({ code, population: 2100, areaKm2: 4.5 });

    await http().get(`/api/org-units/${code}/changes`).set(actorHeader(reviewer)).expect(403);
    const log = await http().get(`/api/org-units/${code}/changes`).set(actorHeader(auditor)).expect(200);
    expect(log.body).toEqual([
      expect.objectContaining({ field: 'population', oldValue: null, newValue: 2100 }),
      expect.objectContaining({ field: 'areaKm2', oldValue: null, newValue: 4.5 }),
    ]);
    expect(log.body[0]).toMatchObject({
      changedBy: 'admin-lan',
      changedByName: admin.name,
      changedAt: FIXED_NOW.toISOString(),
      reason: 'Số liệu giả cho kiểm thử'.normalize('NFC'),
    });
  });

  it('refuses bad figures and unknown fields with 400, unknown units with 404', async () => {
    const code = await aFixtureHamlet(f.dataSource);
    for (const body of [
      { population: -1, reason: 'x' },
      { population: 1.5, reason: 'x' },
      { population: '12', reason: 'x' },
      { areaKm2: 1.23456, reason: 'x' },
      { population: 1 },
      { population: 1, reason: '' },
      { population: 1, reason: 'x', name: 'Đổi tên' },
      { reason: 'nothing to change' },
    ]) {
      await http().patch(`/api/org-units/${code}`).set(actorHeader(admin)).send(body).expect(400);
    }
    await http()
      .patch('/api/org-units/99999')
      .set(actorHeader(admin))
      .send({ population: 1, reason: 'x' })
      .expect(404);
    expect((await f.queries.listUnitChanges(code)).length).toBe(0);
  });

  it('lists bodies and lets an admin set a member count', async () => {
    const bodies = await http().get('/api/bodies').set(actorHeader(reviewer)).expect(200);
    expect(bodies.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'BTVTU', kind: 'standing-committee' })]),
    );
    const code = await aFixtureBody(f.dataSource);
    await http()
      .patch(`/api/bodies/${code}`)
      .set(actorHeader(admin))
      .send({ memberCount: 0, reason: 'x' })
      .expect(400);
    const res = await http()
      .patch(`/api/bodies/${code}`)
      .set(actorHeader(admin))
      .send({ memberCount: 13, reason: 'Fixture decision' })
      .expect(200);
    expect(res.body).toMatchObject({ code, memberCount: 13 });
    const missing = await http().get('/api/bodies/NOPE').set(actorHeader(reviewer)).expect(404);
    expect(missing.body.code).toBe('REGISTRY.BODY_NOT_FOUND');
  });

  it('describes its routes and bodies in OpenAPI', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/org-units',
        '/api/org-units/{code}',
        '/api/org-units/{code}/changes',
        '/api/bodies',
        '/api/bodies/{code}',
        '/api/agencies',
        '/api/agencies/{code}',
      ]),
    );
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['ChangeUnitFiguresDto', 'ChangeAgencyDetailsDto', 'UnitPageResponse']),
    );
  });

  it("lets an admin set an agency's figures and contacts, and shows the webhook to admins only", async () => {
    const code = await aFixtureAgency(f.dataSource);
    await http()
      .patch(`/api/agencies/${code}`)
      .set(actorHeader(admin))
      .send({ webhookUrl: 'javascript:alert(1)', reason: 'x' })
      .expect(400);
    await http()
      .patch(`/api/agencies/${code}`)
      .set(actorHeader(admin))
      .send({
        deputies: 3,
        webhookUrl: 'https://hooks.example.vn/t',
        email: 'so@example.vn',
        reason: 'Fixture',
      })
      .expect(200);
    const asReviewer = await http().get(`/api/agencies/${code}`).set(actorHeader(reviewer)).expect(200);
    expect(asReviewer.body).toMatchObject({ deputies: 3, email: 'so@example.vn', webhookUrl: null });
    const asAdmin = await http().get('/api/agencies').set(actorHeader(admin)).expect(200);
    expect(asAdmin.body.find((a: { code: string }) => a.code === code)).toMatchObject({
      webhookUrl: 'https://hooks.example.vn/t',
    });
    const missing = await http().get('/api/agencies/NOPE').set(actorHeader(reviewer)).expect(404);
    expect(missing.body.code).toBe('REGISTRY.AGENCY_NOT_FOUND');
  });
});
