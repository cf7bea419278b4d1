import { randomUUID } from 'node:crypto';
import type { Role } from '../../../src/shared/domain/actor';
import type { ReplayApp } from './replay-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const figures = {
  focalPoints: { before: 4, after: 2 },
  staffing: { before: 44, after: 40 },
  deputies: { before: 4, after: 2 },
};

export interface DrivenProposals {
  /** Internal restructuring, through appraisal, consultation and vote to implementation. */
  implemented: string;
  /** Commune merger, still a draft after its units were edited: holds 31060 and 31064. */
  mergerDraft: string;
  /** Commune merger withdrawn: its units were released. */
  withdrawn: string;
  /** Internal restructuring in appraisal. */
  inAppraisal: string;
}

/** Drives proposals through the real HTTP command path, as reviewers would. */
export const driveProposals = async (t: ReplayApp): Promise<DrivenProposals> => {
  const tokens = new Map<string, string>();
  const persona = async (who: string, roles: Role[], orgUnit?: string, bodies: string[] = []) =>
    tokens.set(who, await t.token({ sub: `${who}-${randomUUID()}`, name: who, roles, orgUnit, bodies }));
  await persona('snv', ['submitter'], 'SNV');
  await persona('district', ['submitter'], 'HU-910');
  await persona('board', ['reviewer'], undefined, ['BTCTU']);
  await persona('finance', ['reviewer'], undefined, ['STC']);
  await persona('secretary', ['committee-secretary'], undefined, ['BTVTU']);
  for (let i = 1; i <= 8; i++) await persona(`m${i}`, ['committee-member'], undefined, ['BTVTU']);
  const as = (who: string) => ({ Authorization: `Bearer ${tokens.get(who)}` });
  const post = async (who: string, path: string, body: object = {}, status = 200) =>
    (await t.http().post(`/api/proposals${path}`).set(as(who)).send(body).expect(status)).body;

  const draft = async (who: string, body: object) =>
    (await post(who, '', { summary: 'Kiểm thử dựng lại', figures, ...body }, 201)).proposalId as string;
  const submitted = async (title: string) => {
    const id = await draft('snv', {
      proposalType: 'internal-restructuring',
      title,
      leadAgency: 'SNV',
      coordinatingAgencies: ['STC'],
    });
    await t
      .http()
      .post(`/api/proposals/${id}/attachments`)
      .set(as('snv'))
      .field('kind', 'proposal')
      .attach('file', PDF, 'đề án.pdf')
      .expect(201);
    await post('snv', `/${id}/submit`);
    return id;
  };
  const merger = (title: string, unitCodes: string[]) =>
    draft('district', {
      proposalType: 'commune-merger',
      title,
      leadAgency: 'HU-910',
      coordinatingAgencies: ['SNV'],
      unitCodes,
      resultingUnit: { name: 'Vĩnh Bình', unitType: 'Xã' },
    });

  const implemented = await submitted('Sắp xếp các phòng thuộc Sở Nội vụ');
  await post('board', `/${implemented}/approve`, { comment: 'Đủ điều kiện' });
  await post('finance', `/${implemented}/opinions`, { body: 'STC', opinion: 'agree' });
  await post('secretary', `/${implemented}/open-vote`);
  for (let i = 1; i <= 8; i++) await post(`m${i}`, `/${implemented}/votes`, { choice: 'for' });
  await post('secretary', `/${implemented}/close-vote`);
  await post('snv', `/${implemented}/implementation`, {
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2019-06-30',
    actualFigures: figures,
  });

  const mergerDraft = await merger('Sáp nhập xã Vĩnh Bình Bắc và xã Vĩnh Bình Nam', ['31060', '31063']);
  await t
    .http()
    .patch(`/api/proposals/${mergerDraft}`)
    .set(as('district'))
    .send({ unitCodes: ['31060', '31064'] })
    .expect(200);
  const withdrawn = await merger('Sáp nhập xã Vĩnh Thuận và xã Tân Thuận', ['31069', '31072']);
  await post('district', `/${withdrawn}/withdraw`, { reason: 'Chờ tiêu chuẩn mới' });
  const inAppraisal = await submitted('Tinh gọn đầu mối Sở Nội vụ');
  return { implemented, mergerDraft, withdrawn, inAppraisal };
};
