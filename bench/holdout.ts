/**
 * The conflict matcher on data from a second generator, bench/holdout/generate.js, written by
 * another author from DESIGN.md, the regulations and the schema only, without sight of our
 * generator (bench/generate-customers.ts) or of the matcher. It plants its own variations
 * (phones in other spellings and two to a cell, 老刘 for 刘磊, companies filed as end customers,
 * landlines without their area code ...) and its own hard negatives (namesakes with the same
 * birth date, families and twins on one phone, one switchboard for several companies ...).
 * Its first run found five gaps, fixed since; it is kept here so they stay fixed. It is no longer
 * unseen data: its kinds are known now, its seeds still vary the rows.
 *
 * `node dist/bench/holdout.js [seeds...]` runs it alone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { registerSection, markdownTable, type BenchTable } from './registry';
import { readWorkbookData } from '../src/workbook/file';
import { matchCustomers, DEFAULT_MATCH_CONFIG } from '../src/domain/conflicts';
import { possibleAccuracy, possibleCell } from './conflicts';

const GENERATOR = path.join(__dirname, '..', '..', 'bench', 'holdout', 'generate.js');
/** Negatives whose truth is arguable from the data alone (same name, birth date and city, no ID; one shared phone, no ID). */
const DEBATABLE = new Set(['namesake_sbirth_noid', 'family_phone_noid']);

interface TruthRow {
  /** Real-world customer. */
  e: string | number;
  /** Planted kind. */
  k: string;
}

interface Score {
  truePairs: number;
  predictedPairs: number;
  correct: number;
  /** False-merge pairs outside the debatable negatives. */
  falseClear: number;
  missedByKind: Map<string, number>;
  falseByKind: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Pairwise scores of predicted clusters (lists of data-row indexes) against the truth. */
export function scorePairs(clusters: number[][], truth: TruthRow[]): Score {
  const cluster = new Int32Array(truth.length).fill(-1);
  clusters.forEach((rows, c) => rows.forEach((i) => (cluster[i] = c)));
  const s: Score = {
    truePairs: 0,
    predictedPairs: 0,
    correct: 0,
    falseClear: 0,
    missedByKind: new Map(),
    falseByKind: new Map(),
  };
  const byCustomer = new Map<string | number, number[]>();
  truth.forEach((t, i) => {
    const rows = byCustomer.get(t.e);
    if (rows) rows.push(i);
    else byCustomer.set(t.e, [i]);
  });
  for (const rows of byCustomer.values())
    for (let a = 0; a < rows.length; a++)
      for (let b = a + 1; b < rows.length; b++) {
        s.truePairs++;
        if (cluster[rows[a]] >= 0 && cluster[rows[a]] === cluster[rows[b]]) s.correct++;
        else bump(s.missedByKind, truth[rows[a]].k);
      }
  for (const rows of clusters)
    for (let a = 0; a < rows.length; a++)
      for (let b = a + 1; b < rows.length; b++) {
        s.predictedPairs++;
        const x = truth[rows[a]];
        const y = truth[rows[b]];
        if (x.e === y.e) continue;
        const kind = x.k === y.k ? x.k : [x.k, y.k].sort().join('+');
        bump(s.falseByKind, kind);
        if (!DEBATABLE.has(kind)) s.falseClear++;
      }
  return s;
}

const list = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '—';

export async function holdoutTables(seeds: number[], rows: number): Promise<BenchTable[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bench-holdout-'));
  const out: string[][] = [];
  try {
    for (const seed of seeds) {
      const gen = spawnSync(process.execPath, [GENERATOR, dir, String(rows), String(seed)], { encoding: 'utf8' });
      if (gen.status !== 0) throw new Error(`hold-out generator failed: ${gen.stderr}`);
      const truth = (JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as { rows: TruthRow[] }).rows;
      const table = (await readWorkbookData(path.join(dir, 'customers.csv'))).Customers;
      if (!table || table.length !== truth.length)
        throw new Error(`hold-out CSV read ${table?.length ?? 0} rows, truth has ${truth.length}`);
      const t0 = performance.now();
      const match = matchCustomers(table, DEFAULT_MATCH_CONFIG, { lang: 'zh' });
      const ms = performance.now() - t0;
      // worksheet rows (header row 1) -> data-row indexes
      const s = scorePairs(
        match.clusters.map((c) => c.rows.map((r) => r - 2)),
        truth,
      );
      const clearPredicted = s.correct + s.falseClear; // predicted pairs less the debatable false merges
      out.push([
        String(seed),
        String(truth.length),
        `${Math.round(ms)} ms`,
        `${s.correct}/${s.predictedPairs}/${s.truePairs}`,
        (s.correct / s.predictedPairs).toFixed(4),
        (s.correct / s.truePairs).toFixed(4),
        (s.correct / clearPredicted).toFixed(4),
        list(s.falseByKind),
        list(s.missedByKind),
        possibleCell(possibleAccuracy(match.possible, (row) => truth[row - 2].e, truth.length)),
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: 'Customer conflicts on a second, independently written generator (bench/holdout/generate.js)',
      head: [
        'seed',
        'rows',
        'engine time',
        'pairs c/p/t',
        'precision',
        'recall',
        'precision without the debatable',
        'false-merge pairs by kind',
        'missed pairs by kind',
        'possible: one customer/listed (precision), per 100 rows',
      ],
      rows: out,
      notes: [
        'pairwise, as in the table above: pairs of rows inside predicted clusters vs pairs of rows of one planted customer (correct/predicted/true).',
        `debatable negatives (${[...DEBATABLE].join(', ')}): different people by construction, but nothing in their rows tells them from one customer registered twice (same name, birth date and city, no ID; or one shared phone, no ID). The matcher reports them, as the issue's evidence list says it should.`,
        'written without sight of our generator or matcher; the five gaps its first run found (two numbers in a cell, 老刘, companies filed as end customers, a province before a city, landlines without area code) are fixed, so it is no longer unseen data.',
      ],
    },
  ];
}

registerSection({
  id: 'holdout',
  order: 21,
  run: (args) => holdoutTables(args.quick ? [1] : [1, 2, 3], 20_000),
});

if (require.main === module) {
  const seeds = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  void holdoutTables(seeds.length ? seeds : [1, 2, 3], 20_000).then((tables) => {
    for (const t of tables) console.log(markdownTable(t) + '\n');
  });
}
