import type { LanguageWording } from './notification-wording';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Vietnamese, the working language of the province, in the register of official correspondence. */
export const VI_WORDING: LanguageWording = {
  quote: (title) => `“${title}”`,
  labels: { stage: 'Bước xử lý', outcome: 'Kết quả', reason: 'Lý do', reference: 'Mã đề án' },
  formatDate: (d) => `${pad(d.day)}/${pad(d.month)}/${d.year}`,
  terms: new Map([
    ['approved', 'Thông qua'],
    ['not-approved', 'Không thông qua'],
    ['vote-majority-not-reached', 'Không đạt đa số thành viên biểu quyết tán thành'],
    ['voter-consultation-failed', 'Không đạt kết quả lấy ý kiến cử tri'],
  ]),
  templates: {
    'stage-opened': {
      lead: 'Đề án chờ xử lý',
      opening: (t) => `Đề án ${t} đang chờ xử lý.`,
      dueLabel: 'Hạn xử lý',
    },
    'opinion-requested': {
      lead: 'Đề nghị góp ý đề án',
      opening: (t) => `Đề nghị cho ý kiến đối với đề án ${t}.`,
      dueLabel: 'Hạn góp ý',
    },
    'vote-opened': {
      lead: 'Biểu quyết đề án',
      opening: (t) => `Đã mở biểu quyết đối với đề án ${t}.`,
      dueLabel: 'Hạn biểu quyết',
    },
    'revision-requested': {
      lead: 'Đề án được trả lại để chỉnh sửa',
      opening: (t) => `Đề án ${t} được trả lại để chỉnh sửa, bổ sung.`,
      actorLabel: 'Người trả lại',
    },
    'proposal-decided': { lead: 'Kết quả xem xét đề án', opening: (t) => `Đề án ${t} đã có kết quả.` },
    'proposal-rejected': {
      lead: 'Đề án không được chấp thuận',
      opening: (t) => `Đề án ${t} không được chấp thuận.`,
      actorLabel: 'Người quyết định',
    },
    'proposal-withdrawn': {
      lead: 'Đề án đã được rút lại',
      opening: (t) => `Cơ quan trình đã rút lại đề án ${t}.`,
      actorLabel: 'Người rút',
    },
    'stage-delegated': {
      lead: 'Ủy quyền xử lý đề án',
      opening: (t) => `Quý vị được ủy quyền xử lý đề án ${t}.`,
      actorLabel: 'Người ủy quyền',
      dueLabel: 'Hạn xử lý',
    },
    'stage-reminder': {
      lead: 'Nhắc hạn xử lý đề án',
      opening: (t) => `Đề án ${t} sắp đến hạn xử lý.`,
      dueLabel: 'Hạn xử lý',
    },
    'stage-escalation': {
      lead: 'Đề án quá hạn xử lý',
      opening: (t) => `Đề án ${t} đã quá hạn xử lý và được báo cáo để theo dõi, chỉ đạo.`,
      dueLabel: 'Hạn xử lý',
    },
  },
};
