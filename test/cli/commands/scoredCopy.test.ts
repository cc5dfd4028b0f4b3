/**
 * `tiers FILE --out scored.xlsx` and `check --out`: the Reviews computed columns reach the written copy as live
 * formulas, and LibreOffice, recalculating them from scratch, gets the engine's values on the sample.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runTiersCli } from '../../../src/cli/commands/tiers';
import { main } from '../../../src/cli';
import { buildSampleWorkbook } from '../../../src/sample';
import { parseEnum } from '../../../src/domain/headers';
import { field } from '../../../src/domain/schema';
import type { TiersResult } from '../../../src/domain/reviews';
import { loadWorkbookFile, memoryToXlsxBuffer, saveWorkbookFile, xlsxBufferToMemory } from '../../../src/workbook/file';
import { getCell, setCell } from '../../../src/workbook/memory';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';

const SOFFICE = '/usr/bin/soffice';
const TODAY = '2026-11-27';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
};

let dir = '';
let sample = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sd-scored-'));
  sample = join(dir, 'sample.xlsx');
  await saveWorkbookFile(buildSampleWorkbook({ today: TODAY, customers: 300, seed: 5 }), sample);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tiers --out', () => {
  test('rejects a non-xlsx --out', async () => {
    const c = capture();
    expect(await main(['tiers', sample, '--out', 'x.csv'], c.io)).toBe(2);
  });

  const maybe = existsSync(SOFFICE) ? test : test.skip;
  maybe(
    'writes formulas that LibreOffice, recalculating from scratch, evaluates to the engine values',
    async () => {
      const out = join(dir, 'scored.xlsx');
      const c = capture();
      expect(await runTiersCli([sample, '--out', out, '--today', TODAY, '--json'], c.io)).toBe(0);
      const tiers = JSON.parse(c.out.join('')) as TiersResult;
      expect(tiers.reviewRows.length).toBeGreaterThan(10);

      const scored = await loadWorkbookFile(out);
      const reviews = (await scored.read()).Reviews!;
      const grid = scored.sheet(reviews.sourceName)!;
      const col = (k: string) => reviews.firstColumn + reviews.mapping.columns[k];
      expect(grid.formulas.size).toBe(tiers.reviewRows.length * 5);
      // Poison every cached result, so only a real recalculation can give the engine's numbers back.
      for (const key of grid.formulas.keys()) {
        const [r, cc] = key.split(',').map(Number);
        setCell(grid, r, cc, -999);
      }
      const poisoned = join(dir, 'poisoned.xlsx');
      writeFileSync(poisoned, await memoryToXlsxBuffer(scored));
      const outDir = join(dir, 'lo');
      // A fresh profile that tells LibreOffice to always recalculate .xlsx formulas on load (its default keeps
      // cached results, which here are poisoned).
      mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
      writeFileSync(
        join(dir, 'profile', 'user', 'registrymodifications.xcu'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
          '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
      );
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          outDir,
          poisoned,
        ],
        { stdio: 'pipe', timeout: 180_000 },
      );
      const recalculated = await xlsxBufferToMemory(
        readFileSync(
          join(
            outDir,
            readdirSync(outDir).find((f) => f.endsWith('.xlsx'))!,
          ),
        ),
      );
      const lo = recalculated.sheet(reviews.sourceName)!;
      const tierField = field('Reviews', 'ProposedTier');
      const num = (v: unknown) => (v === null || v === '' ? null : Number(v));
      let compared = 0;
      const tierCounts: Record<string, number> = {};
      for (const rs of tiers.reviewRows) {
        const total = getCell(lo, rs.row, col('TotalScore'));
        if (rs.total === null) expect(num(total)).toBeNull();
        else expect(Math.abs(Number(total) - rs.total)).toBeLessThan(1e-6);
        const tierText = getCell(lo, rs.row, col('ProposedTier'));
        expect(tierText === null || tierText === '' ? null : parseEnum(tierField, String(tierText))).toBe(
          rs.proposedTier,
        );
        expect(num(getCell(lo, rs.row, col('ProposedDiscount')))).toBe(rs.terms?.priceDiscount ?? null);
        expect(num(getCell(lo, rs.row, col('ProposedCreditDays')))).toBe(rs.terms?.creditDays ?? null);
        expect(num(getCell(lo, rs.row, col('ProposedCreditLimit')))).toBe(rs.terms?.creditLimit ?? null);
        tierCounts[rs.proposedTier ?? '-'] = (tierCounts[rs.proposedTier ?? '-'] ?? 0) + 1;
        compared++;
      }
      expect(compared).toBe(tiers.reviewRows.length);
      console.log(
        `tiers --out recalculated by LibreOffice: ${compared} dealer review rows agree, tiers ${JSON.stringify(tierCounts)}`,
      );
    },
    240_000,
  );
});

describe('check --out', () => {
  test('the annotated copy also carries the Reviews scores and formulas; user cells unchanged', async () => {
    const out = join(dir, 'checked.xlsx');
    const c = capture();
    expect(await main(['check', sample, '--out', out, '--today', TODAY], c.io)).toBe(0);
    const before = (await (await loadWorkbookFile(sample)).read()).Reviews!;
    const after = await loadWorkbookFile(out);
    const r = (await after.read()).Reviews!;
    expect(r.columns.TotalScore.filter((v) => typeof v === 'number').length).toBeGreaterThan(10);
    const grid = after.sheet(r.sourceName)!;
    const totalCol = r.firstColumn + r.mapping.columns.TotalScore;
    expect([...grid.formulas.keys()].filter((k) => k.endsWith(`,${totalCol}`)).length).toBeGreaterThan(10);
    for (const k of [
      'ReviewId',
      'CustomerId',
      'CreditScore',
      'PaymentScore',
      'FinanceOpinion',
      'SupervisorRating',
      'ApprovedTier',
    ])
      expect(r.columns[k]).toEqual(before.columns[k]);
  });
});
