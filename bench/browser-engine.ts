/**
 * Engine time where the task pane runs it: in the browser engine of the Office webview (Edge
 * WebView2 on Windows, the browser itself in Excel on the web), here headless Chromium. The same
 * compiled engine as the CLI's, bundled by webpack in production mode as the add-in ships it,
 * checks the same generated Customers table. The first check in a fresh browser is "cold" (a
 * supervisor's first check after opening the pane); the next ones, on freshly parsed copies of
 * the table, are "warm" (re-running the check).
 *
 * Skipped, with a note, when Chromium is missing (CHROMIUM_PATH, default /usr/bin/chromium).
 * `node dist/bench/browser-engine.js [rows...]` runs it alone.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { registerSection, markdownTable, type BenchTable } from './registry';
import { writeCustomersCsv } from './cli';
import { readWorkbookData } from '../src/workbook/file';
import { parseDate } from '../src/domain/normalise';

const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TODAY = parseDate('2026-11-27')!;
const TITLE = "Engine time in the task pane's runtime (runCheck in headless Chromium, seconds)";

/** What the page reports for one check. */
interface PageRun {
  wallMs: number;
  validateMs: number;
  matchMs: number;
  issues: number;
  clusters: number;
}

/** Bundles dist/src/domain/engine.js (built by build:cli) for the browser, exposed as self.showroomRunCheck. */
async function bundleEngine(dir: string): Promise<void> {
  // webpack is a dev dependency the add-in's own build uses; loaded here only when this section runs
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  const entry = path.join(dir, 'entry.js');
  const engine = path.join(ROOT, 'dist', 'src', 'domain', 'engine.js');
  fs.writeFileSync(entry, `self.showroomRunCheck = require(${JSON.stringify(engine)}).runCheck;\n`);
  await new Promise<void>((resolve, reject) =>
    webpack({
      mode: 'production',
      target: 'web',
      entry,
      output: { path: dir, filename: 'engine.js' },
      resolve: { modules: [path.join(ROOT, 'node_modules')] },
      performance: { hints: false },
    }).run((err, stats) => {
      if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString('errors-only')));
      else resolve();
    }),
  );
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script src="engine.js"></script>',
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.basename(new URL(req.url ?? '/', 'http://x').pathname));
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A fresh browser (fresh profile, so no code cache), one page, a cold check then warm ones. */
async function runInBrowser(
  url: string,
  dataFile: string,
  warmRuns: number,
): Promise<{ version: string; runs: PageRun[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const runs = await page.evaluate(
      async ({ file, warm, today }) => {
        type RunCheck = (
          data: unknown,
          options: { today: number; lang: 'zh' },
        ) => { issues: unknown[]; clusters: unknown[]; stats: { msValidate: number; msMatch: number } };
        const runCheck = (self as unknown as { showroomRunCheck: RunCheck }).showroomRunCheck;
        // the table as text: each run parses its own copy (fresh strings, nothing parsed reused), untimed
        const json = await (await fetch(file)).text();
        const out: PageRun[] = [];
        for (let k = 0; k <= warm; k++) {
          const data: unknown = JSON.parse(json);
          const t0 = performance.now();
          const r = runCheck(data, { today, lang: 'zh' });
          const wallMs = performance.now() - t0;
          out.push({
            wallMs,
            validateMs: r.stats.msValidate,
            matchMs: r.stats.msMatch,
            issues: r.issues.length,
            clusters: r.clusters.length,
          });
        }
        return out;
      },
      { file: dataFile, warm: warmRuns, today: TODAY },
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { version: browser.version(), runs };
  } finally {
    await browser.close();
  }
}

export async function browserEngineTables(sizes: number[], warmRuns: number): Promise<BenchTable[]> {
  if (!fs.existsSync(CHROMIUM))
    return [
      { title: TITLE, head: ['rows'], rows: [], notes: [`skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`] },
    ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bench-browser-'));
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const rows: string[][] = [];
  let version = '';
  let server: http.Server | undefined;
  try {
    await bundleEngine(dir);
    server = await serve(dir);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    for (const n of sizes) {
      const csv = path.join(dir, `customers-${n}.csv`);
      writeCustomersCsv(n, csv);
      // the table as the CLI reads it (the pane gets the same columns from Excel's range values)
      fs.writeFileSync(path.join(dir, `customers-${n}.json`), JSON.stringify(await readWorkbookData(csv)));
      const result = await runInBrowser(base + 'index.html', `customers-${n}.json`, warmRuns);
      version = result.version;
      result.runs.forEach((r, k) =>
        rows.push([
          String(n),
          k === 0 ? 'cold' : `warm ${k}`,
          s(r.wallMs),
          s(r.validateMs),
          s(r.matchMs),
          s(r.wallMs - r.validateMs - r.matchMs),
          String(r.issues),
          String(r.clusters),
        ]),
      );
    }
  } finally {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: TITLE,
      head: ['rows', 'run', 'wall', 'validate', 'conflicts', 'status columns', 'issues', 'clusters'],
      rows,
      notes: [
        `Chromium ${version}, headless; the engine bundled by webpack (production mode), as the add-in ships it.`,
        'cold = the first check in a fresh browser (fresh profile: no code cache); warm = the same rows again, parsed afresh from the JSON text (untimed).',
        'issues and clusters must equal the Node rows of "Engine time" for the same size: the same engine on the same table.',
      ],
    },
  ];
}

registerSection({
  id: 'engine-browser',
  order: 6,
  run: () => browserEngineTables([100_000], 4),
});

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  void browserEngineTables(sizes.length ? sizes : [100_000], 4).then((tables) => {
    for (const t of tables) console.log(markdownTable(t) + '\n');
  });
}
