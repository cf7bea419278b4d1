import { FIGURES, proposalClient } from '../../support/proposal-client';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Moment {
  at: string;
  version: number;
  proposal: unknown;
}

describe('A proposal at any point of its past', () => {
  let t: TestApp;
  const client = proposalClient(() => t);
  const as = client.as;

  beforeAll(async () => {
    t = await startTestApp();
    await client.cast('lead', 'other', 'board', 'finance', 'secretary', 'auditor');
    await client.committee(8);
  });
  afterAll(() => t.close());

  it('returns, for every moment of a journey, exactly the state seen then, by instant and by version', async () => {
    const moments: Moment[] = [];
    let id = '';
    const capture = async () => {
      const live = await client.detail(id, 'lead');
      moments.push({ at: new Date().toISOString(), version: live.version, proposal: live.proposal });
      await new Promise((r) => setTimeout(r, 5)); // the next event is recorded strictly later
    };
    const post = async (who: string, path: string, body: object = {}) => {
      await client.post(id, path, who, body).expect(200);
      await capture();
    };

    const created = await client
      .draft('lead', { title: 'Sắp xếp phòng thuộc Sở Nội vụ Đông Yên' })
      .expect(201);
    id = created.body.proposalId;
    await capture();
    await client.edit(id, 'lead', { title: 'Sắp xếp phòng thuộc Sở Nội vụ Vĩnh Thuận' }).expect(200);
    await capture();
    await client.attachProposal(id, 'lead').expect(201);
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
      actualFigures: FIGURES,
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
    const { body: created } = await client
      .draft('lead', { title: 'Hợp nhất phòng Hòa Bình', summary: 's' })
      .expect(201);
    const id = created.proposalId as string;
    await client.edit(id, 'lead', { summary: 'Giảm cấp phó' }).expect(200);
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
