import { DomainError } from '../../../shared/domain/domain-error';

/** The proposal is not in a state, or not at a turn, where this can happen (409; 404 for a missing one). */

export class ProposalNotFound extends DomainError {
  override readonly code = 'PROPOSAL.NOT_FOUND';
  override readonly kind = 'not-found';
  constructor() {
    super({ vi: 'Không tìm thấy đề án.', en: 'No such proposal.' });
  }
}

export class ProposalAlreadyExists extends DomainError {
  override readonly code = 'PROPOSAL.ALREADY_EXISTS';
  override readonly kind = 'conflict';
  constructor(proposalId: string) {
    super({ vi: 'Đề án này đã được tạo.', en: 'This proposal already exists.' }, { proposalId });
  }
}

export class ProposalTerminal extends DomainError {
  override readonly code = 'PROPOSAL.TERMINAL';
  override readonly kind = 'conflict';
  constructor(currentStatus: string) {
    super(
      {
        vi: 'Đề án đã kết thúc (đã thực hiện, bị bác, không được thông qua hoặc đã rút); không thể thao tác thêm.',
        en: `The proposal is closed (${currentStatus}); nothing more can be done to it.`,
      },
      { rule: 'terminal-is-final', currentStatus },
    );
  }
}

export class WrongStatus extends DomainError {
  override readonly code = 'PROPOSAL.WRONG_STATUS';
  override readonly kind = 'conflict';
  constructor(currentStatus: string, allowedStatuses: string[]) {
    super(
      {
        vi: `Không thể thực hiện thao tác này khi đề án đang ở trạng thái ${currentStatus}.`,
        en: `This cannot be done while the proposal is ${currentStatus} (only when ${allowedStatuses.join(' or ')}).`,
      },
      { currentStatus, allowedStatuses },
    );
  }
}

export class ActionNotForStage extends DomainError {
  override readonly code = 'PROPOSAL.ACTION_NOT_FOR_STAGE';
  override readonly kind = 'conflict';
  constructor(action: string, stageId: string, stageKind: string) {
    super(
      {
        vi: `Bước đang mở (${stageId}) không nhận thao tác này.`,
        en: `The open stage (${stageId}, ${stageKind}) does not take "${action}".`,
      },
      { action, stageId, stageKind },
    );
  }
}

export class AlreadyVoted extends DomainError {
  override readonly code = 'PROPOSAL.ALREADY_VOTED';
  override readonly kind = 'conflict';
  constructor(voterId: string, round: number) {
    super(
      { vi: 'Đồng chí đã biểu quyết trong lượt này.', en: 'You have already voted in this round.' },
      { rule: 'one-vote-per-member', voterId, round },
    );
  }
}

export class VoteNotOpen extends DomainError {
  override readonly code = 'PROPOSAL.VOTE_NOT_OPEN';
  override readonly kind = 'conflict';
  constructor(stageId: string) {
    super({ vi: 'Chưa mở biểu quyết.', en: 'No vote is open.' }, { stageId });
  }
}

export class VoteAlreadyOpen extends DomainError {
  override readonly code = 'PROPOSAL.VOTE_ALREADY_OPEN';
  override readonly kind = 'conflict';
  constructor(stageId: string, round: number) {
    super(
      { vi: 'Biểu quyết đang diễn ra.', en: 'A vote is already open; close it first.' },
      { stageId, round },
    );
  }
}

export class BallotsExceedMembers extends DomainError {
  override readonly code = 'PROPOSAL.VOTE_FULL';
  override readonly kind = 'conflict';
  constructor(memberCount: number) {
    super(
      {
        vi: `Số phiếu đã đủ ${memberCount} ủy viên.`,
        en: `All ${memberCount} members pinned for this vote have already voted.`,
      },
      { rule: 'ballots-within-membership', memberCount },
    );
  }
}

export class AlreadyAnswered extends DomainError {
  override readonly code = 'PROPOSAL.ALREADY_ANSWERED';
  override readonly kind = 'conflict';
  constructor(body: string) {
    super(
      {
        vi: `${body} đã có ý kiến trong đợt lấy ý kiến này.`,
        en: `${body} has already answered this consultation.`,
      },
      { rule: 'one-opinion-per-body', body },
    );
  }
}

export class ConsultationNotDue extends DomainError {
  override readonly code = 'PROPOSAL.CONSULTATION_NOT_DUE';
  override readonly kind = 'conflict';
  constructor(dueOn: string, today: string) {
    super(
      {
        vi: `Chưa hết hạn lấy ý kiến (hạn ${dueOn}); chỉ kết thúc sớm khi đã quá hạn.`,
        en: `The consultation is due on ${dueOn}; it can only be closed once that date has passed.`,
      },
      { rule: 'close-after-due-date', dueOn, today },
    );
  }
}

export class StageFinished extends DomainError {
  override readonly code = 'PROPOSAL.STAGE_FINISHED';
  override readonly kind = 'conflict';
  constructor(stageId: string) {
    super(
      { vi: `Bước "${stageId}" đã hoàn thành.`, en: `Stage "${stageId}" is already finished.` },
      { stageId },
    );
  }
}

export class AttachmentAlreadyExists extends DomainError {
  override readonly code = 'PROPOSAL.ATTACHMENT_DUPLICATE';
  override readonly kind = 'conflict';
  constructor(attachmentId: string) {
    super(
      { vi: 'Tài liệu này đã được đính kèm.', en: 'This attachment is already in the dossier.' },
      { attachmentId },
    );
  }
}
