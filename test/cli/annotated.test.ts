/**
 * The annotated workbook people open (issue 16): `check FILE --out COPY` in both languages, read
 * back with ExcelJS (the sheet it opens on, the Lists sheet hidden and last, frozen ID and name, the
 * note at A1, A4 landscape fit to width with the header repeated, links styled as links, wrapped
 * messages in rows tall enough, staff names beside IDs) and rendered by LibreOffice to PNG (its first
 * page and the Issues sheet), kept in test-artifacts/ for a person to look at.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli';
import type { CommandIo } from '../../src/cli/types';
import { buildSample } from '../../src/sample';
import { saveWorkbookFile } from '../../src/workbook/file';
import { excelJs } from '../../src/workbook/file/exceljs-compat';
import { readZipText } from '../../src/workbook/file/zip-entry';
import { ADDIN_SHEETS, SHEET_BY_KEY, type Lang } from '../../src/domain/schema';
import { t } from '../../src/i18n';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SOFFICE = '/usr/bin/soffice';
const PDFTOPPM = '/usr/bin/pdftoppm';
const canRender = fs.existsSync(SOFFICE) && fs.existsSync(PDFTOPPM);
if (!canRender)
  console.warn('LibreOffice or pdftoppm (poppler-utils) is missing: skipping the renders. CI installs them.');
const maybe = canRender ? test : test.skip;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-annotated-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TODAY = '2026-11-27';

async function run(...argv: string[]): Promise<number> {
  const sink: CommandIo = { out: () => undefined, err: () => undefined };
  return main(argv, sink);
}

const copies: Partial<Record<Lang, string>> = {};

async function annotated(lang: Lang): Promise<string> {
  const done = copies[lang];
  if (done) return done;
  const built = buildSample({ customers: 120, seed: 20260101, today: TODAY, lang });
  const input = path.join(dir, `sample-${lang}.xlsx`);
  await saveWorkbookFile(built.workbook, input);
  const out = path.join(dir, `annotated-${lang}.xlsx`);
  expect(await run('check', input, '--out', out, '--today', TODAY, '--lang', lang)).toBe(0);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.copyFileSync(out, path.join(ARTIFACTS, `annotated-${lang}.xlsx`));
  copies[lang] = out;
  return out;
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const xl = new (excelJs().Workbook)();
  await xl.xlsx.readFile(file);
  return xl;
}

/** Each sheet's name and its part's XML, in tab order. */
async function sheetParts(file: string): Promise<{ name: string; xml: string }[]> {
  const bytes = fs.readFileSync(file);
  const book = (await readZipText(bytes, 'xl/workbook.xml')) ?? '';
  const rels = (await readZipText(bytes, 'xl/_rels/workbook.xml.rels')) ?? '';
  const out: { name: string; xml: string }[] = [];
  for (const m of book.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? '';
    out.push({ name: m[1], xml: (await readZipText(bytes, `xl/${target.replace(/^\/?xl\//, '')}`)) ?? '' });
  }
  return out;
}

const visible = (xl: ExcelJS.Workbook) => xl.worksheets.filter((ws) => ws.state === 'visible');

describe.each(['zh', 'en'] as Lang[])('the annotated copy (%s)', (lang) => {
  const customersName = SHEET_BY_KEY.Customers[lang];
  const issuesName = ADDIN_SHEETS.Issues[lang];
  const conflictsName = ADDIN_SHEETS.Conflicts[lang];
  const listsName = ADDIN_SHEETS.Lists[lang];

  test('opens on the customer file, with the Lists sheet hidden and after every other sheet', async () => {
    const xl = await readBack(await annotated(lang));
    const active = (xl.views as { activeTab?: number }[] | undefined)?.[0]?.activeTab ?? 0;
    expect(xl.worksheets[active].name).toBe(customersName);
    // exactly one selected tab: two would be a group, and typing would go into both
    const parts = await sheetParts(await annotated(lang));
    expect(parts.filter((p) => /<sheetView\b[^>]*tabSelected="1"/.test(p.xml)).map((p) => p.name)).toEqual([
      customersName,
    ]);
    const lists = xl.getWorksheet(listsName)!;
    expect(lists.state).toBe('hidden');
    const order = xl.worksheets.map((ws) => ws.name);
    const others = order.filter((n) => n !== listsName && xl.getWorksheet(n)!.state === 'visible');
    expect(order.indexOf(listsName)).toBeGreaterThan(Math.max(...others.map((n) => order.indexOf(n))));
    expect(visible(xl)[0].name).toBe(customersName);
  });

  test('keeps the header, the ID and the name in view, and says at A1 where the status columns are', async () => {
    const xl = await readBack(await annotated(lang));
    const ws = xl.getWorksheet(customersName)!;
    const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number };
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const column = (key: string) => headers.indexOf(SHEET_BY_KEY.Customers.fields.find((f) => f.key === key)![lang]);
    // every column from A through the name (the sample: ID, kind, name)
    const through = Math.max(column('CustomerId'), column('Name')) + 1;
    expect(through).toBeLessThanOrEqual(4);
    expect(view).toMatchObject({ state: 'frozen', xSplit: through, ySplit: 1 });
    const note = ws.getCell('A1').note as string | { texts: { text: string }[] };
    const text = typeof note === 'string' ? note : note.texts.map((x) => x.text).join('');
    const check = headers.indexOf(SHEET_BY_KEY.Customers.fields.find((f) => f.key === 'Check')![lang]);
    expect(check).toBeGreaterThan(1);
    const letter = String.fromCharCode(65 + check);
    expect(text).toContain(t(lang, 'workbook.statusNote.column', { column: letter, field: headers[check] }));
    expect(text).toContain(issuesName);
  });

  test('prints the customer file and the reports on A4 landscape, one page wide, the header on every page', async () => {
    const xl = await readBack(await annotated(lang));
    for (const name of [customersName, issuesName, conflictsName]) {
      const setup = xl.getWorksheet(name)!.pageSetup;
      expect({ name, paperSize: setup.paperSize, orientation: setup.orientation, fit: setup.fitToPage }).toEqual({
        name,
        paperSize: 9,
        orientation: 'landscape',
        fit: true,
      });
      expect(setup.fitToWidth).toBe(1);
      expect(setup.fitToHeight).toBe(0);
    }
    // ExcelJS does not read print titles back: the workbook part says them
    const book = (await readZipText(fs.readFileSync(await annotated(lang)), 'xl/workbook.xml')) ?? '';
    const titles = [...book.matchAll(/<definedName name="_xlnm\.Print_Titles"[^>]*>([^<]*)</g)].map((m) =>
      m[1].replace(/&apos;/g, "'"),
    );
    for (const name of [customersName, issuesName, conflictsName]) expect(titles).toContain(`'${name}'!$1:$1`);
  });

  test('styles links as links, wraps long messages in rows tall enough, and names the staff beside their IDs', async () => {
    const xl = await readBack(await annotated(lang));
    const issues = xl.getWorksheet(issuesName)!;
    const link = issues.getCell('A2');
    expect(link.formula ?? (link.value as { hyperlink?: string }).hyperlink).toBeTruthy();
    expect(link.font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    const message = issues.getCell('F2');
    expect(message.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(issues.getColumn(6).width).toBeLessThanOrEqual(50);
    // a row whose message is longer than its column is taller than one line
    let tall = 0;
    issues.eachRow((row, r) => {
      if (r === 1) return;
      const text = String(row.getCell(6).value ?? '');
      if (text.length > 40 && (row.height ?? 15) > 15) tall++;
    });
    expect(tall).toBeGreaterThan(0);
    const owners = (issues.getColumn(7).values as unknown[]).slice(2).map(String);
    expect(owners.some((v) => /^S\d+ \S/.test(v))).toBe(true);
    const conflicts = xl.getWorksheet(conflictsName)!;
    const ownersCell = String(conflicts.getCell('E2').value);
    expect(ownersCell).toMatch(/^S\d+ \S+.*, S\d+ \S+/);
    expect(conflicts.getCell('A2').font).toMatchObject({ underline: true });
    expect(conflicts.getCell('G2').alignment).toMatchObject({ wrapText: true });
  });

  maybe(
    'LibreOffice renders its first page and its Issues sheet (PNG in test-artifacts/)',
    async () => {
      const file = await annotated(lang);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = render(file, 'first');
      png(pdf, `annotated-${lang}-first-page`, 1);
      // The Issues sheet alone: a copy whose only visible sheet is Issues, so the PDF starts with it.
      const xl = await readBack(file);
      for (const ws of xl.worksheets) if (ws.name !== issuesName && ws.state === 'visible') ws.state = 'hidden';
      const issuesIndex = xl.worksheets.findIndex((ws) => ws.name === issuesName);
      xl.views = [{ activeTab: issuesIndex } as ExcelJS.WorkbookView];
      const only = path.join(dir, `issues-${lang}.xlsx`);
      await xl.xlsx.writeFile(only);
      png(render(only, 'issues'), `annotated-${lang}-issues`, 1);
      for (const name of [`annotated-${lang}-first-page.png`, `annotated-${lang}-issues.png`])
        expect(fs.statSync(path.join(ARTIFACTS, name)).size).toBeGreaterThan(10_000);
    },
    240_000,
  );
});

/** The workbook as LibreOffice prints it, to PDF. */
function render(file: string, tag: string): string {
  const outDir = path.join(dir, `pdf-${tag}-${path.basename(file, '.xlsx')}`);
  fs.mkdirSync(outDir, { recursive: true });
  const profile = `file://${path.join(dir, 'profile-' + Math.random().toString(36).slice(2))}`;
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
    { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 180_000 },
  );
  return path.join(outDir, `${path.basename(file, '.xlsx')}.pdf`);
}

/** Page `page` of a PDF as test-artifacts/NAME.png (110 dpi). */
function png(pdf: string, name: string, page: number): void {
  execFileSync(
    PDFTOPPM,
    ['-png', '-r', '110', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(ARTIFACTS, name)],
    {
      stdio: 'pipe',
      timeout: 60_000,
    },
  );
}
