import type {
  DistrictProgress,
  ProgressReport,
  TargetProgress,
  TaskProgress,
} from '../domain/progress.types';
import { escapeHtml as e } from './html-escape';
import { targetChart } from './progress-chart.svg';
import { dateVi, numberVi, SECTION_VI, TARGET_STATUS_VI, TASK_STATUS_VI, UNIT_VI } from './report-labels';

/** Báo cáo tiến độ: a self-contained, printable page (no script, no external resource). */

const STYLE = `
  body { font-family: "Times New Roman", serif; font-size: 13pt; margin: 2cm; color: #000; }
  h1 { font-size: 16pt; text-align: center; text-transform: uppercase; }
  h2 { font-size: 14pt; margin-top: 1.5em; }
  table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
  th, td { border: 1px solid #555; padding: 4px 6px; vertical-align: top; font-size: 11pt; }
  th { background: #f0f0f0; }
  tr { page-break-inside: avoid; }
  .overdue { color: #c62828; font-weight: bold; }
  .muted { color: #555; font-size: 10pt; }
  @media print { body { margin: 1cm; } a { color: #000; text-decoration: none; } }`;

const targetRow = (t: TargetProgress) => `
  <tr>
    <td>${e(t.targetId)}</td>
    <td>${e(t.text)}<div class="muted">Thời hạn: ${e(t.deadline.label)} (${dateVi(t.deadline.dueOn)})</div></td>
    <td>${numberVi(t.baseline)}</td>
    <td>${numberVi(t.target)}${t.cutPercent !== undefined ? `<div class="muted">Đã giảm ${numberVi(t.cutPercent)}%</div>` : ''}</td>
    <td>${numberVi(t.achieved)} ${e(UNIT_VI[t.unit])}</td>
    <td class="${t.status === 'overdue' ? 'overdue' : ''}">${e(TARGET_STATUS_VI[t.status])}${t.complete ? '' : '<div class="muted">Số liệu gốc chưa đủ</div>'}</td>
    <td>${targetChart(t)}</td>
    <td>${t.proposals.map((p) => e(`${p.title} (${p.decisionNumber ?? ''})`)).join('<br>') || '—'}</td>
  </tr>`;

const taskRow = (t: TaskProgress) => `
  <tr>
    <td>${e(t.taskId)}</td>
    <td>${e(t.text)}</td>
    <td>${e(t.leads.map((lead) => lead.seedName).join(', '))}</td>
    <td>${e(t.deadline.label)}${t.deadline.dueOn ? ` (${dateVi(t.deadline.dueOn)})` : ''}</td>
    <td>${e(TASK_STATUS_VI[t.status])}${t.completedOn ? ` ${dateVi(t.completedOn)}` : ''}</td>
    <td class="${t.overdue ? 'overdue' : ''}">${t.overdue ? 'Quá hạn' : ''}</td>
  </tr>`;

const districtRow = (d: DistrictProgress, targetIds: string[]) => `
  <tr>
    <td>${e(d.name)}</td>
    ${targetIds
      .map((id) => d.targets.find((t) => t.targetId === id))
      .map((t) =>
        t
          ? `<td>${numberVi(t.achieved)}${t.target !== null ? ` / ${numberVi(t.target)}` : ''}</td>`
          : '<td>—</td>',
      )
      .join('')}
  </tr>`;

export const renderProgressHtml = (report: ProgressReport): string => {
  const districtTargets = report.districts[0]?.targets.map((t) => t.targetId) ?? [];
  const sections = Object.entries(SECTION_VI).map(
    ([section, title]) => `
    <h3>${section}. ${e(title)}</h3>
    <table><thead><tr><th>Mã</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời hạn</th><th>Tình hình</th><th></th></tr></thead>
    <tbody>${report.tasks
      .filter((t) => t.section === section)
      .map(taskRow)
      .join('')}</tbody></table>`,
  );
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Báo cáo tiến độ thực hiện Chương trình hành động</title>
<style>${STYLE}</style></head>
<body>
<h1>Báo cáo tiến độ thực hiện Chương trình hành động</h1>
<p style="text-align:center">${e(report.program.title)}<br>Số liệu đến ngày ${dateVi(report.asOf)}</p>
<p class="muted">Chỉ tính các đề án đã ghi nhận quyết định thực hiện. Biên chế so với năm 2015; đơn vị cấp xã phải sắp xếp là đơn vị chưa đạt 50% cả tiêu chuẩn dân số và diện tích.</p>
<h2>I. Chỉ tiêu</h2>
<table><thead><tr><th>Mã</th><th>Chỉ tiêu</th><th>Số gốc</th><th>Chỉ tiêu</th><th>Đạt được</th><th>Đánh giá</th><th>Biểu đồ</th><th>Đề án</th></tr></thead>
<tbody>${report.targets.map(targetRow).join('')}</tbody></table>
<h2>II. Nhiệm vụ</h2>${sections.join('')}
<h2>III. Theo huyện, thị, thành phố</h2>
<table><thead><tr><th>Huyện, thị, thành phố</th>${districtTargets.map((id) => `<th>${e(id)}</th>`).join('')}</tr></thead>
<tbody>${report.districts.map((d) => districtRow(d, districtTargets)).join('')}</tbody></table>
</body></html>`;
};
