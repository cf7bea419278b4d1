import type { ProgramGoal } from '../domain/program.types';

const goal = (period: ProgramGoal['period'], number: number, text: string): ProgramGoal => ({
  id: `MT-${period.slice(-4)}-${number}`,
  period,
  number,
  text,
});

/**
 * II.2 "Mục tiêu cụ thể", the numbered goals in the seed's words (the closing ";" or "." dropped).
 * Only some are measurable; ./targets.ts makes those into figures.
 */
export const PROGRAM_GOALS: readonly ProgramGoal[] = [
  goal(
    '2018-2021',
    1,
    'Cơ bản hoàn thành việc sắp xếp, kiện toàn một số tổ chức và các đầu mối bên trong của từng tổ chức theo hướng giảm đầu mối, giảm tối đa cấp trung gian, giảm cấp phó. Tiếp tục rà soát, sửa đổi, bổ sung chức năng, nhiệm vụ, quyền hạn của từng cơ quan, tổ chức trong hệ thống chính trị của tỉnh để khắc phục tình trạng trùng lặp, chồng chéo về chức năng, nhiệm vụ và lĩnh vực quản lý',
  ),
  goal(
    '2018-2021',
    2,
    'Thực hiện thí điểm một số mô hình mới về tổ chức bộ máy và kiêm nhiệm chức danh để tinh gọn đầu mối, nâng cao hiệu lực, hiệu quả hoạt động',
  ),
  goal(
    '2018-2021',
    3,
    'Rà soát sắp xếp thu gọn hợp lý các đơn vị hành chính cấp xã chưa đạt 50% tiêu chuẩn theo quy định về quy mô dân số, diện tích tự nhiên và giảm số lượng ấp, khu phố',
  ),
  goal('2018-2021', 4, 'Thực hiện giảm tối thiểu 10% biên chế so với năm 2015'),
  goal(
    '2021-2030',
    1,
    'Phân định rõ chức năng, nhiệm vụ, quyền hạn của từng cơ quan, tổ chức, khắc phục được tình trạng chồng chéo, trùng lặp hoặc bỏ sót chức năng, nhiệm vụ giữa các cơ quan, tổ chức trong hệ thống chính trị',
  ),
  goal(
    '2021-2030',
    2,
    'Tiếp tục cụ thể hóa và thực hiện có hiệu quả chủ trương, nghị quyết, kết luận của Đảng về đổi mới, sắp xếp tổ chức bộ máy trong hệ thống chính trị',
  ),
  goal(
    '2021-2030',
    3,
    'Nâng cao năng lực, hiệu quả hoạt động của chính quyền nông thôn, chính quyền đô thị, hải đảo',
  ),
  goal(
    '2021-2030',
    4,
    'Hoàn thành việc sắp xếp thu gọn các đơn vị hành chính cấp huyện, xã và ấp, khu phố theo tiêu chuẩn quy định',
  ),
];
