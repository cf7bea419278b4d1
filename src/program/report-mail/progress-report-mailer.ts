import { createTransport } from 'nodemailer';
import type { ProgressReport } from '../domain/progress.types';
import { dateVi } from '../report/report-labels';
import { renderReport } from '../report/render-report';

export interface ReportMailSettings {
  smtpUrl: string | null;
  mailFrom: string;
}

export const reportSubject = (asOf: string): string =>
  `Báo cáo tiến độ thực hiện Chương trình hành động (số liệu đến ngày ${dateVi(asOf)})`;

/**
 * Mails the report to one office: the HTML page as the body and as a file (mail clients often hide
 * inline SVG charts), and the XLSX workbook for the figures.
 */
export const mailProgressReport = async (
  settings: ReportMailSettings,
  to: { recipient: string; address: string },
  report: ProgressReport,
): Promise<void> => {
  const [html, xlsx] = await Promise.all([renderReport(report, 'html'), renderReport(report, 'xlsx')]);
  const transport = createTransport({ url: settings.smtpUrl! });
  try {
    await transport.sendMail({
      from: settings.mailFrom,
      to: to.address,
      subject: reportSubject(report.asOf),
      text: [
        `Kính gửi ${to.recipient},`,
        `Báo cáo tiến độ thực hiện Chương trình hành động, số liệu đến ngày ${dateVi(report.asOf)}, đính kèm`,
        'dưới dạng trang in (HTML) và bảng tính (XLSX). Chỉ tính các đề án đã ghi nhận quyết định thực hiện.',
      ].join('\n'),
      html: html.body as string,
      // One id per office and day, so a retry's copy is recognised as the same message.
      messageId: `<bao-cao-tien-do-${report.asOf}-${to.recipient}@restructuring-approvals>`,
      attachments: [
        { filename: html.fileName, content: html.body, contentType: html.contentType },
        { filename: xlsx.fileName, content: xlsx.body, contentType: xlsx.contentType },
      ],
    });
  } finally {
    transport.close();
  }
};
