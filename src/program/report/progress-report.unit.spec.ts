import { ACTION_PROGRAM_18 } from '../data/action-program';
import { computeProgress } from '../domain/progress';
import { agency, facts, PLACES, proposal } from '../domain/progress-facts.fixture.spec';
import { renderProgressCsv } from './progress-report.csv';
import { renderProgressHtml } from './progress-report.html';

const hostile = proposal({
  lead: 'T-SO-A',
  staffing: [100, 80],
  type: 'staffing-reduction',
});
hostile.title = '=HYPERLINK("http://x") <script>alert(1)</script>';
const report = computeProgress(
  facts({ today: '2020-06-15', agencies: [agency('T-SO-A', '914', 1000)], proposals: [hostile] }),
);

describe('The printable progress report', () => {
  const html = renderProgressHtml(report);

  it('is a Vietnamese page with one inline chart per target', () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Báo cáo tiến độ thực hiện Chương trình hành động');
    expect(html).toContain('Số liệu đến ngày 15/06/2020');
    expect(html.match(/<svg /g)).toHaveLength(ACTION_PROGRAM_18.targets.length);
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=/);
  });

  it('escapes what proposals say', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('shows the staffing figures and their status in words', () => {
    expect(html).toMatch(/20 \/ 100 \(20%\)/);
    // 20% of the cut asked for, with ~61% of the working days to the end of 2021 gone: behind.
    expect(html).toContain('Chậm tiến độ');
  });
});

describe('The progress report as CSV', () => {
  const csv = renderProgressCsv(report);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

  it('has a header, a row per target, per task and per district figure', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0].split(',')).toContain('ty_le_giam_bien_che');
    const districts = PLACES.filter((p) => p.level === 'district').length;
    const districtFigures = report.districts[0].targets.length * districts;
    expect(lines).toHaveLength(
      1 + ACTION_PROGRAM_18.targets.length + ACTION_PROGRAM_18.tasks.length + districtFigures,
    );
  });

  it('writes the staffing cut as a figure a spreadsheet can use', () => {
    const staffing = lines.find((line) => line.startsWith('chi_tieu,tinh,CT-BIEN-CHE-10,'))!;
    expect(staffing).toContain(',1000,100,20,20,2,Chậm tiến độ,2021-12-31,false,');
  });

  it('never lets a cell start a formula', () => {
    const withFormula = renderProgressCsv({
      ...report,
      tasks: [{ ...report.tasks[0], text: '=cmd|/c calc' }],
    });
    expect(withFormula).toContain(",'=cmd|/c calc,");
  });
});
