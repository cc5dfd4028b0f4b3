import { parseCsv } from '../../../src/workbook/file';
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import {
  columnLetter,
  policyRefs,
  proposedTierFormula,
  reviewSheetColumns,
  reviewsColumnLetters,
  runTiers,
  tableColumnRef,
  totalScoreFormula,
  weightsSpec,
  resolveWeights,
  DEFAULT_WEIGHTS,
  type RefMode,
  type TiersResult,
} from '../../../src/domain/reviews';
import { field } from '../../../src/domain/schema';
import { parseEnum } from '../../../src/domain/headers';
import type { CellValue, Table, WorkbookData } from '../../../src/domain/table';
import { day, makeTable, rng } from './helpers';
import { buildSampleWorkbook } from '../../../src/sample';
import { memoryToXlsxBuffer } from '../../../src/workbook/file';

describe('formula builders', () => {
  const policy = makeTable('Policy', [{ Tier: 'A', MinScore: 85, PriceDiscount: 0.05 }], { tableName: 'Policy' });
  test('column letters and refs', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(27 * 26)).toBe('AAA');
    expect(tableColumnRef(policy, 'MinScore')).toBe('Policy[最低分]');
    expect(tableColumnRef(policy, 'MinScore', 'a1')).toBe("'客户政策'!$B$2:$B$2");
    expect(tableColumnRef(policy, 'VisitBy')).toBeNull();
  });
  test('no XLOOKUP / MAXIFS / LET; weights by SUMIF on the table text', () => {
    const w = weightsSpec(
      makeTable('Weights', [{ Criterion: '业务量', Weight: 1 }], { tableName: 'Weights' }),
      resolveWeights([{ row: 2, criterion: 'volume', criterionText: '业务量', weight: 1 }]),
    );
    const f = totalScoreFormula((k) => `${k}9`, w);
    expect(f).toBe(
      '=IFERROR(ROUND((SUMIF(Weights[评分项],"业务量",Weights[权重])*N(ScoreVolume9))/(SUMIF(Weights[评分项],"业务量",Weights[权重])*ISNUMBER(ScoreVolume9)),2),"")',
    );
    const tier = proposedTierFormula('T9', policyRefs(policy)!);
    expect(tier).not.toMatch(/XLOOKUP|MAXIFS|LET\(/);
    const c = totalScoreFormula((k) => `${k}9`, { mode: 'constant', weights: DEFAULT_WEIGHTS });
    expect(c).toContain('0.05*IF(ISNUMBER(PaymentScore9),PaymentScore9,N(SuggestedPaymentScore9))');
  });
});

// ---------------------------------------------------------------- agreement with LibreOffice

const SOFFICE = '/usr/bin/soffice';

function agreementBook(): WorkbookData {
  const r = rng(42);
  const customers: Record<string, CellValue>[] = [];
  const ledger: Record<string, CellValue>[] = [];
  const reviews: Record<string, CellValue>[] = [];
  const credit = ['良好', '一般', '较差', '未知', ''];
  const level = ['强', '中', '弱', ''];
  const loc = ['优', '中', '差', ''];
  for (let i = 1; i <= 24; i++) {
    const id = `D${String(i).padStart(3, '0')}`;
    customers.push({
      CustomerId: id,
      Kind: '经销商客户',
      Name: `经销商${i}`,
      Stage: '已签约',
      CreditStatus: credit[i % credit.length],
      SalesCapacity: level[i % level.length],
      LocationRating: loc[(i * 7) % loc.length],
    });
    const base = 2 + Math.floor(r() * 20);
    const startMonth = i % 5 === 0 ? 14 : 0; // some dealers have no previous year
    for (let m = startMonth; m < 23; m++) {
      const y = 2025 + Math.floor(m / 12);
      const mo = (m % 12) + 1;
      const q = Math.max(0, Math.round(base * (0.6 + 0.8 * r())));
      if (q === 0) continue;
      const date = `${y}-${String(mo).padStart(2, '0')}-12`;
      const late = r() < 0.2;
      ledger.push({
        TxnId: `${id}-${m}`,
        CustomerId: id,
        Date: date,
        Quantity: q,
        Amount: q * 95000,
        Status: '已结清',
        DueDate: `${y}-${String(mo).padStart(2, '0')}-28`,
        PaidDate: late
          ? `${mo === 12 ? y + 1 : y}-${String((mo % 12) + 1).padStart(2, '0')}-20`
          : `${y}-${String(mo).padStart(2, '0')}-25`,
        PaidAmount: r() < 0.1 ? q * 50000 : q * 95000,
      });
    }
    // finance partly filled, ratings partly filled; some odd weights hit the tier boundaries
    reviews.push({
      ReviewId: `R${i}`,
      CustomerId: id,
      Kind: '年度评审',
      Period: '2026',
      DueDate: '2026-12-31',
      SupervisorRating: i % 3 === 0 ? null : 50 + ((i * 13) % 50),
      CreditScore: i % 2 === 0 ? 40 + ((i * 17) % 60) : null,
      PaymentScore: i % 4 === 0 ? 70 : null,
    });
  }
  // a review that only has a rating (most criteria blank), and one for a dealer with no ledger at all
  customers.push({ CustomerId: 'D900', Kind: '经销商客户', Name: '空白经销商', Stage: '线索' });
  reviews.push({ ReviewId: 'R900', CustomerId: 'D900', Kind: '年度评审', Period: '2026', SupervisorRating: 85 });
  reviews.push({ ReviewId: 'R901', CustomerId: 'D900', Kind: '特殊评审', Period: '2026-10' });
  const policy = [
    { Tier: 'A级', MinScore: 80, PriceDiscount: 0.05, CreditDays: 60, CreditLimit: 3000000 },
    { Tier: 'C', MinScore: 50, PriceDiscount: 0.01, CreditDays: 15, CreditLimit: 300000 },
    { Tier: 'B', MinScore: 65, PriceDiscount: 0.03, CreditDays: 30, CreditLimit: 1000000 },
    { Tier: 'D', MinScore: 0, PriceDiscount: 0, CreditDays: 0, CreditLimit: 0 },
  ];
  const weights = [
    { Criterion: '信用状况', Weight: 0.1 },
    { Criterion: '付款及时性', Weight: 0.15 },
    { Criterion: 'volume', Weight: 0.2 },
    { Criterion: '增长', Weight: 0.1 },
    { Criterion: '地理位置', Weight: 0.05 },
    { Criterion: '销售能力', Weight: 0.1 },
    { Criterion: '财务信用评分', Weight: 0.1 },
    { Criterion: '财务付款评分', Weight: 0.05 },
    { Criterion: '主管/经理评分', Weight: 0.1 },
    { Criterion: '地理位置', Weight: 0.05 }, // duplicate row: SUMIF adds it, so does the engine
  ];
  return {
    Customers: makeTable('Customers', customers),
    Ledger: makeTable('Ledger', ledger),
    Reviews: makeTable('Reviews', reviews, { sourceName: '客户评审' }),
    Policy: makeTable('Policy', policy, { tableName: 'Policy' }),
    Weights: makeTable('Weights', weights, { tableName: 'Weights' }),
  };
}

function addTable(wb: ExcelJS.Workbook, t: Table) {
  const ws = wb.addWorksheet(t.sourceName);
  const keys = Object.keys(t.mapping.columns);
  ws.addTable({
    name: t.tableName!,
    ref: 'A1',
    headerRow: true,
    columns: t.headers.map((h) => ({ name: h })),
    rows: Array.from({ length: t.length }, (_, i) => keys.map((k) => t.columns[k][i] as ExcelJS.CellValue)),
  });
}

async function writeAgreementWorkbook(path: string, data: WorkbookData, tiers: TiersResult, mode: RefMode) {
  const wb = new ExcelJS.Workbook();
  const reviews = data.Reviews!;
  const letters = reviewsColumnLetters(reviews);
  const cols = reviewSheetColumns(data, tiers, letters, mode);
  const ws = wb.addWorksheet('客户评审'); // first sheet: the one converted to CSV
  for (const [k, idx] of Object.entries(reviews.mapping.columns)) {
    ws.getCell(1, idx + 1).value = reviews.headers[idx];
    for (let i = 0; i < reviews.length; i++) {
      const v = reviews.columns[k][i];
      ws.getCell(i + 2, idx + 1).value = v === null || v === '' ? null : (v as ExcelJS.CellValue);
    }
  }
  for (const [k, vals] of Object.entries(cols.values)) {
    ws.getCell(`${letters[k]}1`).value = k;
    vals.forEach((v, i) => (ws.getCell(`${letters[k]}${i + 2}`).value = v));
  }
  for (const [k, fs] of Object.entries(cols.formulas)) {
    ws.getCell(`${letters[k]}1`).value = k;
    fs.forEach((f, i) => {
      if (f) ws.getCell(`${letters[k]}${i + 2}`).value = { formula: f.slice(1) } as ExcelJS.CellFormulaValue;
    });
  }
  addTable(wb, data.Policy!);
  addTable(wb, data.Weights!);
  await wb.xlsx.writeFile(path);
  return letters;
}

const haveSoffice = existsSync(SOFFICE);
if (!haveSoffice) console.warn(`${SOFFICE} not found: skipping the LibreOffice formula/engine agreement test`);
const maybe = haveSoffice ? test : test.skip;

describe('live formulas agree with the engine (recalculated by LibreOffice)', () => {
  const data = agreementBook();
  const tiers = runTiers(data, { today: day('2026-11-27'), lang: 'zh' });

  test('the sample exercises every tier and blank criteria', () => {
    const tiersSeen = new Set(tiers.reviewRows.map((r) => r.proposedTier));
    expect([...tiersSeen].sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(tiers.weights.source).toBe('table');
    // D900 has no ledger and a blank file: volume 0 counts (it sold nothing), plus the rating in R900: (0.2*0+0.1*85)/0.3
    const d900 = tiers.reviewRows.filter((r) => r.customerId === 'D900').map((r) => r.total);
    expect(d900).toEqual([28.33, 0]);
    expect(tiers.reviewRows.filter((r) => r.scores.growth === null).length).toBeGreaterThan(3);
  });

  maybe.each(['structured', 'a1'] as RefMode[])('%s references', async (mode) => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-formulas-'));
    try {
      const xlsx = join(dir, 'agree.xlsx');
      const letters = await writeAgreementWorkbook(xlsx, data, tiers, mode);
      const rows = recalcToCsv(dir, xlsx, 1);
      expect(compareWithEngine(rows, letters, tiers)).toBe(26);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  maybe('on the sample workbook', async () => {
    const today = '2026-11-27';
    const wbm = buildSampleWorkbook({ today, customers: 300, seed: 5 });
    const sample = await wbm.read();
    const sampleTiers = runTiers(sample, { today: day(today), lang: 'zh' });
    expect(sampleTiers.reviewRows.length).toBeGreaterThan(10);
    const dir = mkdtempSync(join(tmpdir(), 'sd-formulas-sample-'));
    try {
      const xlsx = join(dir, 'sample.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await memoryToXlsxBuffer(wbm)) as unknown as ExcelJS.Buffer);
      const reviews = sample.Reviews!;
      const letters = reviewsColumnLetters(reviews);
      const mode: RefMode = sample.Policy?.tableName && sample.Weights?.tableName ? 'structured' : 'a1';
      const cols = reviewSheetColumns(sample, sampleTiers, letters, mode);
      const ws = wb.getWorksheet(reviews.sourceName)!;
      for (const [k, vals] of Object.entries(cols.values))
        reviews.rowNumbers.forEach((r, i) => (ws.getCell(`${letters[k]}${r}`).value = vals[i]));
      for (const [k, fs] of Object.entries(cols.formulas))
        reviews.rowNumbers.forEach(
          (r, i) =>
            (ws.getCell(`${letters[k]}${r}`).value = fs[i]
              ? ({ formula: fs[i]!.slice(1) } as ExcelJS.CellFormulaValue)
              : null),
        );
      await wb.xlsx.writeFile(xlsx);
      const sheetNo = wb.worksheets.findIndex((w) => w.name === reviews.sourceName) + 1;
      const rows = recalcToCsv(dir, xlsx, sheetNo);
      const compared = compareWithEngine(rows, letters, sampleTiers);
      expect(compared).toBe(sampleTiers.reviewRows.length);
      console.log(
        `formula/engine agreement on the sample (${mode} refs): ${compared} dealer review rows, tiers ${JSON.stringify(tierCounts(sampleTiers))}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function tierCounts(tiers: TiersResult): Record<string, number> {
  const c: Record<string, number> = {};
  for (const r of tiers.reviewRows) c[r.proposedTier ?? '-'] = (c[r.proposedTier ?? '-'] ?? 0) + 1;
  return c;
}

function recalcToCsv(dir: string, xlsx: string, sheetNo: number): string[][] {
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetNo}`,
      '--outdir',
      join(dir, 'out'),
      xlsx,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const csvFile = readdirSync(join(dir, 'out')).find((f) => f.endsWith('.csv'))!;
  return parseCsv(readFileSync(join(dir, 'out', csvFile), 'utf8'));
}

/** Compares LibreOffice's results with the engine's, row by row; returns how many rows were compared. */
function compareWithEngine(rows: string[][], letters: Record<string, string>, tiers: TiersResult): number {
  const col = (k: string) => {
    let n = 0;
    for (const ch of letters[k]) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  };
  const tierField = field('Reviews', 'ProposedTier');
  let compared = 0;
  for (const rs of tiers.reviewRows) {
    const line = rows[rs.row - 1];
    const total = line[col('TotalScore')];
    if (rs.total === null) expect(total).toBe('');
    else expect(Math.abs(Number(total) - rs.total)).toBeLessThan(1e-6);
    const tierText = line[col('ProposedTier')];
    expect(tierText === '' ? null : parseEnum(tierField, tierText)).toBe(rs.proposedTier);
    if (rs.proposedTier) expect(tierText).toBe(rs.proposedTierText);
    const num = (k: string) => (line[col(k)] === '' ? null : Number(line[col(k)]));
    expect(num('ProposedDiscount')).toBe(rs.terms?.priceDiscount ?? null);
    expect(num('ProposedCreditDays')).toBe(rs.terms?.creditDays ?? null);
    expect(num('ProposedCreditLimit')).toBe(rs.terms?.creditLimit ?? null);
    compared++;
  }
  return compared;
}
