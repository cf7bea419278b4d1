import type { ProgramTask } from '../domain/program.types';
import {
  agency,
  ANNUAL,
  CONTINUOUS,
  fromYear,
  ON_CENTRAL_REGULATION,
  withinYear,
} from './program-data.helpers';

/**
 * III.2.1 — Đối với hệ thống tổ chức của cấp ủy đảng: the Party system's tasks.
 * Text and assignment are the seed's words, verbatim (its OCR slips such as "trường" for "trưởng" kept).
 */
export const PARTY_TASKS: readonly ProgramTask[] = [
  {
    id: 'NV-2.1-01',
    section: '2.1',
    text: 'Các cấp ủy đảng từ tỉnh đến cơ sở căn cứ quy định của Trung ương về chức năng, nhiệm vụ, quyền hạn, trách nhiệm, mối quan hệ công tác của cấp ủy và quy định khung quy chế làm việc của cấp ủy, xây dựng quy chế làm việc của cấp mình và hướng dẫn cấp ủy cấp dưới trực tiếp xây dựng quy chế làm việc',
    assignment: 'thực hiện từ năm 2020, giao Văn phòng Tỉnh ủy chủ trì tham mưu',
    leads: [agency('VPTU', 'Văn phòng Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: fromYear(2020),
  },
  {
    id: 'NV-2.1-02',
    section: '2.1',
    text: 'Nâng cao chất lượng, hiệu quả hoạt động Ban Bảo vệ, chăm sóc sức khỏe cán bộ của tỉnh; đôn đốc các huyện, thị, thành ủy lãnh đạo, chỉ đạo nâng cao chất lượng, hiệu quả công tác bảo vệ và chăm sóc sức khỏe cán bộ thuộc diện quản lý',
    assignment: 'giao Ban Tổ chức Tỉnh ủy tham mưu thực hiện thường xuyên',
    leads: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: CONTINUOUS,
  },
  {
    id: 'NV-2.1-03',
    section: '2.1',
    text: 'Rà soát, đề xuất Trung ương sửa đổi, bổ sung và cụ thể hóa chức năng, nhiệm vụ, quyền hạn, trách nhiệm, mối quan hệ công tác của Đảng ủy khối Các cơ quan tỉnh và Đảng ủy khối Doanh nghiệp tỉnh theo hướng tinh gọn, tập trung cho các mặt công tác xây dựng Đảng và phù hợp với tình hình thực tiễn của địa phương',
    assignment:
      'giao Đảng ủy khối Các cơ quan tỉnh, Đảng ủy khối Doanh nghiệp tỉnh chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy và các cơ quan liên quan tham mưu thực hiện hoàn thành trong năm 2018',
    leads: [
      agency('DUK-CCQ', 'Đảng ủy khối Các cơ quan tỉnh'),
      agency('DUK-DN', 'Đảng ủy khối Doanh nghiệp tỉnh'),
    ],
    coordinating: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    withOthersConcerned: true,
    deadline: withinYear(2018),
  },
  {
    id: 'NV-2.1-04',
    section: '2.1',
    text: 'Rà soát, sửa đổi, bổ sung chức năng, nhiệm vụ, quyền hạn, trách nhiệm, mối quan hệ công tác của các loại hình tổ chức cơ sở đảng theo hướng tăng cường sự lãnh đạo toàn diện của đảng ở cơ sở. Thực hiện đổi mới, hoàn thiện mô hình tổ chức đảng trong các doanh nghiệp nhà nước, đơn vị sự nghiệp công lập để tăng cường sự lãnh đạo toàn diện của Đảng và quản lý chặt chẽ đội ngũ đảng viên. Đẩy mạnh xây dựng tổ chức đảng và phát triển đảng viên trong các doanh nghiệp, đơn vị sự nghiệp ngoài nhà nước. Thống nhất thực hiện trường áp, khu phố là đảng viên; bí thư chi bộ là trường áp, khu phố',
    assignment:
      'giao Ban Tổ chức Tỉnh ủy tham mưu xây dựng đề án, kế hoạch trình Ban Thường vụ Tỉnh ủy trong năm 2018',
    leads: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: withinYear(2018),
  },
  {
    id: 'NV-2.1-05',
    section: '2.1',
    text: 'Thực hiện thống nhất Văn phòng Tỉnh ủy phục vụ chung các cơ quan tham mưu, giúp việc của Tỉnh ủy; trường ban tuyên giáo cấp ủy đồng thời là giám đốc trung tâm bồi dưỡng chính trị cấp huyện. Hợp nhất văn phòng cấp ủy với văn phòng hội đồng nhân dân, ủy ban nhân dân tại 5/15 huyện, thị, thành phố trở lên ở những nơi đủ điều kiện. Thực hiện kiêm nhiệm chức danh trường ban tổ chức với trường phòng nội vụ; chủ nhiệm ủy ban kiểm tra với chánh thanh tra tại 3/15 huyện, thị, thành phố trở lên; trường ban dân vận đồng thời là chủ tịch ủy ban Mặt trận Tổ quốc tại 5/15 huyện, thị, thành phố trở lên',
    assignment:
      'giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tham mưu xây dựng đề án, kế hoạch trình Ban Thường vụ Tỉnh ủy trong năm 2018',
    leads: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: withinYear(2018),
  },
  {
    id: 'NV-2.1-06',
    section: '2.1',
    text: 'Rà soát, sắp xếp thu gọn tổ chức bộ máy một số phòng, ban trực thuộc cơ quan tham mưu, giúp việc của Tỉnh ủy và đơn vị sự nghiệp thuộc khối đảng; tham mưu thực hiện tinh giản biên chế theo lộ trình',
    assignment:
      'thực hiện từ năm 2018, giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tham mưu',
    leads: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: fromYear(2018),
  },
  {
    id: 'NV-2.1-07',
    section: '2.1',
    text: 'Tổ chức sơ kết, tổng kết và tiếp tục thực hiện mô hình bí thư cấp ủy hoặc phó bí thư thường trực cấp ủy đồng thời là chủ tịch hội đồng nhân dân các cấp trong tỉnh; thực hiện bí thư cấp ủy đồng thời là chủ tịch ủy ban nhân dân tại 5/15 huyện, thị, thành phố trở lên và 50/145 xã, phường, thị trấn trở lên',
    assignment:
      'thực hiện từ năm 2019, giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tham mưu',
    leads: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: fromYear(2019),
  },
  {
    id: 'NV-2.1-08',
    section: '2.1',
    text: 'Kịp thời sửa đổi, bổ sung, hoàn thiện chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy, mối quan hệ công tác của các cơ quan chuyên trách tham mưu, giúp việc của Tỉnh ủy và cấp ủy huyện theo quy định của Trung ương',
    assignment:
      'thực hiện khi có quy định của Trung ương, giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tham mưu',
    leads: [agency('BTCTU', 'Ban Tổ chức Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: ON_CENTRAL_REGULATION,
  },
  {
    id: 'NV-2.1-09',
    section: '2.1',
    text: 'Đẩy mạnh công tác tuyên truyền, giáo dục chính trị, tư tưởng, tạo sự thống nhất nhận thức và hành động trong đảng bộ, sự đồng thuận trong xã hội để thực hiện Nghị quyết 18-NQ/TW và Chương trình hành động của Tỉnh ủy. Kịp thời phổ biến những điển hình tiên tiến, những việc làm hay, cách làm sáng tạo, có hiệu quả trong việc sắp xếp tổ chức bộ máy, tinh giản biên chế, đồng thời phản ánh những nơi làm chưa tốt, kém hiệu quả để có giải pháp khắc phục. Đấu tranh kịp thời, hiệu quả những luận điệu của các thế lực thù địch, phần tử xấu lợi dụng việc sắp xếp, kiện toàn bộ máy, tinh giản biên chế để xuyên tạc, chia rẽ, gây mất đoàn kết nội bộ, cản trở việc thực hiện Nghị quyết',
    assignment: 'thực hiện thường xuyên, giao Ban Tuyên giáo Tỉnh ủy chủ trì tham mưu',
    leads: [agency('BTGTU', 'Ban Tuyên giáo Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: CONTINUOUS,
  },
  {
    id: 'NV-2.1-10',
    section: '2.1',
    text: 'Rà soát, sửa đổi, bổ sung chức năng, nhiệm vụ, quyền hạn, mối quan hệ công tác của ủy ban kiểm tra các cấp. Lãnh đạo, chỉ đạo khắc phục sự trùng lặp trong công tác kiểm tra của cấp ủy, thanh tra, giám sát của cơ quan chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội. Xây dựng chương trình, kế hoạch kiểm tra, giám sát việc thực hiện đổi mới, sắp xếp tổ chức bộ máy, tinh giản biên chế, nâng cao hiệu lực, hiệu quả của các cơ quan, đơn vị thực hiện theo Nghị quyết 18-NQ/TW và Chương trình hành động của Tỉnh ủy',
    assignment:
      'thực hiện hằng năm, giao Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tham mưu',
    leads: [agency('UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: true,
    deadline: ANNUAL,
  },
  {
    id: 'NV-2.1-11',
    section: '2.1',
    text: 'Nghiên cứu xây dựng quy định về kiểm soát quyền lực, phòng chống tham nhũng, trách nhiệm người đứng đầu khi thực hiện nhiệm vụ, quyền hạn, trách nhiệm giải trình, bảo đảm dân chủ, công khai, minh bạch',
    assignment: 'thực hiện khi có quy định của Trung ương, giao Ban Nội chính Tỉnh ủy chủ trì tham mưu',
    leads: [agency('BNCTU', 'Ban Nội chính Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: ON_CENTRAL_REGULATION,
  },
  {
    id: 'NV-2.1-12',
    section: '2.1',
    text: 'Đổi mới chương trình, nội dung, phương pháp đào tạo, bồi dưỡng, cập nhật kiến thức cho cán bộ, công chức, viên chức theo tiêu chuẩn chức danh',
    assignment: 'thực hiện thường xuyên, giao Ban Tuyên giáo Tỉnh ủy chủ trì tham mưu',
    leads: [agency('BTGTU', 'Ban Tuyên giáo Tỉnh ủy')],
    coordinating: [],
    withOthersConcerned: false,
    deadline: CONTINUOUS,
  },
];
