/**
 * The conflict matcher on international customers (bench/international/generate.ts, issue 17):
 * Latin names with typos, swapped order and initials, permits and passports with typos,
 * romanised Chinese names, addresses, few phones. Pairwise precision, recall and F1, as on our
 * generator.
 *
 * `node dist/bench/international.js [rows] [seeds...]` runs it alone.
 */
import { registerSection, markdownTable, type BenchTable } from './registry';
import { generateInternational } from './international/generate';
import { pairwiseAccuracy, possibleAccuracy, possibleCell } from './conflicts';
import { matchCustomers, DEFAULT_MATCH_CONFIG } from '../src/domain/conflicts';

const f4 = (x: number) => x.toFixed(4);

export function internationalTables(rows: number, seeds: number[]): BenchTable[] {
  const out: string[][] = [];
  for (const seed of seeds) {
    const g = generateInternational({ rows, seed });
    const t0 = performance.now();
    const r = matchCustomers(g.table, DEFAULT_MATCH_CONFIG, { lang: 'zh' });
    const ms = performance.now() - t0;
    const a = pairwiseAccuracy(g.table, g.truth, r.clusters);
    const f1 = (2 * a.precision * a.recall) / (a.precision + a.recall || 1);
    out.push([
      String(seed),
      String(rows),
      `${Math.round(ms)} ms`,
      `${a.correctPairs}/${a.predictedPairs}/${a.truePairs}`,
      f4(a.precision),
      f4(a.recall),
      f4(f1),
      possibleCell(possibleAccuracy(r.possible, (row) => g.truth[row - 2], rows)),
    ]);
  }
  return [
    {
      title: 'Customer conflicts on international customers (bench/international/generate.ts)',
      head: [
        'seed',
        'rows',
        'engine time',
        'pairs c/p/t',
        'precision',
        'recall',
        'F1',
        'possible: one customer/listed (precision), per 100 rows',
      ],
      rows: out,
      notes: [
        'permits, passports and other documents (typos, other spellings, another document), Latin names (typos, order, initials, case, accents), romanised and Chinese names of one person, addresses rewritten or mistyped, birth-date typos; hard negatives: common names, families at one address with one phone and consecutive passport numbers, twins.',
        'pairwise, as above: pairs of rows inside predicted clusters vs pairs of rows of one generated customer (correct/predicted/true).',
      ],
    },
  ];
}

registerSection({
  id: 'international',
  order: 22,
  run: (args) => internationalTables(20_000, args.quick ? [1] : [1, 2, 3]),
});

if (require.main === module) {
  const [rows, ...seeds] = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  for (const t of internationalTables(rows || 20_000, seeds.length ? seeds : [1, 2, 3]))
    console.log(markdownTable(t) + '\n');
}
