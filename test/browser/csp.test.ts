/**
 * The pages' Content-Security-Policy in a real browser (Debian's Chromium, playwright-core):
 * the playground runs the pane (check, dialog, every tab) with no policy violation and no request
 * beyond its own origin, and Fluent UI's styles still apply; the policy really blocks a request
 * to another origin; taskpane.html and commands.html opened outside Office load the local
 * office.js, whose only refusals are office.js's own telemetry frame.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/* eslint-disable @typescript-eslint/no-require-imports */
const { startServer } = require('../../scripts/serve.js') as {
  startServer: (o: { dir: string; port: number }) => Promise<{ url: string; close: () => Promise<void> }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

jest.setTimeout(240_000);

let outDir = '';
let server: { url: string; close: () => Promise<void> } | undefined;
let origin = '';
let browser: Browser;

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

interface Watched {
  page: Page;
  violations: Violation[];
  /** Every request the page made (also those the policy blocked), as URLs. */
  requests: string[];
}

/** A page that records every policy violation (the DOM event, from before the first script) and every request. */
async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const violations: Violation[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.exposeFunction('__reportViolation', (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (v: unknown) => void }).__reportViolation;
      void report({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile });
    });
  });
  return { page, violations, requests };
}

/** The pane's other tabs and what each shows once open (Setup after running it). */
const TABS = [
  ['tab-reviews', 'reviews-tab'],
  ['tab-settings', 'match-config'],
  ['tab-setup', 'setup-report'],
] as const;

function foreign(requests: string[]): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`));
}

beforeAll(async () => {
  // PLAYGROUND_DIR: reuse a playground built beforehand (while working on the tests only).
  outDir = process.env.PLAYGROUND_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sd-csp-'));
  if (!process.env.PLAYGROUND_DIR) {
    const webpackBin = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
    const args = ['--mode', 'development', '--env', 'playground', '--env', 'fast', '--env', `outDir=${outDir}`];
    const build = spawnSync(process.execPath, [webpackBin, ...args], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`playground build failed:\n${build.stdout}\n${build.stderr}`);
  }
  server = await startServer({ dir: outDir, port: 0 });
  origin = new URL(server.url).origin;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (!process.env.PLAYGROUND_DIR && outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('Content-Security-Policy in the browser', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`the playground (${lang}) runs the pane with no policy violation and no request beyond its origin`, async () => {
      const { page, violations, requests } = await watchedPage();
      try {
        await page.goto(`${origin}/playground.html?lang=${lang}&today=2026-06-30`);
        const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
        expect(policy).toContain("default-src 'self'");
        await page.getByTestId('run-check').click();
        // the first check on a workbook says what it will add, and asks
        await page.getByTestId('first-write-confirm').click();
        await page.getByTestId('summary').waitFor();
        await page.waitForFunction(() => !document.querySelector('[data-testid="cancel-check"]'));
        const group = await page.locator('[data-testid="conflict-list"] article').first().getAttribute('data-group');
        await page.getByTestId(`resolve-${group}`).click();
        await page.getByRole('dialog').waitFor();
        await page.getByRole('dialog').getByRole('button').last().click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        for (const [tab, shown] of TABS) {
          await page.getByTestId(tab).click();
          if (tab === 'tab-setup') await page.getByTestId('run-setup').click();
          await page.getByTestId(shown).waitFor();
        }
        // Fluent UI's runtime styles were admitted: Griffel's <style> elements hold rules.
        const rules = await page.evaluate(() =>
          [...document.querySelectorAll('style[data-make-styles-bucket]')].reduce(
            (n, s) => n + ((s as HTMLStyleElement).sheet?.cssRules.length ?? 0),
            0,
          ),
        );
        expect(rules).toBeGreaterThan(100);
        expect(violations).toEqual([]);
        expect(requests.length).toBeGreaterThan(0);
        expect(foreign(requests)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('blocks and reports a request to another origin (so the checks above can fail)', async () => {
    const { page, violations, requests } = await watchedPage();
    try {
      await page.goto(`${origin}/playground.html?lang=zh`);
      await page.getByTestId('run-check').waitFor();
      const outcome = await page.evaluate(
        () =>
          new Promise<{ fetched: string; directive: string; blocked: string }>((resolve) => {
            document.addEventListener(
              'securitypolicyviolation',
              (e) => {
                const directive = e.violatedDirective;
                const blocked = e.blockedURI;
                fetched.then((f) => resolve({ fetched: f, directive, blocked }));
              },
              { once: true },
            );
            const fetched = fetch('https://example.com/collect').then(
              () => 'sent',
              () => 'refused',
            );
          }),
      );
      expect(outcome).toEqual({ fetched: 'refused', directive: 'connect-src', blocked: 'https://example.com/collect' });
      // The watcher saw it. A refused request never reaches the network, so the request recorder
      // does not list it: an attempt shows as a violation when the policy refuses it and as a
      // request when it lets it through, which is why the tests above check both.
      expect(violations.map((v) => v.directive)).toContain('connect-src');
      expect(foreign(requests)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const file of ['taskpane.html', 'commands.html']) {
    it(`${file} outside Office: local office.js, no request beyond its origin, only office.js's telemetry frame refused`, async () => {
      const { page, violations, requests } = await watchedPage();
      try {
        await page.goto(`${origin}/${file}`);
        if (file === 'taskpane.html') await page.getByTestId('not-in-excel').waitFor();
        await page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office !== 'undefined');
        // office.js sets itself up after load; give its telemetry logger the time to try
        await page.waitForTimeout(1500);
        expect(requests.some((u) => u.endsWith('/office-js/office.js'))).toBe(true);
        expect(foreign(requests)).toEqual([]);
        // Refused on purpose: office.js's telemetry proxy frame (frame-src) and the
        // style="display:none" it sets on that frame (style-src-attr). Nothing from our bundles.
        const unexpected = violations.filter(
          (v) =>
            !(
              v.source.startsWith(`${origin}/office-js/`) &&
              ((v.directive === 'frame-src' &&
                v.blocked.startsWith('https://telemetryservice.firstpartyapps.oaspapps.com')) ||
                (v.directive === 'style-src-attr' && v.blocked === 'inline'))
            ),
        );
        expect(unexpected).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
