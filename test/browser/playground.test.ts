/**
 * The task pane in a real browser: build the playground once, serve it on 127.0.0.1,
 * drive Debian's Chromium with playwright-core, in zh-CN and en-US. Screenshots of the
 * pane go to test-artifacts/ (gitignored).
 *
 * Flow: run the check on the sample, see the conflict list, click a row (the grid
 * selects it), resolve a conflict (pick an owner, confirm), mark another group as not
 * the same customer, check again; then the owner changed in the workbook and the grid,
 * the Audit sheet has the rows, and the marked group is gone. Then the Reviews tab. Before the
 * first check writes into the sample, the pane says what it will add and asks. A workbook
 * without a customer table gets the "not recognised" message, a button to setup, and no change.
 * The playground is pinned to one day (?today=) so the sample is the same on every run.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { DEFAULT_MATCH_CONFIG } from '../../src/domain/conflicts/config';

const ROOT = path.join(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The day the playground takes as today in these tests (?today=), so the sample never changes. */
const TODAY = '2026-06-30';
const OUT = path.join(ROOT, 'out');

jest.setTimeout(240_000);

let outDir = '';
let userDataDir = '';
let server: http.Server;
let baseUrl = '';
let browser: BrowserContext;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.css': 'text/css',
  '.json': 'application/json',
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
  // PLAYGROUND_DIR: reuse a playground built beforehand (while working on the tests only).
  outDir = process.env.PLAYGROUND_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sd-playground-'));
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
  expect(fs.existsSync(path.join(outDir, 'playground.html'))).toBe(true);
  server = await serve(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // A persistent context is how playwright takes a fresh --user-data-dir.
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    viewport: { width: 1200, height: 1400 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  for (const d of [process.env.PLAYGROUND_DIR ? '' : outDir, userDataDir])
    if (d) fs.rmSync(d, { recursive: true, force: true });
});

/** Reads cells of the in-memory workbook behind the grid. */
async function sheetRows(page: Page, names: string[]): Promise<unknown[][] | null> {
  return page.evaluate((candidates) => {
    const wb = window.__playground?.workbook;
    const sheet = wb?.model.sheets.find((s) => candidates.includes(s.name));
    return sheet ? sheet.cells.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))) : null;
  }, names);
}

async function ownerOfRow(page: Page, row: number): Promise<string> {
  return page.evaluate((r) => {
    const wb = window.__playground!.workbook;
    const loc = wb.locate('Customers')!;
    const headers = (loc.grid.cells[loc.headerRow - 1] ?? []).map(String);
    const c = headers.findIndex((h) => h === '负责销售' || h === 'Owner');
    return String(loc.grid.cells[r - 1][c] ?? '');
  }, row);
}

/** The customer-id sets of the clusters listed in the pane. */
async function listedGroups(page: Page): Promise<{ id: string; kind: string; customers: string[]; rows: number[] }[]> {
  return page.$$eval('[data-testid="conflict-list"] article', (els) =>
    els.map((e) => ({
      id: e.getAttribute('data-group') ?? '',
      kind: e.getAttribute('data-kind') ?? '',
      customers: (e.getAttribute('data-customers') ?? '').split(',').filter(Boolean),
      rows: (e.getAttribute('data-rows') ?? '').split(',').filter(Boolean).map(Number),
    })),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="pane-frame"]').screenshot({ path: path.join(ARTIFACTS, name) });
}

/**
 * Runs the check; when the pane asks before its first write into the workbook, says yes (after
 * checking what it says it will add, and a screenshot when `shotName` is given).
 */
async function runCheck(page: Page, shotName?: string): Promise<void> {
  await page.getByTestId('run-check').click();
  const firstWrite = page.getByTestId('first-write');
  await Promise.race([page.getByTestId('summary').waitFor(), firstWrite.waitFor()]);
  if (await firstWrite.isVisible()) {
    const text = (await firstWrite.textContent()) ?? '';
    const lang = await page.getByTestId('pane').getAttribute('data-lang');
    for (const part of lang === 'zh'
      ? ['「校验」', '「冲突组」', '「校验问题」', '「冲突」', '条件格式']
      : ['"Check"', '"Issues"', '"Conflicts"', 'Conditional formats'])
      expect(text).toContain(part);
    if (shotName) await page.screenshot({ path: path.join(ARTIFACTS, shotName) });
    await page.getByTestId('first-write-confirm').click();
  }
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));
}

/** A user's own workbook the add-in does not recognise: a Sheet1 with 姓名/手机 and an obvious duplicate. */
async function unrecognisedXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sheet1');
  sheet.addRows([
    ['姓名', '手机'],
    ['王伟', '13800138000'],
    ['王伟', '138 0013 8000'],
    ['李娜', '13900139000'],
  ]);
  await wb.xlsx.writeFile(file);
}

/** Every cell of every sheet of the playground's workbook, and how many writes the pane made. */
async function workbookState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pg = window.__playground!;
    return JSON.stringify({
      version: pg.version,
      sheets: pg.workbook.model.sheets.map((s) => [s.name, s.cells]),
      tables: pg.workbook.model.tables,
      formats: pg.workbook.model.conditionalFormats.length,
    });
  });
}

describe('a workbook without a customer table', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`says so in ${lang}, in the CLI's words, offers setup, and changes nothing`, async () => {
      const page = await browser.newPage();
      try {
        const file = path.join(userDataDir, 'unrecognised.xlsx');
        await unrecognisedXlsx(file);
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        await page.getByTestId('open-file').setInputFiles(file);
        await page.getByTestId('loaded-name').filter({ hasText: 'unrecognised.xlsx' }).waitFor();
        const before = await workbookState(page);
        await page.getByTestId('run-check').click();
        const message = page.getByTestId('not-recognised');
        await message.waitFor();
        const text = (await message.textContent()) ?? '';
        expect(text).toContain(
          lang === 'zh'
            ? '在当前工作簿中没有找到客户档案：需要名为「客户档案」（或 Customers）的工作表'
            : 'No customer file found in this workbook: it needs a sheet named 客户档案 (or Customers)',
        );
        // no all-clear: no summary, no "no conflicts"
        expect(await page.getByTestId('summary').count()).toBe(0);
        const pane = (await page.getByTestId('pane').textContent()) ?? '';
        expect(pane).not.toContain(lang === 'zh' ? '没有发现客户冲突' : 'No customer conflicts');
        fs.mkdirSync(OUT, { recursive: true });
        await page
          .locator('[data-testid="pane-frame"]')
          .screenshot({ path: path.join(OUT, `pane-unrecognised-${lang}.png`) });
        expect(await workbookState(page)).toBe(before);
        await page.getByTestId('open-setup').click();
        await page.getByTestId('setup-tab').waitFor();
      } finally {
        await page.close();
      }
    });
  }
});

for (const lang of ['zh', 'en'] as const) {
  describe(`playground in ${lang}`, () => {
    let page: Page;

    beforeAll(async () => {
      page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}`);
      await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
      expect(errors).toEqual([]);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('runs the check and resolves a conflict, marks another group as different, checks again', async () => {
      expect(await page.getByTestId('pane').getAttribute('data-lang')).toBe(lang);
      await shot(page, `pane-${lang}-start.png`);
      // Record every phase the progress bar shows: the engine is synchronous, but the pane
      // yields to the browser between phases, so each one reaches the DOM.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __phases: string[] }).__phases = seen;
        new MutationObserver(() => {
          const phase = document.querySelector('[data-testid="progress"]')?.getAttribute('data-phase');
          if (phase && seen[seen.length - 1] !== phase) seen.push(phase);
        }).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-phase'],
        });
      });
      await runCheck(page, `page-${lang}-first-write.png`);
      const phases = await page.evaluate(() => (window as unknown as { __phases: string[] }).__phases);
      expect(phases.filter((p) => p !== 'read')).toEqual(['validate', 'match', 'write']);
      const before = await listedGroups(page);
      const conflicts = before.filter((g) => g.kind === 'conflict');
      expect(conflicts.length).toBeGreaterThanOrEqual(2);
      await shot(page, `pane-${lang}-checked.png`);

      // Jump: click a row of the first conflict; the grid selects that row.
      const target = conflicts[0];
      await page.getByTestId(`jump-${target.id}-${target.rows[1]}`).click();
      await page.locator(`[data-testid="grid-table"] tr[data-row="${target.rows[1]}"][data-selected="true"]`).waitFor();
      await expect(page.getByTestId('selection').textContent()).resolves.toContain(String(target.rows[1]));
      // Keyboard: Enter on a focused row jumps too.
      await page.getByTestId(`jump-${target.id}-${target.rows[0]}`).focus();
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="grid-table"] tr[data-row="${target.rows[0]}"][data-selected="true"]`).waitFor();

      // Resolve: pick an owner other than the suggested one, confirm.
      await page.getByTestId(`resolve-${target.id}`).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await shot(page, `pane-${lang}-resolve-dialog.png`);
      await page.screenshot({ path: path.join(ARTIFACTS, `page-${lang}-resolve-dialog.png`) });
      // The settle dialog: another owner than the suggested one, and only reassign (no merge).
      const owner = page.getByTestId('settle-owner');
      const options = await owner
        .locator('option')
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
      const checked = await owner.inputValue();
      const chosen = options.find((o) => o !== checked) ?? checked;
      await owner.selectOption(chosen);
      await page.getByTestId('settle-how').locator('input[value="reassign"]').check();
      await page.getByTestId('dialog-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      // The result shows in the list where the card was, and focus moves to the card after it.
      const result = page.locator('[data-testid="conflict-list"] [data-testid="action-result"]');
      await result.waitFor();
      expect(await page.getByTestId('notice').count()).toBe(0);
      await page.waitForFunction(() => {
        const active = document.activeElement;
        const result = document.querySelector('[data-testid="action-result"]');
        return active === result || (active?.tagName === 'ARTICLE' && active.previousElementSibling === result);
      });
      await page.getByTestId('summary').waitFor();

      for (const r of target.rows) expect(await ownerOfRow(page, r)).toBe(chosen);

      // Not the same customer: another conflict group, the whole group.
      const afterResolve = await listedGroups(page);
      const other = afterResolve.find(
        (g) => g.kind === 'conflict' && !g.customers.some((c) => target.customers.includes(c)),
      );
      expect(other).toBeDefined();
      await page.getByTestId(`notsame-${other!.id}`).click();
      await dialog.waitFor();
      await page.getByTestId('dialog-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));

      // Check again explicitly.
      await runCheck(page);
      const after = await listedGroups(page);
      await shot(page, `pane-${lang}-after.png`);
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
      // The resolved group is no longer a conflict (one owner now: at most a duplicate).
      expect(after.some((g) => g.kind === 'conflict' && same(g.customers, target.customers))).toBe(false);
      // The marked group is gone: no listed group holds two of its customers.
      expect(after.some((g) => g.customers.filter((c) => other!.customers.includes(c)).length >= 2)).toBe(false);

      // The grid shows the new owner in the resolved rows.
      await page
        .getByTestId(`sheet-${lang === 'zh' ? '客户档案' : 'Customers'}`)
        .click()
        .catch(() => undefined);
      const rowText = await page.locator(`[data-testid="grid-table"] tr[data-row="${target.rows[0]}"]`).textContent();
      expect(rowText).toContain(chosen);

      // Audit sheet: one row per changed Owner cell and per row marked, plus the header.
      const audit = await sheetRows(page, ['变更日志', 'Audit']);
      expect(audit).not.toBeNull();
      const body = audit!.slice(1).filter((r) => r.some((v) => v !== null && v !== ''));
      expect(body.length).toBeGreaterThanOrEqual(other!.customers.length + 1);
      expect(body.some((r) => r.includes(chosen))).toBe(true);
      const decisions = await sheetRows(page, ['非同一客户', 'NotSameCustomer']);
      expect(decisions!.length).toBeGreaterThanOrEqual(2);
    });

    it('shows the suspicious pair (same phone, different valid IDs), jumps to it, and marks it not the same customer', async () => {
      const section = page.getByTestId('suspicious-section');
      await section.waitFor();
      const cards = page.locator('[data-testid="suspicious-list"] article');
      expect(await cards.count()).toBeGreaterThanOrEqual(1);
      const rows = ((await cards.first().getAttribute('data-rows')) ?? '').split(',').map(Number);
      expect(rows).toHaveLength(2);
      const key = `${rows[0]}-${rows[1]}`;
      // The sample's planted pair: rows 8 and 189 share a phone but carry different valid IDs.
      expect(key).toBe('8-189');
      const text = (await cards.first().textContent()) ?? '';
      expect(text).toContain(lang === 'zh' ? '未合并' : 'not merged');
      await section.screenshot({ path: path.join(ARTIFACTS, `pane-${lang}-suspicious.png`) });
      await page.getByTestId(`jump-sus-${key}-${rows[1]}`).click();
      await page.locator(`[data-testid="grid-table"] tr[data-row="${rows[1]}"][data-selected="true"]`).waitFor();

      await page.getByTestId(`notsame-sus-${key}`).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await page.getByTestId('dialog-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('[data-testid="suspicious-section"] [data-testid="action-result"]').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));
      await runCheck(page);
      // After a check, focus is back on the button that ran it.
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'run-check');
      expect(await page.getByTestId(`suspicious-${key}`).count()).toBe(0);
      // The decision is stored in the workbook (Decisions sheet), by customer id.
      const decisions = (await sheetRows(page, ['非同一客户', 'NotSameCustomer']))!;
      const ids = rows.map((r) => r); // rows -> ids via the grid
      const customerIds = await page.evaluate((rs) => {
        const wb = window.__playground!.workbook;
        const loc = wb.locate('Customers')!;
        const headers = (loc.grid.cells[loc.headerRow - 1] ?? []).map(String);
        const c = headers.findIndex((h) => h === '客户编号' || h === 'Customer ID' || h === 'CustomerId');
        return rs.map((r) => String(loc.grid.cells[r - 1][c] ?? ''));
      }, ids);
      expect(decisions.some((r) => customerIds.every((id) => r.includes(id)))).toBe(true);
    });

    it('tunes the matcher in Settings: validates, saves per workbook, survives a re-run, restores defaults', async () => {
      await page.getByTestId('tab-settings').click();
      await page.getByTestId('match-config').waitFor();
      // The matcher's knobs sit under an "Advanced" fold, closed until opened.
      expect(await page.getByTestId('tune-decision').count()).toBe(0);
      await page.getByTestId('settings-advanced').locator('button').click();
      // The config is shown as data: blocking keys, comparisons, decision (the long lists fold; Enter opens them).
      await page.getByTestId('match-comparisons-header').locator('button').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('match-blocking-header').locator('button').click();
      expect(await page.locator('article[data-testid^="match-blocking-"]').count()).toBe(
        DEFAULT_MATCH_CONFIG.blocking.length,
      );
      expect(await page.locator('article[data-testid^="match-comparison-"]').count()).toBe(
        DEFAULT_MATCH_CONFIG.comparisons.length,
      );
      const decision = page.getByTestId('tune-decision');
      expect(await decision.inputValue()).toBe('6');
      // Wrong input: says what is wrong and what to do; Save is disabled.
      await decision.fill('abc');
      const wrong = (await page.getByTestId('match-decision').textContent()) ?? '';
      expect(wrong).toContain(lang === 'zh' ? '「abc」不是数字' : '"abc" is not a number');
      expect(wrong).toContain(lang === 'zh' ? '请输入 1 到 30 之间的数' : 'Enter a number from 1 to 30');
      expect(await page.getByTestId('save-settings').isDisabled()).toBe(true);
      await page.getByTestId('tune-maxBlock.phone').fill('5');
      expect((await page.getByTestId('match-blocking-phone').textContent()) ?? '').toContain(
        lang === 'zh' ? '小于最小值 10' : 'below the minimum, 10',
      );
      await shot(page, `pane-${lang}-settings-invalid.png`);
      await decision.fill('7');
      await page.getByTestId('tune-maxBlock.phone').fill('80');
      // The shown config follows what is typed.
      expect(await page.getByTestId('match-blocking-phone').getAttribute('data-max-block')).toBe('80');
      await page.getByTestId('save-settings').click();
      await page.getByTestId('notice').waitFor();
      const saved = await page.evaluate(
        () => window.__playground!.workbook.model.settings.matchThresholds as Record<string, number>,
      );
      expect(saved.decision).toBe(7);
      expect(saved['maxBlock.phone']).toBe(80);

      // Re-run the check with the tuned matcher; the settings stay.
      await page.getByTestId('tab-check').click();
      await runCheck(page);
      await page.getByTestId('tab-settings').click();
      await page.getByTestId('match-blocking-header').locator('button').click();
      expect(await page.getByTestId('match-blocking-phone').getAttribute('data-max-block')).toBe('80');
      expect(await page.getByTestId('tune-decision').inputValue()).toBe('7');
      expect(await page.getByTestId('tune-maxBlock.phone').inputValue()).toBe('80');
      await shot(page, `pane-${lang}-settings-tuned.png`);

      // Restore defaults fills the form; Save keeps it.
      await page.getByTestId('restore-defaults').click();
      expect(await page.getByTestId('tune-decision').inputValue()).toBe('6');
      expect(await page.getByTestId('tune-maxBlock.phone').inputValue()).toBe('50');
      await page.getByTestId('save-settings').click();
      await page.waitForFunction(
        () => (window.__playground!.workbook.model.settings.matchThresholds as Record<string, number>)?.decision === 6,
      );
      await page.getByTestId('tab-check').click();
    });

    it('shows the issue groups and the conditional-format colours in the grid', async () => {
      const groups = page.locator('[data-testid="issue-groups"] > div');
      expect(await groups.count()).toBeGreaterThan(0);
      await page.locator('[data-testid="issue-groups"] button').first().click();
      await shot(page, `pane-${lang}-issues.png`);
      const coloured = await page.locator('[data-testid="grid-table"] tr[data-format]').count();
      expect(coloured).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `page-${lang}.png`) });
    });

    it('shows the Reviews tab', async () => {
      await page.getByTestId('tab-reviews').click();
      const tab = page.getByTestId('reviews-tab');
      await tab.waitFor();
      await shot(page, `pane-${lang}-reviews.png`);
      const text = (await tab.textContent()) ?? '';
      expect(text.length).toBeGreaterThan(0);
      // The GM-decision flags have their own section; unfolded, they list approvals that differ without a comment.
      const flags = page.getByTestId('decision-flags');
      await flags.locator('button').first().click();
      expect(await flags.locator('[data-testid="flag-review.approval.noComment"]').count()).toBeGreaterThan(0);
    });

    it('writes the scores: "Update scores" puts live TotalScore formulas into the Reviews sheet', async () => {
      const before = await page.evaluate(() => window.__playground!.workbook.locate('Reviews')!.grid.formulas.size);
      expect(before).toBe(0);
      await page.getByTestId('update-scores').click();
      await page.getByTestId('notice').waitFor();
      const written = await page.evaluate(() => {
        const loc = window.__playground!.workbook.locate('Reviews')!;
        const headers = (loc.grid.cells[loc.headerRow - 1] ?? []).map(String);
        const c = headers.findIndex((h) => h === '总分' || h === 'Total score');
        const formulas = [...loc.grid.formulas.entries()]
          .filter(([k]) => Number(k.split(',')[1]) === c)
          .map(([, f]) => f);
        return { column: c, formulas };
      });
      expect(written.column).toBeGreaterThan(0);
      expect(written.formulas.length).toBeGreaterThan(3);
      expect(written.formulas.every((f) => f.startsWith('IFERROR(ROUND(') && f.includes('Weights['))).toBe(true);
      await shot(page, `pane-${lang}-reviews-scored.png`);
    });

    it("at the pane's 320 px default width: checks, opens the resolve dialog, shows reviews", async () => {
      const narrow = await browser.newPage();
      try {
        await narrow.setViewportSize({ width: 320, height: 900 });
        await narrow.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}&view=pane`);
        await runCheck(narrow, `narrow-${lang}-first-write.png`);
        // Nothing wider than the pane: no horizontal scrolling.
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await narrow.screenshot({ path: path.join(ARTIFACTS, `narrow-${lang}-checked.png`) });
        const first = (await listedGroups(narrow)).find((g) => g.kind === 'conflict')!;
        await narrow.getByTestId(`resolve-${first.id}`).click();
        await narrow.getByRole('dialog').waitFor();
        await narrow.screenshot({ path: path.join(ARTIFACTS, `narrow-${lang}-resolve-dialog.png`) });
        await narrow.getByRole('dialog').getByRole('button').last().click(); // cancel
        await narrow.getByRole('dialog').waitFor({ state: 'detached' });
        // Focus comes back to the button that opened the dialog.
        await narrow.waitForFunction(
          (id) => document.activeElement?.getAttribute('data-testid') === `resolve-${id}`,
          first.id,
        );
        await narrow.getByTestId('tab-reviews').click();
        await narrow.getByTestId('reviews-tab').waitFor();
        await narrow.screenshot({ path: path.join(ARTIFACTS, `narrow-${lang}-reviews.png`), fullPage: true });
        // The suspicious pair and the Settings tab at 320 px, reachable by keyboard.
        await narrow.getByTestId('tab-check').click();
        await narrow
          .getByTestId('suspicious-section')
          .screenshot({ path: path.join(ARTIFACTS, `narrow-${lang}-suspicious.png`) });
        await narrow.getByTestId('tab-settings').click();
        await narrow.getByTestId('match-config').waitFor();
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        // Keyboard: from the days field, Tab reaches the Advanced fold, Enter opens it, Tab its first number.
        await narrow.getByTestId('stale-days').focus();
        await narrow.keyboard.press('Tab');
        await narrow.keyboard.press('Enter');
        await narrow.keyboard.press('Tab');
        expect(await narrow.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tune-decision');
        await narrow.keyboard.type('x');
        await narrow.getByTestId('match-comparisons-header').locator('button').click();
        await narrow.getByTestId('match-blocking-header').locator('button').click();
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await narrow.screenshot({ path: path.join(ARTIFACTS, `narrow-${lang}-settings.png`), fullPage: true });
      } finally {
        await narrow.close();
      }
    });

    it('sets up the workbook and saves settings', async () => {
      await page.getByTestId('tab-setup').click();
      await page.getByTestId('run-setup').click();
      await page.getByTestId('setup-report').waitFor();
      expect(await page.locator('[data-testid="setup-report"] article').count()).toBeGreaterThan(3);
      await shot(page, `pane-${lang}-setup.png`);
      await page.getByTestId('tab-settings').click();
      await page.getByTestId('stale-days').fill('45');
      await page.getByTestId('save-settings').click();
      await page.getByTestId('notice').waitFor();
      await shot(page, `pane-${lang}-settings.png`);
      const saved = await page.evaluate(() => window.__playground!.workbook.model.settings.staleDays);
      expect(saved).toBe(45);
      // What a tab said goes when another tab opens.
      await page.getByTestId('tab-check').click();
      expect(await page.getByTestId('notice').count()).toBe(0);
    });
  });
}

/**
 * Rows changed, removed and added in the workbook behind the grid (as a person typing would): a
 * row in no group takes the name, phone, ID, birth date and city of another salesperson's customer
 * in none. Returns
 * the changed row and its CustomerId.
 */
async function plantDailyEdits(page: Page, grouped: number[]): Promise<{ row: number; id: string }> {
  return page.evaluate(async (inGroups) => {
    const wb = window.__playground!.workbook;
    const t = (await wb.read()).Customers!;
    const cell = (f: string, i: number) => String(t.columns[f]?.[i] ?? '');
    const free = (i: number) => !inGroups.includes(t.rowNumbers[i]) && /^1\d{10}$/.test(cell('Phone', i));
    let a = 0;
    while (!free(a)) a++;
    let b = a + 1;
    while (!free(b) || cell('Owner', b) === cell('Owner', a)) b++;
    await wb.updateCells(
      ['Name', 'Phone', 'IdNumber', 'BirthDate', 'City'].map((field) => ({
        sheet: 'Customers' as const,
        row: t.rowNumbers[a],
        field,
        value: t.columns[field][b],
      })),
    );
    let r = b + 1;
    while (!free(r)) r++;
    await wb.removeTableRows('Customers', [t.rowNumbers[r]]);
    await wb.appendTableRows('Customers', [
      { CustomerId: 'C900001', Kind: '最终客户', Name: '新来的', Phone: '13512345678', Owner: 'S001' },
    ]);
    return { row: t.rowNumbers[a], id: cell('CustomerId', a) };
  }, grouped);
}

/**
 * The first minute: a fresh workbook opens on a short panel naming the four jobs (each a way to its
 * tab) and asking who is working, offering the roster's names; the name saved is the change log's.
 */
describe('the first-run panel', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`says what the four tabs do and saves who is working, in ${lang}, at 320 and 450 px`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewportSize({ width: 320, height: 900 });
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}&view=pane`);
        const panel = page.getByTestId('first-run');
        await panel.waitFor({ timeout: 60_000 });
        const tabs = lang === 'zh' ? ['检查', '评审', '展厅', '工作簿'] : ['Check', 'Reviews', 'Showroom', 'Setup'];
        for (const [i, job] of (['check', 'reviews', 'showroom', 'setup'] as const).entries()) {
          const text = (await page.getByTestId(`first-run-${job}`).textContent()) ?? '';
          expect(text.startsWith(tabs[i])).toBe(true);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        fs.mkdirSync(OUT, { recursive: true });
        await panel.screenshot({ path: path.join(OUT, `pane-first-run-${lang}-320.png`) });
        await page.setViewportSize({ width: 450, height: 900 });
        await panel.screenshot({ path: path.join(OUT, `pane-first-run-${lang}-450.png`) });

        // A job's tab opens from the panel.
        await page.getByTestId('first-run-reviews').getByRole('button').click();
        await page.getByTestId('reviews-tab').waitFor();

        // The roster's active people are offered; the one picked is saved as the workbook's 'who'.
        const who = page.getByTestId('first-run-who');
        await who.click();
        const options = page.getByRole('option');
        await options.first().waitFor();
        expect(await options.count()).toBeGreaterThan(5);
        const picked = ((await options.first().getAttribute('data-who')) ?? '').trim();
        expect(picked).toMatch(/^S\d{3} /);
        await options.first().click();
        expect(await who.inputValue()).toBe(picked);
        await page.screenshot({ path: path.join(ARTIFACTS, `first-run-${lang}-picked.png`) });
        await page.getByTestId('first-run-save').click();
        await panel.waitFor({ state: 'detached' });
        const notice = (await page.getByTestId('notice').textContent()) ?? '';
        expect(notice).toContain(picked);
        expect(await page.evaluate(() => window.__playground!.workbook.model.settings.who)).toBe(picked);
        // Settings shows the same name, in the same kind of field.
        await page.getByTestId('tab-settings').click();
        expect(await page.getByTestId('who').inputValue()).toBe(picked);
      } finally {
        await page.close();
      }
    });
  }
});

/** A customer-sheet column of the playground's workbook, by its zh or en header, keyed by customer ID. */
async function customerColumn(page: Page, headers: string[]): Promise<Record<string, string>> {
  return page.evaluate((names) => {
    const wb = window.__playground!.workbook;
    const loc = wb.locate('Customers')!;
    const head = (loc.grid.cells[loc.headerRow - 1] ?? []).map(String);
    const id = head.findIndex((h) => h === '客户编号' || h === 'Customer ID' || h === 'CustomerId');
    const c = head.findIndex((h) => names.includes(h));
    const out: Record<string, string> = {};
    for (const row of loc.grid.cells.slice(loc.headerRow)) if (row[id]) out[String(row[id])] = String(row[c] ?? '');
    return out;
  }, headers);
}

/**
 * Settling conflicts: one dialog per group (rows side by side, kept row and values pre-selected, owner
 * and 协助销售, merge or only reassign), and "accept all suggestions" with its preview, counting the
 * clicks from the sample to a clean conflict list.
 */
describe('settling conflicts', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`accepts all suggestions from a preview: a clean conflict list in 4 clicks, in ${lang}`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewportSize({ width: 320, height: 900 });
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}&view=pane`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        let clicks = 0;
        const click = async (testId: string) => {
          clicks++;
          await page.getByTestId(testId).click();
        };
        await click('run-check');
        await page.getByTestId('first-write').waitFor();
        await click('first-write-confirm');
        await page.getByTestId('summary').waitFor();
        const before = await listedGroups(page);
        expect(before.some((g) => g.kind === 'conflict')).toBe(true);
        const errorsBefore = Number(await page.getByTestId('stat-errors').locator('span').first().textContent());
        await click('accept-all');
        const preview = page.getByTestId('accept-all-preview');
        await preview.waitFor();
        // The preview says what will change: every listed group, merged (the default) into one row.
        const totals = (await page.getByTestId('accept-all-totals').textContent()) ?? '';
        expect(totals).toMatch(lang === 'zh' ? /将处理 \d+ 组.*合并 \d+ 组/ : /\d+ groups: .*merged/);
        const planned = await page.locator('[data-testid="accept-all-groups"] li[data-group]').count();
        expect(planned).toBe(before.length);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        fs.mkdirSync(OUT, { recursive: true });
        await page.getByRole('dialog').screenshot({ path: path.join(OUT, `pane-accept-all-${lang}-320.png`) });
        await page.setViewportSize({ width: 450, height: 900 });
        await page.getByRole('dialog').screenshot({ path: path.join(OUT, `pane-accept-all-${lang}-450.png`) });
        // Without merging, only owners change: the duplicates drop out of the plan.
        await page.getByTestId('accept-all-merge').click();
        await page.waitForFunction(
          (n) => document.querySelectorAll('[data-testid="accept-all-groups"] li[data-group]').length < n,
          planned,
        );
        await page.getByTestId('accept-all-merge').click();
        await page.waitForFunction(
          (n) => document.querySelectorAll('[data-testid="accept-all-groups"] li[data-group]').length === n,
          planned,
        );
        await click('accept-all-confirm');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        await page.locator('[data-testid="conflict-list"] [data-testid="action-result"]').waitFor();
        await page.getByTestId('conflicts-none').waitFor();
        expect(await listedGroups(page)).toEqual([]);
        expect(clicks).toBeLessThanOrEqual(4);
        // The merges kept the books whole: no more errors than before (no orphaned ledger rows).
        const errorsAfter = Number(await page.getByTestId('stat-errors').locator('span').first().textContent());
        expect(errorsAfter).toBeLessThanOrEqual(errorsBefore);
        const audit = (await sheetRows(page, ['变更日志', 'Audit']))!;
        expect(audit.length).toBeGreaterThan(before.length);
        await page.screenshot({ path: path.join(ARTIFACTS, `accept-all-${lang}-done.png`), fullPage: true });
      } finally {
        await page.close();
      }
    });

    it(`settles one conflict in one dialog: kept row, values, owner and 协助销售, merged, in ${lang}`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewportSize({ width: 320, height: 900 });
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}&view=pane`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        await runCheck(page);
        const group = (await listedGroups(page)).find((g) => g.kind === 'conflict')!;
        await page.getByTestId(`resolve-${group.id}`).click();
        const dialog = page.getByTestId('settle-dialog');
        await dialog.waitFor();
        // The rows side by side: one kept-row choice per row of the group, one pre-selected.
        for (const r of group.rows) await page.getByTestId(`settle-keep-${r}`).waitFor();
        const keep = Number(await page.locator('[data-testid="settle-keep"] input:checked').inputValue());
        expect(group.rows).toContain(keep);
        // Each field that differs is a choice between the rows' values, one pre-selected.
        const fields = page.locator('[data-testid^="settle-field-"]');
        expect(await fields.count()).toBeGreaterThan(0);
        expect(await fields.first().locator('input:checked').count()).toBe(1);
        // The suggested owner is pre-selected; a second salesperson is offered from the group's owners.
        const suggested = (await page.getByTestId(`suggested-${group.id}`).textContent()) ?? '';
        const owner = await page.getByTestId('settle-owner').inputValue();
        expect(suggested).toContain(owner);
        const coOwners = await page
          .getByTestId('settle-coowner')
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        expect(coOwners.length).toBeGreaterThan(0);
        expect(coOwners).not.toContain(owner);
        await page.getByTestId('settle-coowner').selectOption(coOwners[0]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        fs.mkdirSync(OUT, { recursive: true });
        await page.getByRole('dialog').screenshot({ path: path.join(OUT, `pane-settle-${lang}-320.png`) });
        await page.setViewportSize({ width: 450, height: 900 });
        await page.getByRole('dialog').screenshot({ path: path.join(OUT, `pane-settle-${lang}-450.png`) });
        const keptId = group.customers[group.rows.indexOf(keep)];
        await page.getByTestId('dialog-confirm').click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        await page.locator('[data-testid="conflict-list"] [data-testid="action-result"]').waitFor();
        // One finished step: the group is gone, not back as a duplicate to merge.
        const after = await listedGroups(page);
        expect(after.some((g) => g.customers.includes(keptId))).toBe(false);
        // The kept customer has the owner and the second salesperson; the others are archived.
        const owners = await customerColumn(page, ['负责销售', 'Owner']);
        const co = await customerColumn(page, ['协助销售', 'Co-owner']);
        expect(owners[keptId]).toBe(owner);
        expect(co[keptId]).toBe(coOwners[0]);
        for (const id of group.customers.filter((c) => c !== keptId)) expect(owners[id]).toBeUndefined();
        const archive = (await sheetRows(page, ['归档', 'Archive']))!;
        expect(archive.length).toBeGreaterThan(group.rows.length - 1);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the daily check in the pane', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows ${lang === 'zh' ? '今天' : 'Today'} first after a check: per salesperson, the new conflict apart, another day`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        await runCheck(page);
        const daily = page.getByTestId('daily');
        // the first thing after the buttons: before the summary
        const order = await page.evaluate(() =>
          ['daily', 'summary'].map((id) => {
            const all = [...document.querySelectorAll('[data-testid]')];
            return all.indexOf(document.querySelector(`[data-testid="${id}"]`)!);
          }),
        );
        expect(order[0]).toBeLessThan(order[1]);
        expect(await daily.textContent()).toContain(lang === 'zh' ? `今天（${TODAY}）` : `Today (${TODAY})`);
        await page.getByTestId('daily-baseline').waitFor();

        const grouped = (await listedGroups(page)).flatMap((g) => g.rows);
        const changed = await plantDailyEdits(page, grouped);
        await runCheck(page);
        await page.getByTestId('daily-owners').waitFor();
        expect(await page.getByTestId('daily-baseline').count()).toBe(0);
        const totals = (await page.getByTestId('daily-totals').textContent()) ?? '';
        expect(totals).toContain(lang === 'zh' ? '新增 1，修改 1，删除 1' : '1 new, 1 changed, 1 removed');
        const s001 = page.getByTestId('daily-owner-S001');
        expect(await s001.locator('[data-count="new"]').textContent()).toBe(lang === 'zh' ? '新增 1' : '1 new');
        const conflicts = page.locator('[data-testid="daily-new-conflicts"] li');
        expect(await conflicts.count()).toBe(1);
        const item = (await conflicts.first().textContent()) ?? '';
        expect(item).toContain(String(changed.row));
        expect(await page.getByTestId('daily-old-conflicts').textContent()).toMatch(/\d+/);
        await shot(page, `pane-${lang}-today.png`);
        fs.mkdirSync(OUT, { recursive: true });
        await page.locator('[data-testid="pane-frame"]').screenshot({ path: path.join(OUT, `pane-today-${lang}.png`) });

        // the jump selects the conflict's rows in the grid
        await conflicts.first().click();
        await page.locator(`[data-testid="grid-table"] tr[data-row="${changed.row}"][data-selected="true"]`).waitFor();

        // another day: the changes found since then, the title says so
        await page.getByTestId('daily-date').fill('2026-06-29');
        await page
          .getByTestId('daily')
          .filter({ hasText: lang === 'zh' ? '2026-06-29 以来' : 'Since 2026-06-29' })
          .waitFor();
        expect(await page.getByTestId('daily-totals').textContent()).toContain(
          lang === 'zh' ? '新增 1，修改 1，删除 1' : '1 new, 1 changed, 1 removed',
        );
      } finally {
        await page.close();
      }
    });
  }
});

/**
 * Restore from Archive in the pane (issue 16): after a merge in the playground, the Check tab lists
 * the archived customer (merged into whom, when, by whom); "restore" puts it back, audited, with its
 * result next to the row; the customer is in the customer file again.
 */
describe('restore from Archive', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`lists what a merge archived and restores it, in ${lang}`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewportSize({ width: 320, height: 900 });
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}&view=pane`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        await runCheck(page);
        // Before any merge: the section says there is nothing archived.
        await page.getByTestId('archive-none').waitFor();
        const group = (await listedGroups(page)).find((g) => g.kind === 'conflict')!;
        await page.getByTestId(`resolve-${group.id}`).click();
        await page.getByTestId('settle-dialog').waitFor();
        const keep = Number(await page.locator('[data-testid="settle-keep"] input:checked').inputValue());
        const keptId = group.customers[group.rows.indexOf(keep)];
        const archivedIds = group.customers.filter((c) => c !== keptId);
        await page.getByTestId('dialog-confirm').click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        await page.locator('[data-testid="conflict-list"] [data-testid="action-result"]').waitFor();
        expect(Object.keys(await customerColumn(page, ['负责销售', 'Owner']))).not.toContain(archivedIds[0]);

        const item = page.locator(`[data-testid="archive-item"][data-customer="${archivedIds[0]}"]`);
        await item.waitFor();
        const text = (await item.textContent()) ?? '';
        expect(text).toContain(keptId);
        expect(text).toContain(lang === 'zh' ? '并入' : 'merged into');
        expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await item.scrollIntoViewIfNeeded();
        await page.getByTestId('archive-section').screenshot({ path: path.join(ARTIFACTS, `archive-${lang}-320.png`) });

        const auditBefore = (await sheetRows(page, ['变更日志', 'Audit']))!.length;
        await item.getByTestId('archive-restore').click();
        const result = item.getByTestId('archive-result');
        await result.waitFor({ timeout: 60_000 });
        expect((await result.textContent()) ?? '').toContain(lang === 'zh' ? '已恢复' : 'Restored');
        // The customer is back in the customer file, and the Audit sheet has the restore.
        expect(Object.keys(await customerColumn(page, ['负责销售', 'Owner']))).toContain(archivedIds[0]);
        const audit = (await sheetRows(page, ['变更日志', 'Audit']))!;
        expect(audit.length).toBeGreaterThan(auditBefore);
        expect(JSON.stringify(audit.slice(auditBefore))).toMatch(lang === 'zh' ? /恢复/ : /restor/i);
        await page.setViewportSize({ width: 450, height: 900 });
        await item.scrollIntoViewIfNeeded();
        await page.getByTestId('archive-section').screenshot({ path: path.join(ARTIFACTS, `archive-${lang}-450.png`) });
      } finally {
        await page.close();
      }
    });
  }
});

/** The main tabs at the pane's narrowest (320 px) and a wide pane (450 px), in both languages. */
describe('the main tabs at 320 and 450 px', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`fit and are screenshotted, in ${lang}`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewportSize({ width: 450, height: 900 });
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}&view=pane`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        await runCheck(page);
        for (const width of [320, 450]) {
          await page.setViewportSize({ width, height: 900 });
          for (const tab of ['check', 'showroom', 'reviews', 'setup', 'settings']) {
            await page.getByTestId(`tab-${tab}`).click();
            await page.getByTestId(`tab-${tab}`).focus();
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
            await page.screenshot({ path: path.join(ARTIFACTS, `tabs-${lang}-${tab}-${width}.png`), fullPage: true });
          }
        }
      } finally {
        await page.close();
      }
    });
  }
});

/** A cell of a schema table in the playground's workbook, by worksheet row and header (zh or en). */
async function tableCell(page: Page, sheet: string, row: number, headers: string[]): Promise<string> {
  return page.evaluate(
    ([s, r, hs]) => {
      const loc = window.__playground!.workbook.locate(s as 'Reviews')!;
      const head = (loc.grid.cells[loc.headerRow - 1] ?? []).map(String);
      const c = head.findIndex((h) => (hs as string[]).includes(h));
      const v = loc.grid.cells[(r as number) - 1]?.[c];
      return v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');
    },
    [sheet, row, headers] as const,
  );
}

/** The first staff ID on the Staff sheet with one of these roles. */
async function staffWithRole(page: Page, roles: string[]): Promise<string> {
  const rows = (await sheetRows(page, ['人员', 'Staff']))!;
  const head = rows[0].map(String);
  const id = head.findIndex((h) => h === '工号' || h === 'Staff ID');
  const role = head.findIndex((h) => h === '角色' || h === 'Role');
  return String(rows.slice(1).find((r) => roles.includes(String(r[role])))![id]);
}

async function actAs(page: Page, who: string): Promise<void> {
  await page.evaluate((w) => {
    window.__playground!.workbook.model.settings.who = w;
  }, who);
}

describe("the review chain: finance's queue and the GM's approvals", () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`finance writes a score, a salesperson's approval is refused, the GM's carries the tier, in ${lang}`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        await runCheck(page);
        await page.getByTestId('tab-reviews').click();

        // Finance's queue: write the suggested credit score of the first row (the placeholder), audited.
        await actAs(page, await staffWithRole(page, ['财务', 'Finance']));
        const queue = page.getByTestId('finance-queue');
        await queue.waitFor();
        const input = queue.locator('input[data-testid^="finance-input-"][data-testid$="-PaymentScore"]').first();
        const row = Number(((await input.getAttribute('data-testid')) ?? '').split('-')[2]);
        await input.fill('77');
        await page.getByTestId(`finance-write-${row}-PaymentScore`).click();
        await page
          .getByTestId('notice')
          .filter({ hasText: String(row) })
          .waitFor();
        expect(await tableCell(page, 'Reviews', row, ['付款评分', 'Payment score'])).toBe('77');
        await shot(page, `pane-${lang}-finance.png`);

        // The GM's approvals: a salesperson is refused and nothing changes.
        await page.getByTestId('tab-reviews').click();
        const approvals = page.getByTestId('approvals');
        await approvals.waitFor();
        const item = approvals.locator('[data-testid^="approval-row-"]').first();
        const reviewRow = Number(((await item.getAttribute('data-testid')) ?? '').replace('approval-row-', ''));
        await actAs(page, await staffWithRole(page, ['销售员', 'Sales']));
        await page.getByTestId(`approve-${reviewRow}`).click();
        await page
          .getByTestId('notice')
          .filter({ hasText: lang === 'zh' ? '只能由总经理核定' : 'Only the general manager approves' })
          .waitFor();
        expect(await tableCell(page, 'Reviews', reviewRow, ['核定等级', 'Approved tier'])).toBe('');

        // The GM approves: the review row and the customer's tier, and the Audit sheet.
        const gm = await staffWithRole(page, ['总经理', 'General manager']);
        await actAs(page, gm);
        const tier = await page.getByTestId(`approval-tier-${reviewRow}`).textContent();
        await page.getByTestId(`approve-${reviewRow}`).click();
        await page
          .getByTestId('notice')
          .filter({ hasText: String(reviewRow) })
          .waitFor();
        expect(await tableCell(page, 'Reviews', reviewRow, ['核定等级', 'Approved tier'])).toBe(tier?.trim());
        expect(await tableCell(page, 'Reviews', reviewRow, ['审核人', 'Approved by'])).toBe(gm);
        expect(await tableCell(page, 'Reviews', reviewRow, ['审核日期', 'Approved date'])).toBe(TODAY);
        const audit = (await sheetRows(page, ['变更日志', 'Audit']))!;
        const approved = audit.filter((r) => r.includes(lang === 'zh' ? '总经理核定等级' : 'GM tier approval'));
        expect(approved.map((r) => r[3])).toContain(lang === 'zh' ? '客户档案' : 'Customers');
        expect(audit.some((r) => r.includes(lang === 'zh' ? '财务评审填写' : 'Finance review entry'))).toBe(true);
        await shot(page, `pane-${lang}-approved.png`);
      } finally {
        await page.close();
      }
    });
  }
});
