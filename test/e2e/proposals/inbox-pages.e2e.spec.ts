import { proposalClient } from '../../support/proposal-client';
import { startTestApp, type TestApp } from '../../support/test-app';

interface InboxPage {
  items: { proposalId: string; title: string; dueOn: string | null }[];
  nextCursor: string | null;
}

/** A body with many stages open reads its inbox a page at a time, in a stable order. */
describe('The inbox in pages', () => {
  let t: TestApp;
  const client = proposalClient(() => t);
  const titles = ['Hòa Bình', 'Vĩnh Thuận', 'Đông Yên', 'Hòa Hiệp', 'Vĩnh Long', 'Đông Hòa', 'Hòa Xuân'];
  let submitted: string[] = [];

  const page = async (query: Record<string, string | number>, who = 'board'): Promise<InboxPage> =>
    (await t.http().get('/api/inbox').query(query).set(client.as(who)).expect(200)).body;

  /** Every page of `limit`, in order. */
  const walk = async (limit: number): Promise<InboxPage[]> => {
    const pages = [await page({ limit })];
    while (pages[pages.length - 1].nextCursor)
      pages.push(await page({ limit, cursor: pages[pages.length - 1].nextCursor! }));
    return pages;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await client.cast('lead', 'board');
    submitted = [];
    for (const [i, place] of titles.entries()) {
      // Every other title typed decomposed: the inbox shows them composed all the same.
      const title = `Sắp xếp phòng ${place}`;
      submitted.push(await client.submitted({ title: i % 2 ? title.normalize('NFD') : title }));
    }
  });
  afterAll(() => t.close());

  // The test database is shared with the other suites: the board's inbox may hold their stages too.
  it('gives every open stage once, pages of the size asked, oldest due and first submitted first', async () => {
    const whole = (await walk(200)).flatMap((p) => p.items);
    const mine = whole.filter((i) => submitted.includes(i.proposalId));
    expect(mine.map((i) => i.proposalId)).toEqual(submitted);
    expect(mine.every((i) => i.title === i.title.normalize('NFC'))).toBe(true);
    const due = whole.map((i) => i.dueOn ?? '9999-12-31');
    expect(due).toEqual([...due].sort());

    const pages = await walk(3);
    expect(pages.slice(0, -1).every((p) => p.items.length === 3)).toBe(true);
    expect(pages[pages.length - 1].items.length).toBeGreaterThan(0);
    expect(pages.flatMap((p) => p.items)).toEqual(whole);
    // Without a limit, a page of 50.
    expect((await page({})).items).toEqual(whole.slice(0, 50));
  });

  it('goes on after the last stage it gave, even when stages before it left the inbox meanwhile', async () => {
    const whole = (await walk(200)).flatMap((p) => p.items.map((i) => i.proposalId));
    let current = await page({ limit: 3 });
    while (!current.items.some((i) => i.proposalId === submitted[0]))
      current = await page({ limit: 3, cursor: current.nextCursor! });
    const leaving = current.items.map((i) => i.proposalId).filter((id) => submitted.includes(id));
    for (const id of leaving) await client.post(id, 'approve', 'board').expect(200);
    const next = await page({ limit: 3, cursor: current.nextCursor! });
    const after = whole.indexOf(current.items[current.items.length - 1].proposalId) + 1;
    expect(next.items.map((i) => i.proposalId)).toEqual(whole.slice(after, after + 3));
    expect(await client.inboxIds('board')).not.toContain(submitted[0]);
  });

  it('refuses a cursor it did not give, and a page size out of range, naming the field', async () => {
    const forged = Buffer.from(JSON.stringify(['2026-13-45', 'x', 'y'])).toString('base64url');
    // Well formed, but 30 February: PostgreSQL would refuse it, so it must not get that far.
    const impossibleDay = Buffer.from(
      JSON.stringify(['2026-02-30', '2026-11-30T06:05:00.122000Z', submitted[1]]),
    ).toString('base64url');
    for (const [query, field] of [
      [{ cursor: 'not-a-cursor' }, 'cursor'],
      [{ cursor: forged }, 'cursor'],
      [{ cursor: impossibleDay }, 'cursor'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
    ] as const) {
      const res = await t.http().get('/api/inbox').query(query).set(client.as('board')).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});
