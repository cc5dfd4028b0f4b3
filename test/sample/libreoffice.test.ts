/**
 * Another program must open our workbooks cleanly: LibreOffice converts the sample
 * (and an annotated copy with status columns, formats, links) and we read the result.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { buildSample } from '../../src/sample';
import { saveWorkbookFile, loadWorkbookFile, parseCsv } from '../../src/workbook/file';
import { SHEETS, userFields } from '../../src/domain/schema';
import { recogniseHeaders } from '../../src/domain/headers';

const SOFFICE = '/usr/bin/soffice';
const haveSoffice = fs.existsSync(SOFFICE);
if (!haveSoffice) console.warn(`LibreOffice is missing (${SOFFICE}): skipping the LibreOffice tests. CI installs it.`);
const maybe = haveSoffice ? test : test.skip;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-lo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function soffice(args: string[]): void {
  // A private profile per run: soffice refuses to run twice on one profile.
  const profile = `file://${path.join(dir, 'profile-' + Math.random().toString(36).slice(2))}`;
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', ...args], {
    env: { ...process.env, HOME: dir },
    stdio: 'pipe',
    timeout: 120000,
  });
}

describe('LibreOffice opens the sample', () => {
  maybe('every sheet converts to CSV with the schema headers and all rows', async () => {
    const { workbook, data } = buildSample({ customers: 150, seed: 11, today: '2026-06-15' });
    const file = path.join(dir, 'sample.xlsx');
    await saveWorkbookFile(workbook, file);
    // 44,34,76,1,,0,false,true,false,false,false,-1: comma, quote, UTF-8, ..., -1 = every sheet to its own file
    soffice([
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      file,
    ]);
    for (const def of SHEETS) {
      const csvFile = path.join(dir, `sample-${def.zh}.csv`);
      expect(fs.existsSync(csvFile)).toBe(true);
      const rows = parseCsv(fs.readFileSync(csvFile, 'utf8')).filter((r) => r.some((v) => v !== ''));
      const mapping = recogniseHeaders(def, rows[0]);
      for (const f of userFields(def)) expect(mapping.columns[f.key]).toBeDefined();
      expect(rows.length - 1).toBe(data!.sheets[def.key].length);
    }
    const customers = parseCsv(fs.readFileSync(path.join(dir, `sample-${SHEETS[0].zh}.csv`), 'utf8'));
    const id = customers[0].indexOf('客户编号');
    const first = customers[0].indexOf('首次接触');
    expect(customers[1][id]).toBe(data!.sheets.Customers[0].CustomerId);
    expect(customers[1][first]).toBe((data!.sheets.Customers[0].FirstContact as Date).toISOString().slice(0, 10));
  });

  maybe(
    'an annotated copy (status columns, formats, linked report sheet) survives a LibreOffice round trip',
    async () => {
      const { workbook, plants } = buildSample({ customers: 80, seed: 2, today: '2026-06-15', lang: 'en' });
      const data = await workbook.read();
      const conflict = plants.find((p) => p.kind === 'conflict.phoneFormat')!;
      const groups = data.Customers!.rowNumbers.map((r) => (conflict.rows.includes(r) ? 'G1' : null));
      await workbook.writeStatusColumns('Customers', [{ field: 'ConflictGroup', values: groups }], 'en');
      await workbook.applyStatusFormats('Customers', [
        { id: 'conflict', field: 'ConflictGroup', contains: 'G', fill: '#FFC7CE' },
      ]);
      await workbook.writeReportSheet(
        {
          sheet: 'Conflicts',
          headers: ['Group', 'Row'],
          rows: conflict.rows.map((r) => ['G1', r]),
          links: conflict.rows.map((r) => ({ sheet: 'Customers' as const, row: r, field: 'Name' })),
        },
        'en',
      );
      const file = path.join(dir, 'annotated.xlsx');
      await saveWorkbookFile(workbook, file);
      const outDir = path.join(dir, 'lo');
      fs.mkdirSync(outDir, { recursive: true });
      soffice(['--convert-to', 'xlsx', '--outdir', outDir, file]);
      const back = await loadWorkbookFile(path.join(outDir, 'annotated.xlsx'));
      const again = await back.read();
      expect(again.Customers!.length).toBe(data.Customers!.length);
      const col = again.Customers!.columns.ConflictGroup;
      expect(conflict.rows.map((r) => col[again.Customers!.rowNumbers.indexOf(r)])).toEqual(['G1', 'G1']);
      expect(back.sheet('Conflicts')).toBeDefined();
      expect(back.model.hyperlinks.filter((h) => h.sheet === 'Conflicts').map((h) => h.target)).toEqual(
        conflict.rows.map((r) => `#Customers!C${r}`),
      );
    },
  );
});
