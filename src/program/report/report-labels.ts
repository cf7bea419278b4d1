import type { TargetProgress, TargetStatus, TaskStatus } from '../domain/progress.types';

/** The report's words, in Vietnamese. */

export const TARGET_STATUS_VI: Record<TargetStatus, string> = {
  met: 'Đạt',
  'on-track': 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  overdue: 'Quá hạn, chưa đạt',
  'no-target': 'Chương trình không nêu số',
  'no-baseline': 'Chưa có số liệu gốc',
};

export const TASK_STATUS_VI: Record<TaskStatus, string> = {
  'not-started': 'Chưa triển khai',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
  ongoing: 'Đang thực hiện (thường xuyên)',
  'awaiting-guidance': 'Chờ hướng dẫn của Trung ương',
};

export const UNIT_VI: Record<TargetProgress['unit'], string> = {
  communes: 'đơn vị cấp xã',
  hamlets: 'ấp, khu phố',
  people: 'biên chế',
  districts: 'huyện, thị, thành phố',
  councils: 'HĐND',
};

export const SECTION_VI: Record<string, string> = {
  '2.1': 'Hệ thống tổ chức của cấp ủy đảng',
  '2.2': 'Hệ thống tổ chức của chính quyền',
  '2.3': 'Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và hội quần chúng',
};

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as Vietnamese documents write dates. */
export const dateVi = (date: string | null): string =>
  date === null ? '—' : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const numberVi = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : number.format(value);
