/**
 * The "possible duplicates — please review" list in the real pane (issue 17), in zh-CN and en-US:
 * a workbook where one rare name is registered twice in one city under two phones by two
 * salespeople. The check shows the pair apart from the conflicts, with its reasons and score;
 * "not the same customer" records the decision and the next check no longer lists it.
 * Same harness as playground.test.ts: the playground built once, Debian's Chromium.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';

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
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
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
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-chromium-'));
  outDir = process.env.PLAYGROUND_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sd-playground-'));
  if (!process.env.PLAYGROUND_DIR) {
    const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
    const args = ['--mode', 'development', '--env', 'playground', '--env', 'fast', '--env', `outDir=${outDir}`];
    const build = spawnSync(process.execPath, [webpack, ...args], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`playground build failed:\n${build.stdout}\n${build.stderr}`);
  }
  server = await serve(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    viewport: { width: 1200, height: 1400 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  for (const d of [process.env.PLAYGROUND_DIR ? '' : outDir, userDataDir])
    if (d) fs.rmSync(d, { recursive: true, force: true });
});

/** A customer file: 欧阳子涵 registered twice in 北京 under two phones by two salespeople, and 李娜. */
async function possibleXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('客户档案').addRows([
    ['客户编号', '客户类型', '客户名称', '电话', '城市', '展厅', '负责销售', '首次接触', '阶段'],
    ['C1', '最终客户', '欧阳子涵', '13812345678', '北京', '一展厅', 'S001', '2026-05-01', '线索'],
    ['C2', '最终客户', '李娜', '13900001111', '上海', '一展厅', 'S001', '2026-05-02', '线索'],
    ['C3', '最终客户', '欧阳子涵', '13799990000', '北京', '一展厅', 'S002', '2026-06-02', '洽谈'],
  ]);
  await wb.xlsx.writeFile(file);
}

async function runCheck(page: Page): Promise<void> {
  await page.getByTestId('run-check').click();
  const firstWrite = page.getByTestId('first-write');
  await Promise.race([page.getByTestId('summary').waitFor(), firstWrite.waitFor()]);
  if (await firstWrite.isVisible()) await page.getByTestId('first-write-confirm').click();
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));
}

describe('possible duplicates in the pane', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`lists the pair apart, with reasons and score, and forgets it once marked not the same (${lang})`, async () => {
      const page = await browser.newPage();
      try {
        const file = path.join(userDataDir, `possible-${lang}.xlsx`);
        await possibleXlsx(file);
        await page.goto(`${baseUrl}/playground.html?lang=${lang}&today=${TODAY}`);
        await page.getByTestId('run-check').waitFor({ timeout: 60_000 });
        await page.getByTestId('open-file').setInputFiles(file);
        await page
          .getByTestId('loaded-name')
          .filter({ hasText: `possible-${lang}.xlsx` })
          .waitFor();
        await runCheck(page);

        const section = page.getByTestId('possible-section');
        await section.waitFor();
        const card = page.getByTestId('possible-2-4');
        expect(await card.getAttribute('data-rows')).toBe('2,4');
        const text = (await section.textContent()) ?? '';
        expect(text).toContain(lang === 'zh' ? '可能重复，请核实（1）' : 'Possible duplicates, please review (1)');
        expect(text).toContain(lang === 'zh' ? '得分 5' : 'score 5');
        expect(await page.getByTestId('possible-reasons-2-4').textContent()).toContain(
          lang === 'zh' ? '名称相同、城市相同' : 'same Name, same City',
        );
        // apart from the confirmed conflicts: the two rows are in no conflict group
        expect(await page.locator('[data-testid^="cluster-"]').count()).toBe(0);
        await section.screenshot({ path: path.join(ARTIFACTS, `pane-${lang}-possible.png`) });

        await page.getByTestId('jump-pos-2-4-4').click();
        await page.locator('[data-testid="grid-table"] tr[data-row="4"][data-selected="true"]').waitFor();
        await page.getByTestId('notsame-pos-2-4').click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await page.getByTestId('dialog-confirm').click();
        await dialog.waitFor({ state: 'detached' });
        await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));
        await runCheck(page);
        expect(await page.getByTestId('possible-2-4').count()).toBe(0);
      } finally {
        await page.close();
      }
    });
  }
});
