import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app';
import { programJourneys } from './program-journeys';
import { implementedCutIn, progressOf, readBetweenEqualProgress } from './report-fixture';

// Debian's chromium; CHROMIUM_PATH overrides it. Missing, the tests fail: a skipped render check would
// let a broken page ship while CI stays green.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'].concat([
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
// An Biên (908): no other test file puts proposals there.
const DISTRICT = '908';

/** '1.000 biên chế' or '12,5' (vi-VN) → 1000 or 12.5; '—' → null. */
const numberVi = (text: string): number | null => {
  const match = /^-?[\d.]+(,\d+)?/.exec(text.trim());
  return match ? Number(match[0].replace(/\./g, '').replace(',', '.')) : null;
};

describe('The HTML progress report, rendered by headless Chromium', () => {
  let t: TestApp;
  let j: ReturnType<typeof programJourneys>;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
    t = await startTestApp();
    j = programJourneys(t);
    await j.setup();
    await implementedCutIn(j, DISTRICT, 'HTML');
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/progress/report`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows, without a console or page error, the figures GET /api/progress reports', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: j.as('auditor') });
    const page = await context.newPage();
    // CSP violations (the header forbids scripts and loads) show up as console errors too.
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('pageerror', (err) => errors.push(err.message));

    const { report, read: shown } = await readBetweenEqualProgress(
      () => progressOf(t, j),
      async () => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        const tables = page.locator('table');
        const rows = (table: ReturnType<typeof tables.nth>) =>
          table
            .locator('tbody tr')
            .evaluateAll((trs) =>
              trs.map((tr) =>
                Array.from(
                  tr.querySelectorAll(':scope > td'),
                  (td) => (td as { textContent: string | null }).textContent ?? '',
                ),
              ),
            );
        return { targets: await rows(tables.first()), districts: await rows(tables.last()) };
      },
    );
    await context.close();

    expect(errors).toEqual([]);
    // Columns: Mã, Chỉ tiêu, Số gốc, Chỉ tiêu, Đạt được, …
    expect(shown.targets.map((r) => [r[0], numberVi(r[2]), numberVi(r[4])])).toEqual(
      report.targets.map((x) => [x.targetId, x.baseline, x.achieved]),
    );
    // One row per district, one "achieved / target" cell per target.
    expect(shown.districts.map((r) => [r[0], ...r.slice(1).map(numberVi)])).toEqual(
      report.districts.map((d) => [d.name, ...d.targets.map((x) => x.achieved)]),
    );
    const ours = report.districts.find((d) => d.districtCode === DISTRICT)!.targets;
    expect(ours.find((x) => x.targetId === 'CT-BIEN-CHE-10')?.achieved).toBe(100);
  });
});
