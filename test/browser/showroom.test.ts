/**
 * The pane's 展厅 (Showroom) tab in a real browser, in zh-CN and en-US, on the playground's sample
 * pinned to 2026-06-30: after the check (its first-write question confirmed), the tab shows a
 * day's duty (three showrooms, a lead and two people each) and outings, lists the planted duty
 * findings and jumps to one in the grid; the day's calls and walk-ins, keys out and the week's work
 * logs show the sample's planted rows with their findings (each a jump); the month's rota is
 * previewed and then written (July:
 * 31 days × 3 showrooms appended to the Duty sheet, audited), and the new days show.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TODAY = '2026-06-30';

jest.setTimeout(240_000);

let outDir = '';
let userDataDir = '';
let server: http.Server;
let baseUrl = '';
let browser: BrowserContext;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

function serve(dir: string): Promise<http.Server> {
  const s = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-chromium-'));
  // PLAYGROUND_DIR: reuse a playground built beforehand (as playground.test.ts does).
  outDir = process.env.PLAYGROUND_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sd-playground-'));
  if (!process.env.PLAYGROUND_DIR) {
    const build = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'),
        '--mode',
        'development',
        '--env',
        'playground',
        '--env',
        'fast',
        '--env',
        `outDir=${outDir}`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`playground build failed:\n${build.stdout}\n${build.stderr}`);
  }
  server = await serve(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    viewport: { width: 1200, height: 1400 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  for (const d of [process.env.PLAYGROUND_DIR ? '' : outDir, userDataDir])
    if (d) fs.rmSync(d, { recursive: true, force: true });
});

/** Runs the check, saying yes to the question before the first write. */
async function runCheck(page: Page): Promise<void> {
  await page.getByTestId('run-check').click();
  const firstWrite = page.getByTestId('first-write');
  await Promise.race([page.getByTestId('summary').waitFor(), firstWrite.waitFor()]);
  if (await firstWrite.isVisible()) await page.getByTestId('first-write-confirm').click();
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));
}

/** Rows of a sheet of the playground's workbook (by any of its names). */
async function sheetRows(page: Page, names: string[]): Promise<unknown[][]> {
  return page.evaluate((candidates) => {
    const sheet = window.__playground!.workbook.model.sheets.find((s) => candidates.includes(s.name));
    return sheet ? sheet.cells : [];
  }, names);
}

async function setDate(page: Page, date: string): Promise<void> {
  await page.getByTestId('showroom-date').fill(date);
}

for (const lang of ['zh', 'en'] as const) {
  describe(`the showroom tab in ${lang}`, () => {
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}`);
      await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
      await runCheck(page);
      await page.getByTestId('tab-showroom').click();
      await page.getByTestId('showroom-tab').waitFor();
    });

    afterAll(async () => {
      await page?.close();
      expect(errors).toEqual([]);
    });

    it("shows the day's duty and outings, and jumps to a planted finding", async () => {
      expect(await page.getByTestId('tab-showroom').textContent()).toBe(lang === 'zh' ? '展厅' : 'Showroom');
      // 2026-06-25 (today-5): the planted outing of a person on duty
      await setDate(page, '2026-06-25');
      await page.locator('[data-testid="duty-room"]').nth(2).waitFor();
      expect(await page.locator('[data-testid="duty-room"]').count()).toBe(3);
      const lead = (await page.getByTestId('duty-lead').first().textContent()) ?? '';
      expect(lead).toMatch(lang === 'zh' ? /^值班长：.+\(S\d{3}\)$/ : /^Lead: .+\(S\d{3}\)$/);
      const people = (await page.getByTestId('duty-people').first().textContent()) ?? '';
      expect(people.split(lang === 'zh' ? '、' : ', ')).toHaveLength(2);
      expect(await page.locator('[data-testid="outing-row"]').count()).toBeGreaterThan(0);

      const findings = page.locator('[data-testid="showroom-finding"]');
      await findings.first().waitFor();
      const text = (await page.getByTestId('showroom-findings').textContent()) ?? '';
      expect(text).toContain(lang === 'zh' ? '有两名值班长' : 'two duty leads');
      expect(text).toContain(lang === 'zh' ? '没有值班安排' : 'has no rota on');
      expect(text).toContain(lang === 'zh' ? '登记了当天外出' : 'registered out that day');
      const rules = await page.$$eval('[data-testid="showroom-finding"] [data-rule]', (els) =>
        els.map((e) => e.getAttribute('data-rule')),
      );
      for (const r of ['duty.day.missing', 'duty.people.count', 'duty.lead.count', 'duty.person.twice'])
        expect(rules).toContain(r);
      const twoLeads = page.locator('[data-testid="showroom-finding"]:has([data-rule="duty.lead.count"])');
      const row = await twoLeads.locator('[data-row]').getAttribute('data-row');
      await twoLeads.click();
      await page.locator(`[data-testid="grid-table"] tr[data-row="${row}"][data-selected="true"]`).waitFor();
      await page
        .locator('[data-testid="pane-frame"]')
        .screenshot({ path: path.join(ARTIFACTS, `showroom-${lang}.png`) });
    });

    /** The rules of a section's findings, and the rows a rule's findings point at. */
    async function sectionFindings(id: string): Promise<{ rule: string; row: string }[]> {
      await page.getByTestId(`${id}-findings`).waitFor();
      return page.$$eval(`[data-testid="${id}-finding"] [data-rule]`, (els) =>
        els.map((e) => ({ rule: e.getAttribute('data-rule') ?? '', row: e.getAttribute('data-row') ?? '' })),
      );
    }
    const rowsOf = (testId: string) =>
      page.$$eval(`[data-testid="${testId}"] [data-row]`, (els) => els.map((e) => e.getAttribute('data-row') ?? ''));

    it("shows the day's calls and walk-ins, keys out and the week's work logs, with the planted findings", async () => {
      // 2026-06-25 (today-5): the planted call and walk-in recorders and phones
      await setDate(page, '2026-06-25');
      await page.locator('[data-testid="call-row"]').nth(1).waitFor();
      for (const [id, rowId, rules] of [
        ['calls', 'call-row', ['call.recorder.not-lead', 'call.phone.other-owner']],
        ['visits', 'visit-row', ['visit.recorder.not-on-duty', 'visit.phone.other-owner']],
      ] as const) {
        const listed = await rowsOf(rowId);
        const found = await sectionFindings(id);
        for (const rule of rules) {
          const f = found.filter((x) => x.rule === rule);
          expect(f.length).toBeGreaterThan(0);
          // the planted row of that day is listed in the section
          expect(f.some((x) => listed.includes(x.row))).toBe(true);
        }
      }
      const call = (await page.getByTestId('call-row').first().textContent()) ?? '';
      expect(call).toMatch(
        lang === 'zh' ? /^\d\d:\d\d .+ · 记录人 .+\(S\d{3}\)/ : /^\d\d:\d\d .+ · recorded by .+\(S\d{3}\)/,
      );
      // the week of 06-22 just ended: every log written, none checked yet
      const week = (await page.getByTestId('worklog-week').textContent()) ?? '';
      expect(week).toContain('2026-W26');
      const states = await page.$$eval('[data-testid="worklog-row"] [data-state]', (els) =>
        els.map((e) => e.getAttribute('data-state')),
      );
      expect(states.length).toBeGreaterThan(3);
      expect(new Set(states)).toEqual(new Set(['unchecked']));

      // 2026-06-27 (today-3): the key out overnight (taken the day before) and the one nobody approved
      await setDate(page, '2026-06-27');
      await page.getByTestId('key-list').filter({ hasText: '2026-06-26 16:20' }).waitFor();
      const keys = await rowsOf('key-row');
      const keyFindings = await sectionFindings('keys');
      for (const rule of ['key.overnight', 'key.not-approved'])
        expect(keyFindings.some((x) => x.rule === rule && keys.includes(x.row))).toBe(true);
      expect(keyFindings.map((x) => x.rule)).toContain('key.supervisor-out');
      const keyText = (await page.getByTestId('key-list').textContent()) ?? '';
      expect(keyText).toContain(lang === 'zh' ? '批准人 无' : 'approved by nobody');
      expect(keyText).toMatch(/2026-06-26 16:20/);
      // a key finding jumps to its cell
      const notApproved = page.locator('[data-testid="keys-finding"]:has([data-rule="key.not-approved"])');
      const row = await notApproved.locator('[data-row]').getAttribute('data-row');
      await notApproved.click();
      await page.locator(`[data-testid="grid-table"] tr[data-row="${row}"][data-selected="true"]`).waitFor();

      // 2026-06-10: the week of 06-08, where one salesperson wrote no log; the others checked
      await setDate(page, '2026-06-10');
      await page.getByTestId('worklog-week').filter({ hasText: '2026-W24' }).waitFor();
      await page.locator('[data-testid="worklog-row"][data-state="none"]').waitFor();
      expect(await page.locator('[data-testid="worklog-row"][data-state="none"]').count()).toBe(1);
      expect(await page.locator('[data-testid="worklog-row"] [data-state="unchecked"]').count()).toBe(0);
      const logRules = (await sectionFindings('worklogs')).map((x) => x.rule);
      expect(logRules).toEqual(expect.arrayContaining(['worklog.missing', 'worklog.unchecked']));
      await page
        .locator('[data-testid="pane-frame"]')
        .screenshot({ path: path.join(ARTIFACTS, `showroom-registers-${lang}.png`) });
    });

    it("previews the month's rota, writes it on the second click (audited), and shows the new days", async () => {
      const dutyNames = ['值班表', 'Duty'];
      const before = (await sheetRows(page, dutyNames)).length;
      await setDate(page, '2026-07-15');
      await page.getByTestId('duty-none').waitFor();
      await page.getByTestId('rota-plan').click();
      const preview = page.getByTestId('rota-preview');
      await preview.waitFor();
      expect(await page.locator('[data-testid="rota-spread"]').count()).toBe(3);
      const spread = (await page.getByTestId('rota-spread').first().textContent()) ?? '';
      expect(spread).toMatch(
        lang === 'zh' ? /新增 31 天.*相差 [01]，值班长天数相差 [01]/ : /31 days added.*by [01].*by [01]/,
      );
      // nothing written by the preview
      expect((await sheetRows(page, dutyNames)).length).toBe(before);
      await page.getByTestId('rota-write').click();
      const written = page.getByTestId('rota-written');
      await written.waitFor();
      expect(await written.textContent()).toContain('93');
      expect((await sheetRows(page, dutyNames)).length).toBe(before + 93);
      const audit = await sheetRows(page, ['变更日志', 'Audit']);
      expect(audit.filter((r) => r.includes(lang === 'zh' ? '值班表' : 'Duty')).length).toBe(93);
      await page.locator('[data-testid="duty-room"]').nth(2).waitFor();
      expect(await page.locator('[data-testid="duty-room"]').count()).toBe(3);
    });
  });
}
