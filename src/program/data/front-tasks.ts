import type { ProgramTask } from '../domain/program.types';
import {
  agency,
  CONTINUOUS,
  fromYear,
  FRONT_WITHOUT_COMMITTEE,
  POLITICAL_SOCIAL_ORGANISATIONS,
  withinYear,
} from './program-data.helpers';

/**
 * III.2.3 — Đối với Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và hội quần chúng.
 * Text and assignment are the seed's words, verbatim (its OCR slips such as "trường" for "trưởng" kept).
 */
export const FRONT_TASKS: readonly ProgramTask[] = [
  {
    id: 'NV-2.3-01',
    section: '2.3',
    text: 'Tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội các cấp trong tỉnh theo hướng tập trung cho cơ sở, gắn bó với đoàn viên, hội viên; tăng cường phối hợp công tác giữa Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội với các cơ quan, tổ chức có liên quan; tích cực tổ chức triển khai và nâng cao chất lượng giám sát, phản biện xã hội',
    assignment:
      'thực hiện thường xuyên, giao Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị-xã hội tỉnh tham mưu',
    leads: [agency('MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'), POLITICAL_SOCIAL_ORGANISATIONS],
    coordinating: [],
    withOthersConcerned: false,
    deadline: CONTINUOUS,
  },
  {
    id: 'NV-2.3-02',
    section: '2.3',
    text: 'Kiện toàn, sắp xếp tổ chức bộ máy, tinh gọn đầu mối bên trong gắn với sửa đổi, bổ sung chức năng, nhiệm vụ, quyền hạn, trách nhiệm, mối quan hệ công tác của từng tổ chức trong các cơ quan Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội. Rà soát, cắt giảm số ban, phòng và tương đương có chức năng, nhiệm vụ trùng lặp, chồng chéo; sắp xếp, thu gọn lại tổ chức bộ máy các đơn vị sự nghiệp như: Nhà Thiếu nhi, Trung tâm Dạy nghề Thanh niên, Trung tâm hoạt động Thanh thiếu niên trực thuộc Tỉnh đoàn và Trung tâm Dạy nghề và Hỗ trợ nông dân trực thuộc Hội Nông dân tỉnh...; thực hiện tinh giản biên chế, cơ cấu lại đội ngũ cán bộ chuyên trách các cấp trong tỉnh, đi đôi với tăng cường sử dụng đội ngũ cộng tác viên, tình nguyện viên',
    assignment:
      'thực hiện từ năm 2018, giao Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị-xã hội tỉnh tham mưu',
    leads: [agency('MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'), POLITICAL_SOCIAL_ORGANISATIONS],
    coordinating: [],
    withOthersConcerned: false,
    deadline: fromYear(2018),
  },
  {
    id: 'NV-2.3-03',
    section: '2.3',
    text: 'Lãnh đạo thực hiện có hiệu quả mô hình tự quản ở cộng đồng dân cư ở ấp, khu phố trong tỉnh',
    assignment:
      'giao Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các cơ quan liên quan tham mưu xây dựng kế hoạch trình Ban Thường vụ Tỉnh ủy trong năm 2018',
    leads: [FRONT_WITHOUT_COMMITTEE],
    coordinating: [],
    withOthersConcerned: true,
    deadline: withinYear(2018),
  },
  {
    id: 'NV-2.3-04',
    section: '2.3',
    text: 'Rà soát, xây dựng tổ chức bộ máy, phương thức hoạt động của các tổ chức công đoàn trên địa bàn tỉnh hoạt động có hiệu quả và phù hợp với điều kiện mới',
    assignment:
      'giao Liên đoàn Lao động tỉnh chủ trì, phối hợp với các cơ quan liên quan tham mưu thực hiện từ năm 2019',
    leads: [agency('LDLD', 'Liên đoàn Lao động tỉnh')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: fromYear(2019),
  },
  {
    id: 'NV-2.3-05',
    section: '2.3',
    text: 'Thực hiện mô hình cơ quan tham mưu, giúp việc chung khối Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội tại 5/15 huyện, thị, thành phố trở lên ở những nơi đủ điều kiện',
    assignment:
      'giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tham mưu xây dựng đề án trình Ban Thường vụ Tỉnh ủy trong năm 2018',
    leads: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: withinYear(2018),
  },
  {
    id: 'NV-2.3-06',
    section: '2.3',
    text: 'Lãnh đạo, chỉ đạo các hội quần chúng hoạt động đúng theo nguyên tắc tự nguyện, tự quản, tự bảo đảm kinh phí hoạt động và tuân thủ pháp luật; nhà nước chỉ cấp kinh phí để thực hiện những nhiệm vụ do cấp ủy đảng và chính quyền giao',
    assignment: 'thực hiện thường xuyên, giao Ban cán sự đảng Ủy ban nhân dân tỉnh tham mưu',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: CONTINUOUS,
  },
];
