/**
 * Runs real webpack builds (unminified, no source maps, into temp dirs) and checks what a
 * deployment depends on: production manifests point at ADDIN_PROD_URL and pages load office.js
 * from Microsoft's CDN; development builds carry a local office.js with its mapping table beside it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_URL = 'https://localhost:3000/';
const PROD_URL = 'https://addins.showroom.test/desk/';

type MakeConfig = (env: Record<string, unknown>, options: { mode: string }) => Promise<webpack.Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as MakeConfig;

async function build(mode: 'production' | 'development', env: Record<string, unknown>): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `showroom-desk-${mode}-`));
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const config = await makeConfig({ ...env, fast: true, outDir }, { mode });
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack({ ...config, context: ROOT }, (err, result) => (err || !result ? reject(err) : resolve(result)));
    });
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  } finally {
    log.mockRestore();
    warn.mockRestore();
  }
  return outDir;
}

function officeScriptSrcs(html: string): string[] {
  return [...html.matchAll(/<script[^>]*src="([^"]*office\.js)"/g)].map((m) => m[1]);
}

describe('production build', () => {
  let out: string;
  const savedUrl = process.env.ADDIN_PROD_URL;
  beforeAll(async () => {
    process.env.ADDIN_PROD_URL = PROD_URL;
    out = await build('production', {});
  });
  afterAll(() => {
    if (savedUrl === undefined) delete process.env.ADDIN_PROD_URL;
    else process.env.ADDIN_PROD_URL = savedUrl;
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('rewrites every manifest URL to the production URL', () => {
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const built = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    const devCount = source.split(DEV_URL).length - 1;
    expect(devCount).toBeGreaterThanOrEqual(9);
    expect(built).not.toContain('localhost');
    expect(built.split(PROD_URL).length - 1).toBe(devCount);
    expect(built).toContain(`<SourceLocation DefaultValue="${PROD_URL}taskpane.html"/>`);
  });

  test('emits every page and icon the manifest points at', () => {
    const built = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    for (const url of urls) expect(fs.existsSync(path.join(out, url.slice(PROD_URL.length)))).toBe(true);
    expect(fs.existsSync(path.join(out, 'taskpane.js'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'commands.js'))).toBe(true);
  });

  test('pages load office.js from the CDN and ship no local copy', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      expect(officeScriptSrcs(html)).toEqual([CDN]);
    }
    expect(fs.existsSync(path.join(out, 'office-js'))).toBe(false);
  });
});

describe('development build', () => {
  let out: string;
  beforeAll(async () => {
    out = await build('development', {});
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('keeps the dev-server URLs in the manifest', () => {
    expect(fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8')).toContain(`${DEV_URL}taskpane.html`);
  });

  test('pages load the local office.js, with o15apptofilemappingtable.js and the strings beside it', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      const srcs = officeScriptSrcs(html);
      expect(srcs).toHaveLength(1);
      expect(srcs[0]).not.toMatch(/^https?:/);
      const officeJs = path.join(out, srcs[0]);
      expect(fs.readFileSync(officeJs, 'utf8')).toContain('o15apptofilemappingtable.js');
      const dir = path.dirname(officeJs);
      expect(fs.existsSync(path.join(dir, 'o15apptofilemappingtable.js'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'zh-cn', 'office_strings.js'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'en-us', 'office_strings.js'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'excel-web-16.00.js'))).toBe(true);
    }
  });
});
