import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../src/shared/domain/actor';

/**
 * The people of one proposal's journey (DESIGN.md, default chain): Sở Nội vụ drafts, the Organization
 * Board appraises, Sở Tài chính gives its opinion, the Standing Committee's secretary and members vote.
 */
export const personas = {
  lead: { id: 'bench-snv-01', name: 'Nguyễn Thị Hòa', roles: ['submitter'], orgUnit: 'SNV', bodies: [] },
  board: { id: 'bench-btctu-01', name: 'Lê Minh Chánh', roles: ['reviewer'], bodies: ['BTCTU'] },
  finance: { id: 'bench-stc-02', name: 'Võ Thị Vĩnh', roles: ['reviewer'], bodies: ['STC'] },
  secretary: {
    id: 'bench-btvtu-sec',
    name: 'Huỳnh Văn Thư',
    roles: ['committee-secretary'],
    bodies: ['BTVTU'],
  },
  ...Object.fromEntries(
    Array.from({ length: 15 }, (_, i) => [
      `m${i + 1}`,
      {
        id: `bench-btvtu-${i + 1}`,
        name: `Ủy viên ${i + 1}`,
        roles: ['committee-member'],
        bodies: ['BTVTU'],
      },
    ]),
  ),
} as Record<string, Actor>;

export const draftFields = (title: string) => ({
  proposalType: 'internal-restructuring' as const,
  title,
  summary: 'Giảm từ 12 xuống 10 đầu mối; giảm cấp phó; tinh giản 10% biên chế so với năm 2015.',
  leadAgency: 'SNV',
  coordinatingAgencies: ['STC'],
  figures: {
    focalPoints: { before: 12, after: 10 },
    staffing: { before: 100, after: 90 },
    deputies: { before: 6, after: 4 },
  },
});

export const implementationFields = () => ({
  decisionNumber: '123/QĐ-UBND',
  decisionDate: new Date().toISOString().slice(0, 10),
  actualFigures: draftFields('').figures,
});

/** A minimal PDF: what the attachment route accepts (sniffed by content) and what submission needs. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PDF_SHA256 = createHash('sha256').update(PDF).digest('hex');

export const pdfAttachment = () => ({
  id: randomUUID(),
  name: 'Đề án sắp xếp.pdf',
  mediaType: 'application/pdf',
  size: PDF.length,
  sha256: PDF_SHA256,
  kind: 'proposal' as const,
});

/** Votes cast in the template journey: a majority of the 15 members. */
export const VOTES_FOR = 8;
