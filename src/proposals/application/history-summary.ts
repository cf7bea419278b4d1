import type { LocalisedText } from '../../shared/domain/domain-error';

type Data = Record<string, unknown>;
type Summary = (d: Data, who: string) => LocalisedText;

const s = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const stage = (d: Data): string => s(d.stageId);
const choice = {
  for: ['tán thành', 'for'],
  against: ['không tán thành', 'against'],
  abstain: ['không biểu quyết', 'abstain'],
};

const SUMMARIES: Record<string, Summary> = {
  ProposalDrafted: (d, who) => ({
    vi: `${who} lập dự thảo đề án "${s(d.title)}"`,
    en: `${who} drafted "${s(d.title)}"`,
  }),
  DraftEdited: (_, who) => ({ vi: `${who} sửa dự thảo`, en: `${who} edited the draft` }),
  DocumentAttached: (d, who) => {
    const name = s((d.attachment as Data | undefined)?.name);
    return { vi: `${who} đính kèm tài liệu "${name}"`, en: `${who} attached "${name}"` };
  },
  ProposalSubmitted: (_, who) => ({ vi: `${who} trình đề án`, en: `${who} submitted the proposal` }),
  StageOpened: (d) => ({
    vi: `Mở bước ${stage(d)}, hạn ${s(d.dueOn)}`,
    en: `Stage ${stage(d)} opened, due ${s(d.dueOn)}`,
  }),
  StageSkipped: (d) => ({ vi: `Bỏ qua bước ${stage(d)} (đã thông qua)`, en: `Stage ${stage(d)} skipped` }),
  StageApproved: (d, who) => ({
    vi: `${who} thông qua bước ${stage(d)}`,
    en: `${who} approved stage ${stage(d)}`,
  }),
  OpinionGiven: (d, who) => ({
    vi: `${who} (${s(d.body)}) cho ý kiến: ${s(d.opinion)}`,
    en: `${who} (${s(d.body)}) gave the opinion: ${s(d.opinion)}`,
  }),
  ConsultationCompleted: () => ({ vi: 'Các cơ quan đã cho ý kiến đủ', en: 'Every consulted body answered' }),
  ConsultationClosed: (_, who) => ({
    vi: `${who} kết thúc lấy ý kiến`,
    en: `${who} closed the consultation`,
  }),
  VoterConsultationRecorded: (_, who) => ({
    vi: `${who} ghi nhận kết quả lấy ý kiến cử tri`,
    en: `${who} recorded the voter consultation`,
  }),
  VoteOpened: (_, who) => ({ vi: `${who} mở biểu quyết`, en: `${who} opened the vote` }),
  VoteCast: (d, who) => {
    const [vi, en] = choice[s(d.choice) as keyof typeof choice] ?? [s(d.choice), s(d.choice)];
    return { vi: `${who} biểu quyết: ${vi}`, en: `${who} voted ${en}` };
  },
  VoteClosed: (_, who) => ({ vi: `${who} kết thúc biểu quyết`, en: `${who} closed the vote` }),
  RevisionRequested: (d, who) => ({
    vi: `${who} trả lại để bổ sung: ${s(d.reason)}`,
    en: `${who} returned it for revision: ${s(d.reason)}`,
  }),
  ProposalResubmitted: (_, who) => ({ vi: `${who} trình lại đề án`, en: `${who} resubmitted the proposal` }),
  StageDelegated: (d, who) => {
    const delegate = s((d.delegate as Data | undefined)?.name);
    return {
      vi: `${who} ủy quyền bước ${stage(d)} cho ${delegate}`,
      en: `${who} delegated ${stage(d)} to ${delegate}`,
    };
  },
  ProposalApproved: () => ({ vi: 'Đề án được thông qua', en: 'The proposal was approved' }),
  ProposalNotApproved: () => ({ vi: 'Đề án không được thông qua', en: 'The proposal was not approved' }),
  ProposalRejected: (d, who) => ({
    vi: `${who} không chấp nhận đề án: ${s(d.reason)}`,
    en: `${who} rejected it: ${s(d.reason)}`,
  }),
  ProposalWithdrawn: (d, who) => ({
    vi: `${who} rút đề án: ${s(d.reason)}`,
    en: `${who} withdrew it: ${s(d.reason)}`,
  }),
  ImplementationRecorded: (d, who) => ({
    vi: `${who} ghi nhận thực hiện theo quyết định ${s(d.decisionNumber)} ngày ${s(d.decisionDate)}`,
    en: `${who} recorded implementation under decision ${s(d.decisionNumber)} of ${s(d.decisionDate)}`,
  }),
};

/** One readable line per event, in Vietnamese and English, for auditors reading a history. */
export const summarizeEvent = (type: string, data: Data, actorName: string | null): LocalisedText => {
  const summary = SUMMARIES[type];
  const who = actorName ?? 'Hệ thống';
  return summary ? summary(data, who) : { vi: type, en: type };
};
