import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ProposalType } from '../../../src/proposals/domain/proposal.types';
import type { Role } from '../../../src/shared/domain/actor';
import type { TestApp } from '../../support/test-app';

/**
 * Drives proposals through the real API (draft, attach, submit, appraisal, voters, vote, implementation)
 * for the program's e2e tests. Every figure given to it is a made-up test figure.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const FIXTURE_REASON = 'TEST FIXTURE: made-up figures for an e2e test, not a statistic';

export interface Draft {
  type: ProposalType;
  lead: string;
  title: string;
  staffing?: [number, number];
  deputies?: [number, number];
  taskId?: string;
  unitCodes?: string[];
}

export const programJourneys = (t: TestApp) => {
  const tokens = new Map<string, string>();
  const persona = async (who: string, roles: Role[], orgUnit?: string, bodies: string[] = []) => {
    if (!tokens.has(who))
      tokens.set(who, await t.token({ sub: `${who}-${randomUUID()}`, name: who, roles, orgUnit, bodies }));
    return who;
  };
  const as = (who: string) => ({ Authorization: `Bearer ${tokens.get(who)}` });
  const post = async (id: string, action: string, who: string, body: object = {}) => {
    const res = await t.http().post(`/api/proposals/${id}/${action}`).set(as(who)).send(body);
    if (res.status !== 200) throw new Error(`${action} ${id}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { status: string };
  };
  const stageOf = async (id: string) =>
    (await t.http().get(`/api/proposals/${id}`).set(as('auditor')).expect(200)).body as {
      currentStage: { id: string } | null;
      proposal: { stages: { id: string; memberCount?: number }[] };
    };

  /** A fixture agency in a district (codes are unique per call, so parallel test files never share one). */
  const fixtureAgency = async (label: string, districtCode: string | null, baseline2015: number | null) => {
    const code = `T-${label}-${randomBytes(3).toString('hex')}`;
    await t.app
      .get(DataSource)
      .query(
        `INSERT INTO agencies (code, name_vi, name_en, kind, district_code) VALUES ($1, $2, $3, 'department', $4)`,
        [code, `Cơ quan thử nghiệm ${code}`, `Test agency ${code}`, districtCode],
      );
    if (baseline2015 !== null)
      await t
        .http()
        .patch(`/api/agencies/${code}`)
        .set(as('admin'))
        .send({ staffingBaseline2015: baseline2015, reason: FIXTURE_REASON })
        .expect(200);
    return code;
  };

  const draft = async (d: Draft): Promise<string> => {
    const lead = await persona(`lead:${d.lead}`, ['submitter'], d.lead);
    const [before, after] = d.staffing ?? [2, 2];
    const [deputiesBefore, deputiesAfter] = d.deputies ?? [1, 1];
    const res = await t
      .http()
      .post('/api/proposals')
      .set(as(lead))
      .send({
        proposalType: d.type,
        title: d.title,
        summary: 'Đề án kiểm thử tiến độ chương trình',
        leadAgency: d.lead,
        coordinatingAgencies: [],
        figures: {
          focalPoints: { before: 1, after: 1 },
          staffing: { before, after },
          deputies: { before: deputiesBefore, after: deputiesAfter },
        },
        ...(d.taskId ? { taskId: d.taskId } : {}),
        ...(d.unitCodes ? { unitCodes: d.unitCodes } : {}),
      });
    if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
    const id = res.body.proposalId as string;
    await t
      .http()
      .post(`/api/proposals/${id}/attachments`)
      .set(as(lead))
      .field('kind', 'proposal')
      .attach('file', PDF, 'đề án.pdf')
      .expect(201);
    return id;
  };

  /** Submitted, appraised, voters consulted (mergers), voted through: Approved, not yet implemented. */
  const approved = async (d: Draft): Promise<string> => {
    const id = await draft(d);
    await post(id, 'submit', `lead:${d.lead}`);
    await post(id, 'approve', 'board', { comment: 'Đủ điều kiện' });
    if ((await stageOf(id)).currentStage?.id === 'voter-consultation') {
      const results = (d.unitCodes ?? []).map((unitCode) => ({
        unitCode,
        eligibleVoters: 1000,
        agreed: 601,
      }));
      await post(id, 'voter-consultation', 'board', { results });
    }
    const { proposal } = await stageOf(id);
    const memberCount = proposal.stages.find((s) => s.id === 'standing-committee-vote')!.memberCount!;
    await post(id, 'open-vote', 'secretary');
    for (let i = 1; i <= Math.floor(memberCount / 2) + 1; i++)
      await post(id, 'votes', await persona(`member:${i}`, ['committee-member'], undefined, ['BTVTU']), {
        choice: 'for',
      });
    if ((await post(id, 'close-vote', 'secretary')).status !== 'Approved')
      throw new Error(`${id} not approved`);
    return id;
  };

  const implement = async (id: string, d: Draft, decisionDate: string) => {
    const [before, after] = d.staffing ?? [2, 2];
    const [deputiesBefore, deputiesAfter] = d.deputies ?? [1, 1];
    const body = await post(id, 'implementation', `lead:${d.lead}`, {
      decisionNumber: `${randomBytes(2).toString('hex')}/QĐ-TEST`,
      decisionDate,
      actualFigures: {
        focalPoints: { before: 1, after: 1 },
        staffing: { before, after },
        deputies: { before: deputiesBefore, after: deputiesAfter },
      },
    });
    if (body.status !== 'Implemented') throw new Error(`${id} not implemented`);
    return id;
  };

  const setup = async () => {
    await persona('board', ['reviewer'], undefined, ['BTCTU']);
    await persona('secretary', ['committee-secretary'], undefined, ['BTVTU']);
    await persona('admin', ['admin']);
    await persona('auditor', ['auditor']);
  };

  return { setup, persona, as, post, fixtureAgency, draft, approved, implement };
};
