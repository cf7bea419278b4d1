import { randomUUID } from 'node:crypto';
import { openApiPath, servedRoutes } from '../../support/http-routes';
import { DRAFT, FIGURES, proposalClient } from '../../support/proposal-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const withStaffingAfter = (after: number) => ({ ...FIGURES, staffing: { before: 100, after } });
/** The drafts of the validation cases: a one-letter summary, nobody consulted. */
const BARE = { summary: 's', coordinatingAgencies: [] };

describe('A proposal from draft to implementation over HTTP', () => {
  let t: TestApp;
  const client = proposalClient(() => t);
  const { as, post } = client;

  beforeAll(async () => {
    t = await startTestApp();
    await client.cast('lead', 'other', 'board', 'finance', 'secretary', 'auditor', 'admin');
    await client.committee(15);
  });
  afterAll(() => t.close());

  const SUMMARY = 'Giảm đầu mối và cấp phó';
  const draft = (title = DRAFT.title) => client.draft('lead', { title, summary: SUMMARY }).expect(201);
  const submitted = () => client.submitted({ summary: SUMMARY });

  /** Appraisal approved, STC's opinion given, the vote opened and `votesFor` members voting for; the close's answer. */
  const voteOn = async (id: string, votesFor: number, opinion = 'agree') => {
    await post(id, 'approve', 'board').expect(200);
    await post(id, 'opinions', 'finance', { body: 'STC', opinion }).expect(200);
    await post(id, 'open-vote', 'secretary').expect(200);
    await client.castVotes(id, Array(votesFor).fill('for'));
    return post(id, 'close-vote', 'secretary').expect(200);
  };

  it('goes through appraisal, consultation and a Standing Committee vote to implementation', async () => {
    const created = await draft('Sắp xếp phòng Vĩnh Hòa'.normalize('NFD'));
    expect(created.headers.location).toBe(`/api/proposals/${created.body.proposalId}`);
    expect(created.headers.etag).toBe('W/"1"');
    const id = created.body.proposalId as string;
    const detail = await client.detail(id, 'lead');
    expect(detail.proposal.title).toBe('Sắp xếp phòng Vĩnh Hòa'.normalize('NFC'));
    expect(detail.allowedActions).toContain('submit');

    await client.attachAndSubmit(id, 'lead', 'đề án.pdf');
    expect(await client.inboxIds('board')).toContain(id);

    await post(id, 'approve', 'board').expect(200);
    expect(await client.inboxIds('board')).not.toContain(id);
    expect(await client.inboxIds('finance')).toContain(id);
    await post(id, 'opinions', 'finance', { body: 'STC', opinion: 'agree' }).expect(200);

    await post(id, 'open-vote', 'secretary').expect(200);
    await client.castVotes(id, Array(8).fill('for'));
    const twice = await post(id, 'votes', 'm1', { choice: 'for' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('PROPOSAL.ALREADY_VOTED');
    const closed = await post(id, 'close-vote', 'secretary').expect(200);
    expect(closed.body.status).toBe('Approved');

    await post(id, 'implementation', 'lead', {
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2019-06-30',
      actualFigures: FIGURES,
    }).expect(200);
    const history = await client.history(id);
    expect(history.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ProposalDrafted', 'VoteClosed', 'ProposalApproved', 'ImplementationRecorded']),
    );
    expect(history[0].actor).toMatchObject({ name: 'lead', orgUnit: 'SNV' });
  });

  it('does not approve when fewer than half of all 15 members vote for', async () => {
    const closed = await voteOn(await submitted(), 7, 'disagree');
    expect(closed.body.status).toBe('NotApproved');
  });

  it('hides agency B proposals from agency A: 404 on every route, absent from lists', async () => {
    const { body } = await draft('Đề án của Sở Nội vụ Đông Yên');
    const id = body.proposalId as string;
    for (const [method, path] of [
      ['get', ''],
      ['get', '/history'],
      ['patch', ''],
      ['post', '/submit'],
      ['post', '/withdraw'],
    ] as const) {
      const req = t.http()[method](`/api/proposals/${id}${path}`).set(as('other'));
      const res =
        method === 'get'
          ? await req
          : await req.send(method === 'patch' ? { title: 'Đổi tên' } : { reason: 'x' });
      expect([path, res.status]).toEqual([path, 404]);
    }
    expect((await client.history(id)).map((e) => e.type)).toEqual(['ProposalDrafted']);
    const list = await t.http().get('/api/proposals?q=dong yen').set(as('other')).expect(200);
    expect(list.body.items.map((i: { proposalId: string }) => i.proposalId)).not.toContain(id);
    const mine = await t.http().get('/api/proposals?q=dong yen').set(as('lead')).expect(200);
    expect(mine.body.items.map((i: { proposalId: string }) => i.proposalId)).toContain(id);
  });

  it('refuses every write route to an auditor with 403 and appends nothing', async () => {
    const id = await submitted();
    const historyLength = async () => (await client.history(id)).length;
    const before = await historyLength();
    const writes = servedRoutes(t.app).filter((r) => r.path.startsWith('/api/') && r.method !== 'get');
    expect(writes.length).toBeGreaterThan(20);
    for (const { method, path } of writes) {
      const url = path
        .replace(':id', id)
        .replace(/:(code|recipient)/, 'SNV')
        .replace(':channel', 'email')
        .replace(/:[A-Za-z]+/g, randomUUID());
      const req = t.http()[method as 'post' | 'patch' | 'put' | 'delete'](url).set(as('auditor'));
      const res = await req.send({ reason: 'x', choice: 'for' });
      expect(`${method} ${path} ${res.status}`).toBe(`${method} ${path} 403`);
    }
    expect(await historyLength()).toBe(before);
  });

  it('lets exactly one of two simultaneous approvals win, 50 times', async () => {
    for (let trial = 0; trial < 50; trial++) {
      const id = await submitted();
      const { headers } = await t.http().get(`/api/proposals/${id}`).set(as('board'));
      const results = await Promise.all(
        [1, 2].map(() =>
          t
            .http()
            .post(`/api/proposals/${id}/approve`)
            .set(as('board'))
            .set('If-Match', headers.etag)
            .send({}),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([409, 412]).toContain(statuses[1]);
      const history = await t.http().get(`/api/proposals/${id}/history`).set(as('auditor'));
      expect(history.body.filter((e: { type: string }) => e.type === 'StageApproved')).toHaveLength(1);
    }
  });

  it('counts the majority against the member count the registry holds at submission', async () => {
    const setMembers = (memberCount: number) =>
      t
        .http()
        .patch('/api/bodies/BTVTU')
        .set(as('admin'))
        .send({ memberCount, reason: 'Kiểm thử: số ủy viên giả định' })
        .expect(200);
    await setMembers(9); // a fixture figure, not the committee's real size
    let id: string;
    try {
      id = await submitted();
    } finally {
      await setMembers(15);
    }
    const closed = await voteOn(id, 5);
    expect(closed.body.status).toBe('Approved'); // 5 of 9 is a majority; 5 of 15 would not be
  });

  it('answers 422 naming the field when a coordinating agency is not in the registry, and creates nothing', async () => {
    const res = await client.draft('lead', {
      title: 'Đề án phối hợp với cơ quan không có thật',
      summary: 's',
      coordinatingAgencies: ['STC', 'KHONGCO'],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'PROPOSAL.UNKNOWN_AGENCY',
      errors: [{ field: 'coordinatingAgencies[1]' }],
    });
    const list = await t.http().get('/api/proposals?q=co quan khong co that').set(as('lead')).expect(200);
    expect(list.body.items).toHaveLength(0);
  });

  it('answers 422 naming the rule when a merger names a unit already in another open merger', async () => {
    const merger = (title: string, unitCodes: string[]) =>
      client.draft('lead', {
        proposalType: 'commune-merger',
        title,
        summary: 'Sáp nhập xã đảo',
        coordinatingAgencies: [],
        unitCodes,
        resultingUnit: { name: 'Hòn Tre', unitType: 'Xã' },
      });
    const first = await merger('Sáp nhập xã Hòn Tre và Lại Sơn', ['31108', '31111']);
    expect(first.status).toBe(201);
    const second = await merger('Sáp nhập xã Lại Sơn và An Sơn', ['31111', '31114']);
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({ code: 'REGISTRY.UNITS_ALREADY_RESERVED' });
    expect(second.body.detail ?? second.body.title).toContain('31111');
    const list = await t.http().get('/api/proposals?q=lai son va an son').set(as('lead')).expect(200);
    expect(list.body.items).toHaveLength(0);
  });

  it("puts a delegated stage in the delegate's inbox only for the delegation's period", async () => {
    const id = await submitted();
    const deputyId = `board-deputy-${randomUUID()}`;
    const deputy = await t.token({
      sub: deputyId,
      name: 'Phó ban Đông Yên',
      roles: ['reviewer'],
      bodies: [],
    });
    const inboxOf = (token: string) => client.inboxIds('', token);
    expect(await inboxOf(deputy)).not.toContain(id);

    const now = Date.now();
    const delegate = (validFrom: number, validUntil: number) =>
      t
        .http()
        .post(`/api/proposals/${id}/delegations`)
        .set(as('board'))
        .send({
          stageId: 'appraisal',
          delegate: { id: deputyId, name: 'Phó ban Đông Yên' },
          validFrom: new Date(validFrom).toISOString(),
          validUntil: new Date(validUntil).toISOString(),
        });
    await delegate(now + 86_400_000, now + 2 * 86_400_000).expect(200); // starts tomorrow
    expect(await inboxOf(deputy)).not.toContain(id);
    await delegate(now - 60_000, now + 86_400_000).expect(200);
    expect(await inboxOf(deputy)).toContain(id);

    await t
      .http()
      .post(`/api/proposals/${id}/approve`)
      .set({ Authorization: `Bearer ${deputy}` })
      .send({ comment: 'Thay mặt Trưởng ban' })
      .expect(200);
    expect(await inboxOf(deputy)).not.toContain(id);
    const approval = (await client.history(id)).find((e) => e.type === 'StageApproved');
    expect(approval?.data.actingFor).toMatchObject({ body: 'BTCTU' });
  });

  it('answers the same Idempotency-Key and body with the same response, and 422 for another body', async () => {
    const key = `k-${randomUUID()}`;
    const send = (title: string) => client.draft('lead', { ...BARE, title }).set('Idempotency-Key', key);
    const first = await send('Đề án Hòa Chánh');
    const again = await send('Đề án Hòa Chánh');
    expect(again.body).toEqual(first.body);
    const other = await send('Đề án khác');
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });

  it('refuses a staffing increase without the exception path with 422 naming the rule', async () => {
    const res = await client.draft('lead', {
      ...BARE,
      title: 'Tăng biên chế',
      figures: withStaffingAfter(120),
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('PROPOSAL.NET_INCREASE_NEEDS_EXCEPTION');
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it.each([
    ['an unknown field', { extra: 1 }],
    ['a negative figure', { figures: { ...FIGURES, staffing: { before: -1, after: 0 } } }],
    ['a string figure', { figures: { ...FIGURES, staffing: { before: 'NaN', after: 0 } } }],
    ['U+0000 in the title', { title: 'Hòa\u0000' }],
    ['a zero-width space in the title', { title: 'Hò\u200Ba' }],
    ['a bidi override in the title', { title: '\u202EHòa' }],
  ])('answers 400 for %s and creates nothing', async (_, patch) => {
    const res = await client.draft('lead', { ...BARE, title: 'Đề án', ...patch });
    expect(res.status).toBe(400);
    expect(res.body.errors.length).toBeGreaterThan(0);
  });

  it('answers 413 for a 1 MB title', async () => {
    const res = await t
      .http()
      .post('/api/proposals')
      .set(as('lead'))
      .send({ title: 'a'.repeat(1024 * 1024) });
    expect(res.status).toBe(413);
  });

  it('publishes a valid OpenAPI 3 document listing every route the service serves', async () => {
    const { body } = await t.http().get('/api/docs-json').expect(200);
    expect(body.openapi).toMatch(/^3\./);
    const served = servedRoutes(t.app).filter(
      (r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/docs'),
    );
    expect(served.length).toBeGreaterThan(35);
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual(served.map((r) => `${r.method} ${openApiPath(r.path)}`).sort());
  });

  it('answers in the language the caller asks for', async () => {
    const send = (language: string) =>
      client
        .draft('lead', { ...BARE, title: 'Tăng biên chế', figures: withStaffingAfter(120) })
        .set('Accept-Language', language);
    const vi = await send('vi');
    const en = await send('en-GB,en;q=0.9');
    expect([vi.status, en.status]).toEqual([422, 422]);
    expect(vi.body.code).toBe(en.body.code);
    expect(vi.body.title).not.toBe(en.body.title);
    expect(vi.body.title).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });
});
