/**
 * The per-person workbook (issue 20): `showroom-desk export FILE --as STAFFID` and `--by showroom`. The leak
 * test: a shared workbook whose every hiding place holds every customer (Audit, Archive, Issues, Decisions,
 * the hidden Snapshot, the settings sheet, a user's hidden sheet, a comment, a defined name, a column the
 * schema does not know) is exported for a salesperson, a supervisor, a manager, finance and the GM; every
 * part of each written package is unzipped and searched for the names, phones and ID numbers of the
 * customers that person may not see, and the file is read back with ExcelJS and with LibreOffice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli';
import type { CommandIo } from '../../src/cli/types';
import { appendAudit } from '../../src/app/audit';
import { archiveHeaders, archiveRow } from '../../src/app/archive';
import { exportForPerson, NoAccessError } from '../../src/app/export-for-person';
import { CUSTOMERS as CUSTOMER_SHEET } from '../../src/domain/schema';
import { saveWorkbookFile, parseCsv } from '../../src/workbook/file';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { CUSTOMERS, EXPECTED, fixtureWorkbook, type FixtureCustomer } from '../domain/access/fixture';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, 'shared.xlsx');

/** Customers merged away earlier: only in the Archive (and the Audit). */
const ARCHIVED: (FixtureCustomer & { into: string })[] = [
  {
    id: 'C1009',
    name: '甲九客户',
    phone: '13810001009',
    idNumber: '110105199001011009',
    kind: 'End',
    showroom: '一店',
    owner: 'S010',
    into: 'C1001',
  },
  {
    id: 'C3009',
    name: '丙九客户',
    phone: '13830003009',
    idNumber: '110105199003031009',
    kind: 'End',
    showroom: '三店',
    owner: 'S030',
    into: 'C3001',
  },
];
const EVERYONE = [...CUSTOMERS, ...ARCHIVED];
const ARCHIVED_SEEN: Record<string, string[]> = {
  S010: ['C1009'],
  S004: ['C1009'],
  S001: ['C1009'],
  S002: ['C3009'],
  S080: [],
  S090: ['C1009', 'C3009'],
};

const secrets = (c: FixtureCustomer) => [c.name, c.phone, c.idNumber];

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIo = { out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  const code = await main(argv, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

/** Every hiding place of a shared workbook, filled with every customer. */
async function sharedWorkbook(): Promise<MemoryWorkbook> {
  const wb = fixtureWorkbook();
  const at = new Date(Date.UTC(2026, 1, 5, 9));
  const all = EVERYONE.map((c) => `${c.name} ${c.phone} ${c.idNumber}`).join('; ');
  await appendAudit(
    wb,
    EVERYONE.map((c) => ({
      at,
      who: '主管一',
      action: 'resolve' as const,
      sheet: 'Customers' as const,
      row: 2,
      field: 'Phone',
      before: c.phone,
      after: c.idNumber,
      note: c.name,
      batch: 'B-1',
      customer: c.id,
    })),
    'zh',
  );
  const headers = CUSTOMER_SHEET.fields.filter((f) => f.owner !== 'addin').map((f) => f.zh);
  const cells = (c: FixtureCustomer) =>
    CUSTOMER_SHEET.fields
      .filter((f) => f.owner !== 'addin')
      .map((f) => ({
        value:
          (
            {
              CustomerId: c.id,
              Kind: '最终客户',
              Name: c.name,
              Phone: c.phone,
              IdNumber: c.idNumber,
              Showroom: c.showroom,
              Owner: c.owner,
            } as Record<string, string>
          )[f.key] ?? null,
      }));
  await wb.appendRows(
    'Archive',
    archiveHeaders(headers, 'zh'),
    ARCHIVED.map((c) =>
      archiveRow(
        { fromRow: 9, keptRow: 2, mergedInto: c.into, at, who: '主管一', group: 'G1', batch: 'B-2' },
        c.id,
        headers,
        cells(c),
      ),
    ),
    'zh',
  );
  await wb.writeReportSheet(
    { sheet: 'Issues', headers: ['问题'], rows: EVERYONE.map((c) => [secrets(c).join(' ')]) },
    'zh',
  );
  await wb.writeReportSheet({ sheet: 'Conflicts', headers: ['冲突'], rows: [[all]] }, 'zh');
  await wb.appendRows('Decisions', ['客户甲', '客户乙'], [[CUSTOMERS[0].name, CUSTOMERS[5].name]], 'zh');
  await wb.writeReportSheet({ sheet: 'Snapshot', headers: ['键'], rows: [[all]], hidden: true }, 'zh');
  await wb.saveSettings({ lang: 'zh', staleDays: 30, note: all });
  return wb;
}

beforeAll(async () => {
  await saveWorkbookFile(await sharedWorkbook(), input);
  // a person's own hiding places, added the way Excel users add them
  const x = new ExcelJS.Workbook();
  await x.xlsx.readFile(input);
  const hidden = x.addWorksheet('私密');
  hidden.state = 'hidden';
  EVERYONE.forEach((c, i) => (hidden.getRow(i + 1).values = secrets(c)));
  const customers = x.getWorksheet('客户档案')!;
  customers.getCell('AB1').value = '私人备注';
  EVERYONE.forEach((c, i) => (customers.getCell(`AB${i + 2}`).value = secrets(c).join('/')));
  customers.getCell('C2').note = EVERYONE.map((c) => secrets(c).join(' ')).join('\n');
  x.definedNames.add(`'私密'!$A$1:$C$${EVERYONE.length}`, 'VIP客户');
  await x.xlsx.writeFile(input);
}, 60000);

/** Every part of an .xlsx package as text. */
function packageParts(file: string): Map<string, string> {
  const out = path.join(dir, 'unzip-' + path.basename(file, '.xlsx') + '-' + Math.random().toString(36).slice(2));
  execFileSync('unzip', ['-q', '-o', file, '-d', out]);
  const parts = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else parts.set(path.relative(out, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(out);
  return parts;
}

function leaks(parts: Map<string, string>, excluded: FixtureCustomer[]): string[] {
  const found: string[] = [];
  for (const [part, textOf] of parts)
    for (const c of excluded)
      for (const s of [c.id, ...secrets(c)]) if (textOf.includes(s)) found.push(`${part}: ${s}`);
  return found;
}

const PEOPLE: [string, string][] = [
  ['S010', 'a salesperson (own and co-owned)'],
  ['S004', 'a supervisor'],
  ['S001', 'a department manager'],
  ['S080', 'finance'],
  ['S090', 'the general manager'],
];

describe('export --as', () => {
  it('every hiding place of the shared workbook names them (so the search below can find a leak)', () => {
    const parts = packageParts(input);
    const where = (s: string) => [...parts].filter(([, x]) => x.includes(s)).map(([p]) => p);
    const places = where(CUSTOMERS[5].phone).join(' ');
    expect(places).toMatch(/sharedStrings|sheet\d+\.xml/);
    expect(places).toMatch(/comments/);
    expect(where('VIP客户')).toContain('xl/workbook.xml');
    // the settings sheet, the hidden sheets and the report sheets: at least six parts besides the table
    expect(leaks(parts, [CUSTOMERS[5]]).length).toBeGreaterThan(6);
  });

  it.each(PEOPLE)('%s, %s: no part of the package names a customer out of scope', async (who) => {
    const out = path.join(dir, `${who}.xlsx`);
    const r = await run('export', input, '--as', who, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const seen = new Set([...EXPECTED[who], ...ARCHIVED_SEEN[who]]);
    const excluded = EVERYONE.filter((c) => !seen.has(c.id));
    const parts = packageParts(out);
    expect(leaks(parts, excluded)).toEqual([]);
    // what they may see is there (so the search above looked at the right places)
    const all = [...parts.values()].join('\n');
    for (const c of EVERYONE.filter((x) => seen.has(x.id))) for (const s of secrets(c)) expect(all).toContain(s);
    // nothing hidden, no defined name, no comment
    const workbookXml = parts.get('xl/workbook.xml')!;
    // the one hidden sheet is the add-in's settings sheet, which holds the language alone (searched above)
    const hiddenSheets = [...workbookXml.matchAll(/name="([^"]+)" state="(?:very)?[hH]idden"/g)].map((m) => m[1]);
    expect(hiddenSheets).toEqual(['SD_Settings']);
    expect(workbookXml).not.toContain('<definedName');
    expect([...parts.keys()].filter((p) => /comments|vmlDrawing/i.test(p))).toEqual([]);
    if (who === 'S090') expect(excluded).toEqual([]);
  });

  it.each(PEOPLE)('%s: ExcelJS reads back exactly the rows in scope', async (who) => {
    const out = path.join(dir, `${who}.xlsx`);
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(out);
    const names = x.worksheets.map((w) => w.name);
    expect(names).not.toContain('私密');
    expect(names).not.toContain('校验问题');
    expect(names).not.toContain('快照');
    const sheet = x.getWorksheet('客户档案')!;
    const ids: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value) ids.push(String(row.getCell(1).value));
    });
    expect(ids.sort()).toEqual([...EXPECTED[who]].sort());
    expect(sheet.getRow(1).values).not.toContain('私人备注');
  });

  const SOFFICE = '/usr/bin/soffice';
  const maybe = fs.existsSync(SOFFICE) ? it : it.skip;
  maybe(
    "LibreOffice opens the supervisor's workbook: the customers sheet as CSV holds their rows and no other",
    () => {
      const out = path.join(dir, 'S004.xlsx');
      const profile = `file://${path.join(dir, 'profile-' + Math.random().toString(36).slice(2))}`;
      const csvDir = path.join(dir, 'csv');
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          csvDir,
          out,
        ],
        { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 120000 },
      );
      const files = fs.readdirSync(csvDir);
      const customers = parseCsv(
        fs.readFileSync(
          path.join(
            csvDir,
            files.find((f) => f.includes('客户档案'))!,
          ),
          'utf8',
        ),
      ).filter((r) => r.some((v) => v !== ''));
      expect(
        customers
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual([...EXPECTED.S004].sort());
      const all = files.map((f) => fs.readFileSync(path.join(csvDir, f), 'utf8')).join('\n');
      const excluded = EVERYONE.filter((c) => !EXPECTED.S004.includes(c.id) && c.id !== 'C1009');
      for (const c of excluded) for (const s of secrets(c)) expect(all).not.toContain(s);
    },
    150000,
  );

  it('refuses someone who has left or is not on the roster, and writes nothing', async () => {
    for (const who of ['S099', 'S777']) {
      const out = path.join(dir, `refused-${who}.xlsx`);
      const r = await run('export', input, '--as', who, '--out', out);
      expect(r.code).toBe(1);
      expect(r.err).toContain(who);
      expect(fs.existsSync(out)).toBe(false);
    }
    const en = await run('export', input, '--as', 'S099', '--out', path.join(dir, 'x.xlsx'), '--lang', 'en');
    expect(en.err).toContain('has left');
  });

  it('says how it is called', async () => {
    expect((await run('export', input, '--out', path.join(dir, 'y.xlsx'))).code).toBe(2);
    expect((await run('export', input, '--as', 'S010')).code).toBe(2);
    expect((await run('export', input, '--as', 'S010', '--by', 'showroom', '--out', dir)).code).toBe(2);
    expect((await run('export', input, '--by', 'city', '--out', dir)).code).toBe(2);
    expect((await run('export', input, '--as', 'S010', '--out', input)).code).toBe(1); // never over the input
  });
});

describe('export --by showroom', () => {
  it("writes one workbook per showroom, each without the other showrooms' customers", async () => {
    const out = path.join(dir, 'by-showroom');
    const r = await run('export', input, '--by', 'showroom', '--out', out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { showrooms: { showroom: string; file: string }[] };
    expect(json.showrooms.map((s) => s.showroom).sort()).toEqual(['一店', '三店', '二店']);
    const shop = (s: string) => EXPECTED[{ 一店: 'S004', 二店: 'S005', 三店: 'S031' }[s] as string] ?? [];
    for (const { showroom, file } of json.showrooms) {
      const seen = new Set([
        ...(showroom === '三店' ? ['C3001', 'C3002', 'C3009'] : shop(showroom)),
        ...(showroom === '一店' ? ['C1009'] : []),
      ]);
      expect(
        leaks(
          packageParts(file),
          EVERYONE.filter((c) => !seen.has(c.id)),
        ),
      ).toEqual([]);
    }
  });
});

describe('exportForPerson', () => {
  it('throws NoAccessError with the reason in the language asked for', async () => {
    const source = fixtureWorkbook();
    await expect(exportForPerson(source, new MemoryWorkbook(), 'S099', { lang: 'zh' })).rejects.toThrow(NoAccessError);
    await expect(exportForPerson(source, new MemoryWorkbook(), 'S099', { lang: 'zh' })).rejects.toThrow('已离职');
  });

  it('writes a hostile cell as text, never as a formula', async () => {
    const source = fixtureWorkbook();
    await source.updateCells([{ sheet: 'Customers', row: 2, field: 'Notes', value: '=HYPERLINK("http://x","点我")' }]);
    const target = new MemoryWorkbook();
    await exportForPerson(source, target, 'S010', { lang: 'zh' });
    const grid = target.model.sheets.find((s) => s.name === '客户档案')!;
    expect(grid.formulas.size).toBe(0);
    const back = await target.read({ sheets: ['Customers'] });
    expect(back.Customers!.columns.Notes).toContain('=HYPERLINK("http://x","点我")');
  });
});
