/**
 * The online manifest validator cannot be reached here, so this test checks the points
 * Office cares about: host, requirement set, permission, icons (real PNGs of the declared
 * size), the ribbon button, the zh-CN/en-US strings, and that every URL is a page the build emits.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = path.join(__dirname, '..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const DEV_URL = 'https://localhost:3000/';

type Node = Record<string, unknown>;
const ARRAYS = new Set([
  'Set',
  'Host',
  'bt:Image',
  'bt:Url',
  'bt:String',
  'Control',
  'Group',
  'Override',
  'bt:Override',
]);

const xml = fs.readFileSync(MANIFEST_PATH, 'utf8');
const parsed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ARRAYS.has(name),
}).parse(xml) as { OfficeApp: Node };
const app = parsed.OfficeApp;

function node(parent: unknown, ...keys: string[]): Node {
  let cur = parent as Node;
  for (const k of keys) {
    const next = cur?.[k];
    if (next === undefined) throw new Error(`manifest: missing ${keys.join(' > ')} (at ${k})`);
    cur = (Array.isArray(next) ? next[0] : next) as Node;
  }
  return cur;
}

function list(parent: unknown, key: string): Node[] {
  const v = (parent as Node)[key];
  return v === undefined ? [] : (v as Node[]);
}

const overrides = node(app, 'VersionOverrides');
const resources = node(overrides, 'Resources');
const images = list(node(resources, 'bt:Images'), 'bt:Image');
const urls = list(node(resources, 'bt:Urls'), 'bt:Url');
const strings = [
  ...list(node(resources, 'bt:ShortStrings'), 'bt:String'),
  ...list(node(resources, 'bt:LongStrings'), 'bt:String'),
];

function resource(items: Node[], id: string): Node {
  const found = items.find((r) => r['@_id'] === id);
  if (!found) throw new Error(`manifest: resid ${id} is not defined`);
  return found;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function localFileFor(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

/** Pages the webpack config emits (html-webpack-plugin filenames) and the folders it copies. */
async function emittedPages(): Promise<{ pages: string[]; copied: string[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, unknown>,
    options: Record<string, unknown>,
  ) => Promise<{ plugins: { userOptions?: { filename?: string }; patterns?: { to?: unknown }[] }[] }>;
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const config = await makeConfig({ fast: true }, { mode: 'production' });
    const pages = config.plugins.flatMap((p) => (p.userOptions?.filename ? [p.userOptions.filename] : []));
    const copied = config.plugins.flatMap((p) => (p.patterns ?? []).map((pat) => String(pat.to)));
    return { pages, copied };
  } finally {
    log.mockRestore();
  }
}

describe('manifest.xml', () => {
  test('is a TaskPaneApp for Excel workbooks with a GUID id and a provider', () => {
    expect(app['@_xsi:type']).toBe('TaskPaneApp');
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(String(app.Id)).not.toBe('00000000-0000-0000-0000-000000000000');
    expect(String(app.ProviderName).trim().length).toBeGreaterThan(0);
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const hosts = list(node(app, 'Hosts'), 'Host').map((h) => h['@_Name']);
    expect(hosts).toEqual(['Workbook']);
    const overrideHosts = list(node(overrides, 'Hosts'), 'Host').map((h) => h['@_xsi:type']);
    expect(overrideHosts).toEqual(['Workbook']);
  });

  test('declares ExcelApi 1.9 as the minimum requirement set', () => {
    const sets = list(node(app, 'Requirements', 'Sets'), 'Set');
    expect(sets).toEqual([{ '@_Name': 'ExcelApi', '@_MinVersion': '1.9' }]);
  });

  test('asks for ReadWriteDocument', () => {
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  test('defaults to zh-CN and overrides the display name and description for en-US', () => {
    expect(app.DefaultLocale).toBe('zh-CN');
    for (const key of ['DisplayName', 'Description']) {
      const el = node(app, key);
      expect(String(el['@_DefaultValue'])).toMatch(/[\u4e00-\u9fff]/);
      const en = list(el, 'Override').find((o) => o['@_Locale'] === 'en-US');
      expect(en?.['@_Value']).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(node(app, 'DisplayName')['@_DefaultValue']).toBe('展厅助手');
    expect(list(node(app, 'DisplayName'), 'Override')[0]['@_Value']).toBe('Showroom Desk');
  });

  test('every ribbon string is Chinese by default with an en-US override', () => {
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const s of strings) {
      expect(String(s['@_DefaultValue'])).toMatch(/[\u4e00-\u9fff]/);
      const en = list(s, 'bt:Override').find((o) => o['@_Locale'] === 'en-US');
      expect(en?.['@_Value']).toMatch(/^[\x20-\x7e]+$/);
      // Office's limits: short strings 125 characters, long strings 250.
      expect(String(s['@_DefaultValue']).length).toBeLessThanOrEqual(250);
    }
  });

  test('icons are real PNGs of the sizes they are declared at', () => {
    const declared: Array<[string, number]> = [
      [String(node(app, 'IconUrl')['@_DefaultValue']), 32],
      [String(node(app, 'HighResolutionIconUrl')['@_DefaultValue']), 64],
      ...images.map((img): [string, number] => [
        String(img['@_DefaultValue']),
        Number(/(\d+)x\1$/.exec(String(img['@_id']))?.[1]),
      ]),
    ];
    expect(declared.map(([, size]) => size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const [url, size] of declared) {
      const file = localFileFor(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // The ribbon's <bt:Image size=...> references must point at images of that size.
    for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\s*\/>/g)) {
      const file = localFileFor(String(resource(images, m[2])['@_DefaultValue']));
      expect(pngSize(file).width).toBe(Number(m[1]));
    }
  });

  test('a Home-tab button opens the task pane at the same page as the default source', () => {
    const surface = node(overrides, 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint');
    expect(surface['@_xsi:type']).toBe('PrimaryCommandSurface');
    const tab = node(surface, 'OfficeTab');
    expect(tab['@_id']).toBe('TabHome');
    const controls = list(node(tab, 'Group'), 'Control');
    expect(controls).toHaveLength(1);
    const button = controls[0];
    expect(button['@_xsi:type']).toBe('Button');
    const action = node(button, 'Action');
    expect(action['@_xsi:type']).toBe('ShowTaskpane');
    const source = resource(urls, String(node(action, 'SourceLocation')['@_resid']));
    expect(source['@_DefaultValue']).toBe(node(app, 'DefaultSettings', 'SourceLocation')['@_DefaultValue']);
    expect(source['@_DefaultValue']).toBe(`${DEV_URL}taskpane.html`);
    const functionFile = resource(
      urls,
      String(node(overrides, 'Hosts', 'Host', 'DesktopFormFactor', 'FunctionFile')['@_resid']),
    );
    expect(functionFile['@_DefaultValue']).toBe(`${DEV_URL}commands.html`);
  });

  test('every resid the manifest references is defined', () => {
    const defined = new Set([...images, ...urls, ...strings].map((r) => String(r['@_id'])));
    const referenced = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(defined).toContain(id);
  });

  test('every URL is on the dev server and is a page or asset the build emits', async () => {
    const { pages, copied } = await emittedPages();
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html']));
    expect(copied).toContain('assets');
    const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
    const found = [...withoutComments.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(found.length).toBeGreaterThanOrEqual(9);
    for (const url of found) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const rel = url.slice(DEV_URL.length);
      if (rel.startsWith('assets/')) expect(fs.existsSync(path.join(ROOT, rel))).toBe(true);
      else expect(pages).toContain(rel);
    }
  });
});
