import { DomainError } from '../../../shared/domain/domain-error';

/** The caller may not do this to this proposal (403). */

export class AuditorReadOnly extends DomainError {
  override readonly code = 'PROPOSAL.AUDITOR_READ_ONLY';
  override readonly kind = 'forbidden';
  constructor(actorId: string) {
    super(
      {
        vi: 'Kiểm toán viên chỉ được xem, không được thao tác.',
        en: 'An auditor reads; an auditor never acts.',
      },
      { rule: 'auditor-read-only', actorId },
    );
  }
}

export class NotLeadAgency extends DomainError {
  override readonly code = 'PROPOSAL.NOT_LEAD_AGENCY';
  override readonly kind = 'forbidden';
  constructor(leadAgency: string, orgUnit: string | undefined) {
    super(
      {
        vi: `Chỉ cán bộ trình của cơ quan chủ trì (${leadAgency}) mới được thực hiện thao tác này.`,
        en: `Only a submitter of the lead agency (${leadAgency}) may do this.`,
      },
      { rule: 'lead-agency-only', leadAgency, orgUnit: orgUnit ?? null },
    );
  }
}

export class NotYourStage extends DomainError {
  override readonly code = 'PROPOSAL.NOT_YOUR_STAGE';
  override readonly kind = 'forbidden';
  constructor(stageId: string | null, bodies: string[]) {
    super(
      {
        vi: `Chỉ cơ quan phụ trách bước đang mở (${bodies.join(', ') || '—'}) hoặc người được ủy quyền mới được thao tác.`,
        en: `Only the body of the open stage (${bodies.join(', ') || '—'}) or its delegate may act on it.`,
      },
      { rule: 'open-stage-body-only', stageId, bodies },
    );
  }
}

export class NotCommitteeMember extends DomainError {
  override readonly code = 'PROPOSAL.NOT_COMMITTEE_MEMBER';
  override readonly kind = 'forbidden';
  constructor(body: string) {
    super(
      { vi: `Chỉ ủy viên ${body} mới được biểu quyết.`, en: `Only members of ${body} may vote.` },
      { rule: 'members-vote', body },
    );
  }
}

export class NotCommitteeSecretary extends DomainError {
  override readonly code = 'PROPOSAL.NOT_COMMITTEE_SECRETARY';
  override readonly kind = 'forbidden';
  constructor(body: string) {
    super(
      {
        vi: `Chỉ thư ký của ${body} mới được mở hoặc kết thúc biểu quyết.`,
        en: `Only the secretary of ${body} may open or close a vote.`,
      },
      { rule: 'secretary-runs-vote', body },
    );
  }
}
