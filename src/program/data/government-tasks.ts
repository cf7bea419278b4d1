import type { ProgramTask } from '../domain/program.types';
import {
  agency,
  CONTINUOUS,
  fromYear,
  ON_CENTRAL_GUIDANCE,
  ON_CENTRAL_REGULATION,
  withinQuarter,
  withinYear,
} from './program-data.helpers';

/**
 * III.2.2 — Đối với hệ thống tổ chức của chính quyền: the government's tasks.
 * Text and assignment are the seed's words, verbatim (its OCR slips such as "trường" for "trưởng" kept).
 */
export const GOVERNMENT_TASKS: readonly ProgramTask[] = [
  {
    id: 'NV-2.2-01',
    section: '2.2',
    text: 'Tiếp tục nâng cao năng lực, hiệu quả hoạt động của chính quyền đô thị, chính quyền nông thôn, hải đảo nhằm phục vụ tốt yêu cầu của nhân dân',
    assignment: 'thực hiện thường xuyên, giao Ban cán sự đảng Ủy ban nhân dân tỉnh tham mưu',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: CONTINUOUS,
  },
  {
    id: 'NV-2.2-02',
    section: '2.2',
    text: 'Thực hiện hợp nhất Văn phòng Đoàn đại biểu Quốc hội, Văn phòng Hội đồng nhân dân tỉnh và Văn phòng Ủy ban nhân dân tỉnh thành một văn phòng tham mưu giúp việc chung theo quy định, hướng dẫn của Trung ương',
    assignment:
      'thực hiện khi có hướng dẫn của Trung ương, giao Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan liên quan tham mưu',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: ON_CENTRAL_GUIDANCE,
  },
  {
    id: 'NV-2.2-03',
    section: '2.2',
    text: 'Thực hiện giảm hợp lý số lượng đại biểu hội đồng nhân dân các cấp trong tỉnh và giảm đại biểu hội đồng nhân dân công tác ở các cơ quan quản lý nhà nước; giảm còn 01 Phó Chủ tịch Hội đồng nhân dân tỉnh và còn 01 phó chủ tịch hội đồng nhân dân cấp huyện phù hợp với chức năng, nhiệm vụ, gắn với nâng cao chất lượng, hiệu quả hoạt động để triển khai thực hiện từ nhiệm kỳ 2021-2026',
    assignment:
      'giao Đảng đoàn Hội đồng nhân dân tỉnh chủ trì, phối hợp với các cơ quan liên quan tham mưu thực hiện khi có hướng dẫn của Trung ương',
    leads: [agency('DD-HDND', 'Đảng đoàn Hội đồng nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: ON_CENTRAL_GUIDANCE,
  },
  {
    id: 'NV-2.2-04',
    section: '2.2',
    text: 'Căn cứ quy định khung của Trung ương về số lượng cấp phó, nghiên cứu sắp xếp bố trí số lượng cấp phó các cơ quan trực thuộc Ủy ban nhân dân tỉnh và cấp huyện cho phù hợp. Rà soát sắp xếp thu gọn tổ chức bộ máy và thực hiện kiêm nhiệm một số chức danh lãnh đạo, quản lý ở các cơ quan, đơn vị trực thuộc Ủy ban nhân dân tỉnh và các phòng ban trực thuộc ủy ban nhân dân cấp huyện; sắp xếp tổ chức bên trong của các sở, ngành cấp tỉnh để giảm đầu mối, cấp trung gian, tinh giản biên chế, giảm chi thường xuyên, nâng cao hiệu lực, hiệu quả hoạt động',
    assignment:
      'thực hiện khi có hướng dẫn của Trung ương; giao Ban cán sự đảng Ủy ban nhân dân tỉnh tham mưu xây dựng đề án trình Ban Thường vụ Tỉnh ủy',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: ON_CENTRAL_GUIDANCE,
  },
  {
    id: 'NV-2.2-05',
    section: '2.2',
    text: 'Đẩy mạnh cải cách hành chính, nhất là cải cách thủ tục hành chính theo hướng dân chủ, công khai, minh bạch, chuyên nghiệp, xây dựng chính quyền điện tử, đô thị thông minh; mở rộng và tổ chức thực hiện mô hình trung tâm phục vụ hành chính công, cơ chế một cửa, một cửa liên thông ở các cấp trong tỉnh bảo đảm tinh gọn, hiệu lực, hiệu quả, phù hợp với tình hình thực tế của địa phương',
    assignment:
      'giao Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan liên quan tham mưu thực hiện từ năm 2018',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: fromYear(2018),
  },
  {
    id: 'NV-2.2-06',
    section: '2.2',
    text: 'Kiện toàn, sắp xếp lại các Ban Quản lý dự án đầu tư xây dựng chuyên ngành trên địa bàn tỉnh đi vào hoạt động ổn định',
    assignment:
      'thực hiện hoàn thành trong quý I năm 2018, giao Ban cán sự đảng Ủy ban nhân dân tỉnh tham mưu thực hiện',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: withinQuarter(2018, 1),
  },
  {
    id: 'NV-2.2-07',
    section: '2.2',
    text: 'Rà soát, sắp xếp, tổ chức lại đơn vị hành chính cấp huyện, cấp xã và sáp nhập các ấp, khu phố',
    assignment:
      'giao Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì tham mưu xây dựng đề án trình Ban Thường vụ Tỉnh ủy trong năm 2018',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: withinYear(2018),
  },
  {
    id: 'NV-2.2-08',
    section: '2.2',
    text: 'Xây dựng kế hoạch thực hiện chính sách thu hút người có đức, có tài vào làm việc trong các cơ quan, đơn vị, tổ chức của hệ thống chính trị, bảo đảm công khai, minh bạch, dân chủ',
    assignment:
      'thực hiện sau khi có quy định của Trung ương, giao Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan liên quan tham mưu xây dựng kế hoạch trình Ban Thường vụ Tỉnh ủy',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: ON_CENTRAL_REGULATION,
  },
  {
    id: 'NV-2.2-09',
    section: '2.2',
    text: 'Tiếp tục triển khai thực hiện có hiệu quả Nghị quyết số 77/2017/NQ-HĐND, ngày 20-7-2017 của Hội đồng nhân dân tỉnh quy định số lượng, chức danh, mức phụ cấp đối với những người hoạt động không chuyên trách ở xã, phường, thị trấn và ấp, khu phố trên địa bàn tỉnh; thực hiện thống nhất việc khoán kinh phí chi phụ cấp theo định mức đối với đối tượng này',
    assignment:
      'thực hiện hoàn thành trong năm 2018 và thực hiện thường xuyên, giao Ban cán sự đảng Ủy ban nhân dân tỉnh tham mưu',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: withinYear(2018, { thenContinuous: true }),
  },
  {
    id: 'NV-2.2-10',
    section: '2.2',
    text: 'Chủ động chuẩn bị tốt nguồn lực để thực hiện việc sắp xếp tổ chức bộ máy của hệ thống chính trị',
    assignment:
      'giao Ban cán sự đảng Ủy ban nhân dân tỉnh tham mưu xây dựng đề án trình Ban Thường vụ Tỉnh ủy trong năm 2018',
    leads: [agency('BCSD-UBND', 'Ban cán sự đảng Ủy ban nhân dân tỉnh')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: withinYear(2018),
  },
];
