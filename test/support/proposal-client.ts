import { randomUUID } from 'node:crypto';
import type { VoteChoice } from '../../src/proposals/domain/proposal.types';
import type { Role } from '../../src/shared/domain/actor';
import type { TestApp } from './test-app';

/** A tiny PDF to attach. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** An ordinary restructuring's figures: fewer focal points, staff and deputies after than before. */
export const FIGURES = {
  focalPoints: { before: 12, after: 10 },
  staffing: { before: 100, after: 90 },
  deputies: { before: 6, after: 4 },
};

/** A draft when a test says nothing else: the Sở Nội vụ restructures its departments, the Sở Tài chính is consulted. */
export const DRAFT = {
  proposalType: 'internal-restructuring',
  title: 'Sắp xếp các phòng thuộc Sở Nội vụ',
  summary: 'Giảm đầu mối',
  leadAgency: 'SNV',
  coordinatingAgencies: ['STC'],
  figures: FIGURES,
};

interface Persona {
  roles: Role[];
  orgUnit?: string;
  bodies?: string[];
}

/** The people the journeys call by name. */
const CAST = {
  lead: { roles: ['submitter'], orgUnit: 'SNV' }, // Sở Nội vụ, the lead agency
  other: { roles: ['submitter'], orgUnit: 'SYT' }, // Sở Y tế, an agency with no part in the proposal
  'coordinating-agency': { roles: ['submitter'], orgUnit: 'STC' }, // Sở Tài chính as a submitter
  board: { roles: ['reviewer'], bodies: ['BTCTU'] }, // Ban Tổ chức Tỉnh ủy: appraisal
  finance: { roles: ['reviewer'], bodies: ['STC'] }, // Sở Tài chính: consultation
  front: { roles: ['reviewer'], bodies: ['MTTQ'] }, // Mặt trận Tổ quốc: consultation
  office: { roles: ['reviewer'], bodies: ['VPTU'] }, // Văn phòng Tỉnh ủy: escalations
  secretary: { roles: ['committee-secretary'], bodies: ['BTVTU'] }, // of the Standing Committee
  auditor: { roles: ['auditor'] },
  admin: { roles: ['admin'] },
} satisfies Record<string, Persona>;

/** An event as GET /api/proposals/:id/history lists it. */
export interface HistoryEntry {
  type: string;
  data: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * A test's people and their calls to the proposal routes. Requests come back unsent, for the test to
 * `.expect()` or await; `app` is read at each call, so the client can be made before the app starts.
 */
export const proposalClient = (app: () => TestApp) => {
  const http = () => app().http();
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  /** Signs in a new person (a fresh id on every run) named `who`, once; returns the name. */
  const persona = async (who: string, roles: Role[], orgUnit?: string, bodies: string[] = []) => {
    if (!tokens[who]) {
      ids[who] = `${who}-${randomUUID()}`;
      tokens[who] = await app().token({ sub: ids[who], name: who, roles, orgUnit, bodies });
    }
    return who;
  };
  /** Signs in the named people of CAST. */
  const cast = async (...names: (keyof typeof CAST)[]) => {
    for (const who of names) {
      const { roles, orgUnit, bodies }: Persona = CAST[who];
      await persona(who, roles, orgUnit, bodies);
    }
  };
  /** Standing Committee member number `n`, called `m<n>`. */
  const member = (n: number) => persona(`m${n}`, ['committee-member'], undefined, ['BTVTU']);
  /** Signs in members m1 … m<size>. */
  const committee = async (size: number) => {
    for (let n = 1; n <= size; n++) await member(n);
  };
  /** The Authorization header of a signed-in person. */
  const as = (who: string) => {
    if (!tokens[who]) throw new Error(`no persona ${who}`);
    return { Authorization: `Bearer ${tokens[who]}` };
  };

  /** POST /api/proposals as `who`: DRAFT with `fields` in place of its own. */
  const draft = (who: string, fields: object = {}) =>
    http()
      .post('/api/proposals')
      .set(as(who))
      .send({ ...DRAFT, ...fields });
  /** PATCH /api/proposals/:id: changes a draft, or a proposal returned for revision. */
  const edit = (id: string, who: string, fields: object) =>
    http().patch(`/api/proposals/${id}`).set(as(who)).send(fields);
  /** POST /api/proposals/:id/:action as `who`. */
  const post = (id: string, action: string, who: string, body: object = {}) =>
    http().post(`/api/proposals/${id}/${action}`).set(as(who)).send(body);
  /** Attaches the đề án itself (kind `proposal`). */
  const attachProposal = (id: string, who: string, fileName = 'de-an.pdf') =>
    http()
      .post(`/api/proposals/${id}/attachments`)
      .set(as(who))
      .field('kind', 'proposal')
      .attach('file', PDF, fileName);
  const attachAndSubmit = async (id: string, who = 'lead', fileName?: string) => {
    await attachProposal(id, who, fileName).expect(201);
    await post(id, 'submit', who).expect(200);
  };
  /** A proposal the lead agency drafted (DRAFT with `fields`), attached the đề án to and submitted: its id. */
  const submitted = async (fields: object = {}, fileName?: string) => {
    const id = (await draft('lead', fields).expect(201)).body.proposalId as string;
    await attachAndSubmit(id, 'lead', fileName);
    return id;
  };
  /** Members m1, m2, … vote `choices` in that order. */
  const castVotes = async (id: string, choices: VoteChoice[]) => {
    for (const [i, choice] of choices.entries())
      await post(id, 'votes', await member(i + 1), { choice }).expect(200);
  };

  const detail = async (id: string, who = 'auditor') =>
    (await http().get(`/api/proposals/${id}`).set(as(who)).expect(200)).body;
  const history = async (id: string): Promise<HistoryEntry[]> =>
    (await http().get(`/api/proposals/${id}/history`).set(as('auditor')).expect(200)).body;
  /** Every page of `who`'s inbox (or of the bearer `token`'s), following nextCursor. */
  const inboxIds = async (who: string, token?: string): Promise<string[]> => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { proposalId: string }[]; nextCursor: string | null } = (
        await http()
          .get('/api/inbox')
          .query(cursor ? { cursor } : {})
          .set(token ? { Authorization: `Bearer ${token}` } : as(who))
          .expect(200)
      ).body;
      ids.push(...page.items.map((item) => item.proposalId));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  };
  /** How many times `who`'s inbox lists the proposal: 1 while their stage is open, else 0. */
  const inboxCount = async (id: string, who: string) =>
    (await inboxIds(who)).filter((proposalId) => proposalId === id).length;
  const inboxCounts = async (id: string, people: string[]) => {
    const counts: Record<string, number> = {};
    for (const who of people) counts[who] = await inboxCount(id, who);
    return counts;
  };
  /** Of `everyone`, exactly the people in `open` have the proposal in their inbox. */
  const expectInboxes = async (id: string, everyone: string[], open: string[]) =>
    expect(await inboxCounts(id, everyone)).toEqual(
      Object.fromEntries(everyone.map((who) => [who, open.includes(who) ? 1 : 0])),
    );

  return {
    persona,
    cast,
    member,
    committee,
    as,
    /** The id a signed-in person's token carries. */
    idOf: (who: string) => ids[who],
    draft,
    edit,
    post,
    attachProposal,
    attachAndSubmit,
    submitted,
    castVotes,
    detail,
    history,
    inboxIds,
    inboxCount,
    inboxCounts,
    expectInboxes,
  };
};
