import { randomUUID } from 'node:crypto';
import type { Role } from '../../../src/shared/domain/actor';
import { startTestApp, type TestApp } from '../../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const figures = {
  focalPoints: { before: 12, after: 10 },
  staffing: { before: 100, after: 90 },
  deputies: { before: 6, after: 4 },
};

interface Moment {
  at: string;
  version: number;
  proposal: unknown;
}

describe('A proposal at any point of its past', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const persona = async (who: string, roles: Role[], orgUnit?: string, bodies: string[] = []) =>
    (tokens[who] = await t.token({ sub: `${who}-${randomUUID()}`, name: who, roles, orgUnit, bodies }));

  beforeAll(async () => {
    t = await startTestApp();
    await persona('lead', ['submitter'], 'SNV');
    await persona('other', ['submitter'], 'SYT');
    await persona('board', ['reviewer'], undefined, ['BTCTU']);
    await persona('finance', ['reviewer'], undefined, ['STC']);
    await persona('secretary', ['committee-secretary'], undefined, ['BTVTU']);
    await persona('auditor', ['auditor']);
    for (let i = 1; i <= 8; i++) await persona(`m${i}`, ['committee-member'], undefined, ['BTVTU']);
  });
  afterAll(() => t.close());

  it('returns, for every moment of a journey, exactly the state seen then, by instant and by version', async () => {
    const moments: Moment[] = [];
    let id = '';
    const capture = async () => {
      const live = await t.http().get(`/api/proposals/${id}`).set(as('lead')).expect(200);
      moments.push({
        at: new Date().toISOString(),
        version: live.body.version,
        proposal: live.body.proposal,
      });
      await new Promise((r) => setTimeout(r, 5)); // the next event is recorded strictly later
    };
    const post = async (who: string, path: string, body: object = {}) => {
      await t.http().post(`/api/proposals/${id}/${path}`).set(as(who)).send(body).expect(200);
      await capture();
    };

    const created = await t
      .http()
      .post('/api/proposals')
      .set(as('lead'))
      .send({
        proposalType: 'internal-restructuring',
        title: 'Sắp xếp phòng thuộc Sở Nội vụ Đông Yên',
        summary: 'Giảm đầu mối',
        leadAgency: 'SNV',
        coordinatingAgencies: ['STC'],
        figures,
      })
      .expect(201);
    id = created.body.proposalId;
    await capture();
    await t
      .http()
      .patch(`/api/proposals/${id}`)
      .set(as('lead'))
      .send({ title: 'Sắp xếp phòng thuộc Sở Nội vụ Vĩnh Thuận' })
      .expect(200);
    await capture();
    await t
      .http()
      .post(`/api/proposals/${id}/attachments`)
      .set(as('lead'))
      .field('kind', 'proposal')
      .attach('file', PDF, 'de-an.pdf')
      .expect(201);
    await capture();
    await post('lead', 'submit');
    await post('board', 'approve');
    await post('finance', 'opinions', { body: 'STC', opinion: 'agree-with-comments', comment: 'Đồng ý' });
    await post('secretary', 'open-vote');
    for (let i = 1; i <= 8; i++) await post(`m${i}`, 'votes', { choice: 'for' });
    await post('secretary', 'close-vote');
    await post('lead', 'implementation', {
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '2019-03-01',
      actualFigures: figures,
    });

    expect(moments.length).toBeGreaterThan(10);
    for (const moment of moments) {
      const byTime = await t
        .http()
        .get(`/api/proposals/${id}?asOf=${moment.at}`)
        .set(as('auditor'))
        .expect(200);
      expect({ at: moment.at, version: byTime.body.version }).toEqual({
        at: moment.at,
        version: moment.version,
      });
      expect(byTime.body.proposal).toEqual(moment.proposal);
      expect(byTime.body.allowedActions).toEqual([]);
      const byVersion = await t
        .http()
        .get(`/api/proposals/${id}?version=${moment.version}`)
        .set(as('auditor'))
        .expect(200);
      expect(byVersion.body.proposal).toEqual(moment.proposal);
    }

    await t.http().get(`/api/proposals/${id}?asOf=2000-01-01T00:00:00Z`).set(as('auditor')).expect(404);
    await t.http().get(`/api/proposals/${id}?version=1`).set(as('other')).expect(404);
    await t.http().get(`/api/proposals/${id}?version=0`).set(as('auditor')).expect(400);
    await t.http().get(`/api/proposals/${id}?asOf=yesterday`).set(as('auditor')).expect(400);
  });

  it('lists every event with position, actor, readable summaries in both languages and the hash chain', async () => {
    const { body: created } = await t
      .http()
      .post('/api/proposals')
      .set(as('lead'))
      .send({
        proposalType: 'internal-restructuring',
        title: 'Hợp nhất phòng Hòa Bình',
        summary: 's',
        leadAgency: 'SNV',
        coordinatingAgencies: ['STC'],
        figures,
      })
      .expect(201);
    const id = created.proposalId as string;
    await t
      .http()
      .patch(`/api/proposals/${id}`)
      .set(as('lead'))
      .send({ summary: 'Giảm cấp phó' })
      .expect(200);
    const { body: history } = await t
      .http()
      .get(`/api/proposals/${id}/history`)
      .set(as('auditor'))
      .expect(200);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      version: 1,
      type: 'ProposalDrafted',
      schemaVersion: expect.any(Number),
      actor: { name: 'lead', roles: ['submitter'], orgUnit: 'SNV' },
      actingFor: null,
      summary: {
        vi: 'lead lập dự thảo đề án "Hợp nhất phòng Hòa Bình"',
        en: 'lead drafted "Hợp nhất phòng Hòa Bình"',
      },
      previousHash: null,
    });
    expect(history[1].position).toBeGreaterThan(history[0].position);
    expect(history[1].previousHash).toBe(history[0].hash);
    expect(history[1].summary.vi).toContain('sửa dự thảo');
  });
});
