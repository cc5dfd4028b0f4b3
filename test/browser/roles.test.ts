/**
 * "I am …" in a real browser (issue 20), in zh-CN and en-US: each role starts in its own view (supervisor:
 * the Check tab's daily section after a check; finance and the GM: the Reviews tab; a salesperson: the
 * Check tab with "my view" on, the lists and the grid narrowed to their rows); the choice is remembered in
 * the browser's localStorage and never written into the workbook; the pane says that a filter is no
 * protection. Staff of the sample: S001 manager, S002 GM, S003 finance, S005 a supervisor, S006 a salesperson.
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

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const s = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-chromium-roles-'));
  // PLAYGROUND_DIR: reuse a playground built beforehand (while working on the tests only).
  outDir = process.env.PLAYGROUND_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sd-playground-roles-'));
  const build = process.env.PLAYGROUND_DIR
    ? { status: 0, stdout: '', stderr: '' }
    : spawnSync(
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
  server = await serve(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    viewport: { width: 1200, height: 1400 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  for (const d of [process.env.PLAYGROUND_DIR ? '' : outDir, userDataDir])
    if (d) fs.rmSync(d, { recursive: true, force: true });
});

/** A page whose localStorage remembers `staffId` as "I am" (or nothing). */
async function open(lang: 'zh' | 'en', staffId: string | null): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}`);
  await page.evaluate((id) => {
    if (id) localStorage.setItem('showroom-desk.iam', id);
    else localStorage.removeItem('showroom-desk.iam');
  }, staffId);
  await page.reload();
  await page.getByTestId('iam-card').waitFor();
  return page;
}

async function runCheck(page: Page): Promise<void> {
  await page.getByTestId('tab-check').click();
  await page.getByTestId('run-check').click();
  const firstWrite = page.getByTestId('first-write');
  await Promise.race([page.getByTestId('summary').waitFor(), firstWrite.waitFor()]);
  if (await firstWrite.isVisible()) await page.getByTestId('first-write-confirm').click();
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));
}

const selectedTab = (page: Page) =>
  page.getByTestId('pane').locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');

async function shot(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="pane-frame"]').screenshot({ path: path.join(ARTIFACTS, name) });
}

describe.each(['zh', 'en'] as const)('role start views (%s)', (lang) => {
  it('a supervisor picked from the roster starts on the Check tab, and a check shows the daily section', async () => {
    const page = await open(lang, null);
    try {
      await page.getByTestId('tab-reviews').click();
      await page.getByTestId('iam').click();
      await page.getByTestId('iam-S005').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="pane"]')?.getAttribute('data-start') === 'check:today',
      );
      expect(await selectedTab(page)).toBe('tab-check');
      const scope = (await page.getByTestId('iam-scope').textContent()) ?? '';
      expect(scope).toContain(lang === 'zh' ? '所负责展厅的客户' : "their showroom's customers");
      const caveat = (await page.getByTestId('my-view-caveat').textContent()) ?? '';
      expect(caveat).toContain(lang === 'zh' ? '不是保护' : 'not protection');
      await runCheck(page);
      await page.getByTestId('daily').waitFor();
      // remembered on this machine, never in the workbook
      expect(await page.evaluate(() => localStorage.getItem('showroom-desk.iam'))).toBe('S005');
      const settings = await page.evaluate(() => JSON.stringify(window.__playground!.workbook.model.settings));
      expect(settings).not.toContain('S005');
      await shot(page, `pane-roles-supervisor-${lang}.png`);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['S003', 'reviews:queue'],
    ['S002', 'reviews:approvals'],
  ])('%s (finance, the GM) remembered from before starts on the Reviews tab', async (id, start) => {
    const page = await open(lang, id);
    try {
      await page.waitForFunction(
        (s) => document.querySelector('[data-testid="pane"]')?.getAttribute('data-start') === s,
        start,
      );
      expect(await selectedTab(page)).toBe('tab-reviews');
      expect(await page.getByTestId('iam-card').getAttribute('data-staff')).toBe(id);
      expect((await page.getByTestId('iam-start').textContent()) ?? '').toContain(
        lang === 'zh' ? '「评审」' : 'Reviews',
      );
      await shot(page, `pane-roles-${id}-${lang}.png`);
    } finally {
      await page.close();
    }
  });

  it('a salesperson starts with my view on: their conflicts and their rows only, until they turn it off', async () => {
    const page = await open(lang, 'S006');
    try {
      await page.waitForFunction(
        () => document.querySelector('[data-testid="pane"]')?.getAttribute('data-start') === 'check:mine',
      );
      expect(await selectedTab(page)).toBe('tab-check');
      expect(await page.getByTestId('my-view-need-check').isVisible()).toBe(true);
      await runCheck(page);
      await page.waitForFunction(
        () => document.querySelector('[data-testid="pane"]')?.getAttribute('data-my-view') === 'on',
      );
      const mine = await page.$$eval('[data-testid="conflict-list"] article', (els) => els.length);
      // the grid hides the other salespeople's customers
      await page.getByTestId(lang === 'zh' ? 'sheet-客户档案' : 'sheet-Customers').click();
      const hidden = Number(await page.getByTestId('grid-filtered').getAttribute('data-hidden'));
      expect(hidden).toBeGreaterThan(100);
      // every conflict listed has a row of S006's
      const owners = await page.evaluate(() => {
        const wb = window.__playground!.workbook;
        const loc = wb.locate('Customers')!;
        const headers = (loc.grid.cells[loc.headerRow - 1] ?? []).map(String);
        const owner = headers.findIndex((h) => h === '负责销售' || h === 'Owner');
        const co = headers.findIndex((h) => h === '协助销售' || h === 'Co-owner');
        return [...document.querySelectorAll('[data-testid="conflict-list"] article')].map((a) =>
          (a.getAttribute('data-rows') ?? '')
            .split(',')
            .filter(Boolean)
            .map((r) =>
              [loc.grid.cells[Number(r) - 1][owner], co >= 0 ? loc.grid.cells[Number(r) - 1][co] : null].join('/'),
            ),
        );
      });
      for (const group of owners) expect(group.some((o) => o.includes('S006'))).toBe(true);
      await shot(page, `pane-roles-sales-${lang}.png`);
      await page.getByTestId('my-view').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="pane"]')?.getAttribute('data-my-view') === 'off',
      );
      await page.getByTestId('grid-filtered').waitFor({ state: 'detached' });
      const all = await page.$$eval('[data-testid="conflict-list"] article', (els) => els.length);
      expect(all).toBeGreaterThan(mine);
    } finally {
      await page.close();
    }
  });
});
