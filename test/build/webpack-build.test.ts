/**
 * Runs real webpack builds (unminified, no source maps, into temp dirs) and checks what a
 * deployment depends on: production manifests point at ADDIN_PROD_URL and pages load office.js
 * from Microsoft's CDN; development builds carry a local office.js with its mapping table beside it.
 * Every page of both builds (the development build includes the playground) carries the
 * Content-Security-Policy, and the dev server sends no Access-Control-Allow-Origin.
 */
import * as crypto from 'crypto';
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

/** Every .html file the build wrote, relative to out, except inside Microsoft's office.js copy. */
function builtPages(out: string): string[] {
  return (fs.readdirSync(out, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('office-js'))
    .sort();
}

/** The policy's directives: name -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

/** The page's CSP <meta>s; fails when one comes after a script, stylesheet or style in the page. */
function policiesOf(html: string): string[] {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/gi)];
  const firstLoad = html.search(/<(script|link|style)\b/i);
  for (const m of metas) expect(firstLoad < 0 || m.index < firstLoad).toBe(true);
  return metas.map((m) => m[1]);
}

/** The hash source that admits an empty <style> element (Griffel's, filled through CSSOM). */
const EMPTY_STYLE = `'sha256-${crypto.createHash('sha256').update('').digest('base64')}'`;

/**
 * Checks one built page against the promise: default-src 'self'; scripts from 'self' and
 * `officeOrigins` only; connect-src 'self' only; styles from 'self' and empty <style> elements;
 * no unsafe-inline/eval, wildcard or scheme source anywhere; every script the page loads allowed,
 * no inline script, style element or style attribute.
 */
function expectPagePolicy(html: string, page: string, officeOrigins: string[]): void {
  const policies = policiesOf(html);
  expect({ page, policies: policies.length }).toEqual({ page, policies: 1 });
  const policy = parsePolicy(policies[0]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'", ...officeOrigins]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'", EMPTY_STYLE]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) {
      const allowed =
        source === "'self'" ||
        source === "'none'" ||
        (name === 'script-src' && officeOrigins.includes(source)) ||
        (name === 'style-src' && source === EMPTY_STYLE);
      expect({ page, name, source, allowed }).toEqual({ page, name, source, allowed: true });
    }
  }
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/gi)) {
    const origin = /^[a-z]+:/i.test(src) ? new URL(src).origin : "'self'";
    expect({ page, src, allowed: policy.get('script-src')!.includes(origin) }).toEqual({ page, src, allowed: true });
  }
  expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\sstyle="/i);
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

  test("every page carries the Content-Security-Policy, with scripts from 'self' and the office.js CDN only", () => {
    const pages = builtPages(out);
    expect(pages).toEqual(['assets/support.html', 'commands.html', 'taskpane.html']);
    for (const page of pages)
      expectPagePolicy(fs.readFileSync(path.join(out, page), 'utf8'), page, [new URL(CDN).origin]);
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

  test("every page, the playground's too, carries the Content-Security-Policy, with scripts from 'self' only", () => {
    const pages = builtPages(out);
    expect(pages).toEqual(['assets/support.html', 'commands.html', 'playground.html', 'taskpane.html']);
    for (const page of pages) expectPagePolicy(fs.readFileSync(path.join(out, page), 'utf8'), page, []);
    // the pages' own CSS is a file beside them
    expect(fs.existsSync(path.join(out, 'playground.css'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'assets', 'support.css'))).toBe(true);
  });
});

describe('dev server', () => {
  test('sends no Access-Control-Allow-Origin header (no other web page may read what it serves)', async () => {
    const config = await makeConfig({}, { mode: 'development' });
    const devServer = (config as { devServer?: Record<string, unknown> }).devServer;
    expect(devServer).toBeDefined();
    expect(JSON.stringify(devServer).toLowerCase()).not.toContain('access-control-allow-origin');
    // headers given as a function could not be read here: keep them data
    expect(typeof devServer!.headers).not.toBe('function');
  });
});
