import type { ProgramTarget, TargetMeasure } from '../domain/program.types';
import { withinYear } from './program-data.helpers';

const BY_2021 = { deadline: withinYear(2021), deadlineText: 'Đến năm 2021' } as const;
const FROM_TERM_2021 = { deadline: withinYear(2021), deadlineText: 'từ nhiệm kỳ 2021-2026' } as const;
const districts = (atLeast: number | null): TargetMeasure => ({ kind: 'pilot-districts', of: 15, atLeast });

/**
 * The measurable targets. Goals (3) and (4) of II.2 give the commune, hamlet and staffing targets; the
 * pilots of goal (2) and the deputies of goal (1) are quantified in III.2 ("5/15", "còn 01"), whose
 * passages are quoted. `derivedFrom` links a proposal of that type to the target when no other target
 * claims the type; a proposal can always name a target (or `<target>_<unit code>`) as its taskId.
 */
export const PROGRAM_TARGETS: readonly ProgramTarget[] = [
  {
    id: 'CT-XA-DUOI-50',
    goalId: 'MT-2021-3',
    text: 'Sắp xếp các đơn vị hành chính cấp xã chưa đạt 50% tiêu chuẩn cả về quy mô dân số và diện tích tự nhiên',
    quote:
      'Rà soát sắp xếp thu gọn hợp lý các đơn vị hành chính cấp xã chưa đạt 50% tiêu chuẩn theo quy định về quy mô dân số, diện tích tự nhiên',
    taskIds: ['NV-2.2-07'],
    derivedFrom: ['commune-merger'],
    measure: { kind: 'required-commune-mergers', belowShare: 0.5 },
    ...BY_2021,
  },
  {
    id: 'CT-GIAM-AP-KP',
    goalId: 'MT-2021-3',
    text: 'Giảm số lượng ấp, khu phố (chương trình không nêu con số)',
    quote: 'giảm số lượng ấp, khu phố',
    taskIds: ['NV-2.2-07'],
    derivedFrom: ['hamlet-merger'],
    measure: { kind: 'hamlets-reduced' },
    ...BY_2021,
  },
  {
    id: 'CT-BIEN-CHE-10',
    goalId: 'MT-2021-4',
    text: 'Giảm tối thiểu 10% biên chế so với năm 2015',
    quote: 'Thực hiện giảm tối thiểu 10% biên chế so với năm 2015',
    taskIds: ['NV-2.1-06', 'NV-2.2-04', 'NV-2.3-02'],
    // Every implemented proposal's actual staffing change counts, whatever its type: see staffing-cut.
    derivedFrom: [],
    measure: { kind: 'staffing-cut', minimumPercent: 10, baselineYear: 2015 },
    ...BY_2021,
  },
  {
    id: 'CT-BT-CT-UBND-HUYEN',
    goalId: 'MT-2021-2',
    text: 'Bí thư cấp ủy đồng thời là chủ tịch ủy ban nhân dân tại ít nhất 5/15 huyện, thị, thành phố',
    quote:
      'thực hiện bí thư cấp ủy đồng thời là chủ tịch ủy ban nhân dân tại 5/15 huyện, thị, thành phố trở lên',
    taskIds: ['NV-2.1-07'],
    derivedFrom: ['concurrent-post'],
    measure: districts(5),
    ...BY_2021,
  },
  {
    id: 'CT-BT-CT-UBND-XA',
    goalId: 'MT-2021-2',
    text: 'Bí thư cấp ủy đồng thời là chủ tịch ủy ban nhân dân tại ít nhất 50/145 xã, phường, thị trấn',
    quote: 'và 50/145 xã, phường, thị trấn trở lên',
    taskIds: ['NV-2.1-07'],
    derivedFrom: ['concurrent-post'],
    measure: { kind: 'pilot-communes', of: 145, atLeast: 50 },
    ...BY_2021,
  },
  {
    id: 'CT-VP-CAP-UY-HDND-UBND',
    goalId: 'MT-2021-2',
    text: 'Hợp nhất văn phòng cấp ủy với văn phòng HĐND, UBND tại ít nhất 5/15 huyện, thị, thành phố',
    quote:
      'Hợp nhất văn phòng cấp ủy với văn phòng hội đồng nhân dân, ủy ban nhân dân tại 5/15 huyện, thị, thành phố trở lên ở những nơi đủ điều kiện',
    taskIds: ['NV-2.1-05'],
    derivedFrom: ['merged-office'],
    measure: districts(5),
    ...BY_2021,
  },
  {
    id: 'CT-TBTC-TPNV',
    goalId: 'MT-2021-2',
    text: 'Trưởng ban tổ chức kiêm trưởng phòng nội vụ (chương trình không nêu số huyện)',
    quote: 'Thực hiện kiêm nhiệm chức danh trường ban tổ chức với trường phòng nội vụ',
    taskIds: ['NV-2.1-05'],
    derivedFrom: ['concurrent-post'],
    measure: districts(null),
    ...BY_2021,
  },
  {
    id: 'CT-UBKT-THANH-TRA',
    goalId: 'MT-2021-2',
    text: 'Chủ nhiệm ủy ban kiểm tra kiêm chánh thanh tra tại ít nhất 3/15 huyện, thị, thành phố',
    quote: 'chủ nhiệm ủy ban kiểm tra với chánh thanh tra tại 3/15 huyện, thị, thành phố trở lên',
    taskIds: ['NV-2.1-05'],
    derivedFrom: ['concurrent-post'],
    measure: districts(3),
    ...BY_2021,
  },
  {
    id: 'CT-DAN-VAN-MTTQ',
    goalId: 'MT-2021-2',
    text: 'Trưởng ban dân vận đồng thời là chủ tịch Ủy ban MTTQ tại ít nhất 5/15 huyện, thị, thành phố',
    quote:
      'trường ban dân vận đồng thời là chủ tịch ủy ban Mặt trận Tổ quốc tại 5/15 huyện, thị, thành phố trở lên',
    taskIds: ['NV-2.1-05'],
    derivedFrom: ['concurrent-post'],
    measure: districts(5),
    ...BY_2021,
  },
  {
    id: 'CT-VP-MTTQ-DOAN-THE',
    goalId: 'MT-2021-2',
    text: 'Cơ quan tham mưu, giúp việc chung khối MTTQ và các đoàn thể tại ít nhất 5/15 huyện, thị, thành phố',
    quote:
      'Thực hiện mô hình cơ quan tham mưu, giúp việc chung khối Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội tại 5/15 huyện, thị, thành phố trở lên ở những nơi đủ điều kiện',
    taskIds: ['NV-2.3-05'],
    derivedFrom: ['merged-office'],
    measure: districts(5),
    ...BY_2021,
  },
  {
    id: 'CT-PCT-HDND-TINH',
    goalId: 'MT-2021-1',
    text: 'Còn 01 Phó Chủ tịch Hội đồng nhân dân tỉnh',
    quote: 'giảm còn 01 Phó Chủ tịch Hội đồng nhân dân tỉnh',
    taskIds: ['NV-2.2-03'],
    derivedFrom: [],
    measure: { kind: 'council-one-vice-chair', level: 'province' },
    ...FROM_TERM_2021,
  },
  {
    id: 'CT-PCT-HDND-HUYEN',
    goalId: 'MT-2021-1',
    text: 'Còn 01 phó chủ tịch hội đồng nhân dân cấp huyện, ở cả 15 huyện, thị, thành phố',
    quote: 'còn 01 phó chủ tịch hội đồng nhân dân cấp huyện',
    taskIds: ['NV-2.2-03'],
    derivedFrom: [],
    measure: { kind: 'council-one-vice-chair', level: 'district' },
    ...FROM_TERM_2021,
  },
];
