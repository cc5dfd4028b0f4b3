/**
 * Conflict-check bench: engine time, pairs compared, peak memory and pairwise
 * precision/recall on generated customers with ground truth, and the speed-up of
 * blocking over a naive all-pairs comparison (same prepared rows, same comparator).
 *
 * `node dist/bench/conflicts.js [rows...]` runs it alone.
 */
import * as os from 'os';
import * as v8 from 'v8';
import * as vm from 'vm';
import { registerSection, peakRssMB, heapUsedMB, markdownTable, type BenchTable } from './registry';
import { generateCustomers } from './generate-customers';
import { matchCustomers, DEFAULT_MATCH_CONFIG, type Cluster } from '../src/domain/conflicts';
import { prepareRows } from '../src/domain/conflicts/prepare';
import { PairComparator } from '../src/domain/conflicts/compare';
import { UnionFind } from '../src/domain/conflicts/union-find';
import type { Table } from '../src/domain/table';

export interface Accuracy {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
}

const pairs = (k: number) => (k * (k - 1)) / 2;

/** Pairwise precision and recall: pairs of rows inside predicted clusters vs pairs of rows of one entity. */
export function pairwiseAccuracy(table: Table, truth: Int32Array, clusters: Cluster[]): Accuracy {
  const indexOfRow = new Map<number, number>();
  table.rowNumbers.forEach((r, i) => indexOfRow.set(r, i));
  const entitySize = new Map<number, number>();
  for (let i = 0; i < truth.length; i++) entitySize.set(truth[i], (entitySize.get(truth[i]) ?? 0) + 1);
  let truePairs = 0;
  for (const k of entitySize.values()) truePairs += pairs(k);
  let predictedPairs = 0;
  let correctPairs = 0;
  for (const c of clusters) {
    predictedPairs += pairs(c.rows.length);
    const byEntity = new Map<number, number>();
    for (const r of c.rows) {
      const e = truth[indexOfRow.get(r)!];
      byEntity.set(e, (byEntity.get(e) ?? 0) + 1);
    }
    for (const k of byEntity.values()) correctPairs += pairs(k);
  }
  return {
    truePairs,
    predictedPairs,
    correctPairs,
    precision: predictedPairs ? correctPairs / predictedPairs : 1,
    recall: truePairs ? correctPairs / truePairs : 1,
  };
}

export interface PossibleScore {
  pairs: number;
  /** Pairs of rows of one customer (by the generator's truth). */
  correct: number;
  precision: number;
  perHundredRows: number;
}

/** The possible-duplicates list against the truth: how many pairs, how many are one customer, per 100 rows. */
export function possibleAccuracy(
  possible: ReadonlyArray<{ rows: readonly [number, number] | number[] }>,
  entityOfRow: (worksheetRow: number) => string | number,
  rows: number,
): PossibleScore {
  let correct = 0;
  for (const x of possible) if (entityOfRow(x.rows[0]) === entityOfRow(x.rows[1])) correct++;
  return {
    pairs: possible.length,
    correct,
    precision: possible.length ? correct / possible.length : NaN,
    perHundredRows: (possible.length * 100) / rows,
  };
}

/** 'correct/pairs (precision), per 100 rows' for a table cell. */
export function possibleCell(s: PossibleScore): string {
  const precision = Number.isNaN(s.precision) ? '—' : s.precision.toFixed(2);
  return `${s.correct}/${s.pairs} (${precision}), ${s.perHundredRows.toFixed(2)}`;
}

/** The baseline: every pair compared with the same comparator and decision. */
export function naiveAllPairs(table: Table): { ms: number; compared: number; accepted: number } {
  const t0 = process.hrtime.bigint();
  const p = prepareRows(table);
  const cmp = new PairComparator(p, DEFAULT_MATCH_CONFIG);
  cmp.estimateChanceAgreement();
  const uf = new UnionFind(p.n, p.idLabel);
  let compared = 0;
  let accepted = 0;
  for (let a = 0; a < p.n; a++) {
    for (let b = a + 1; b < p.n; b++) {
      compared++;
      const s = cmp.score(a, b);
      if (cmp.accepted(s) && uf.union(a, b)) accepted++;
    }
  }
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, compared, accepted };
}

export interface ConflictRun {
  rows: number;
  ms: number;
  /** Process CPU time (user + system) during the run: robust when the machine is shared. */
  cpuMs: number;
  msPrepare: number;
  pairsCompared: number;
  clusters: number;
  suspicious: number;
  placeholders: number;
  accuracy: Accuracy;
  possible: PossibleScore;
  peakRssMB: number;
  heapUsedMB: number;
}

/** A full GC before a timed run (global.gc, or exposed on the fly when node ran without --expose-gc). */
function collectGarbage(): void {
  if (global.gc) return void global.gc();
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch {
    // no GC available: the run then pays for the generator's garbage too
  }
}

export function runConflicts(rows: number, seed = 20260101): ConflictRun {
  const g = generateCustomers({ rows, seed });
  collectGarbage(); // the generator's garbage is not the engine's
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = matchCustomers(g.table, DEFAULT_MATCH_CONFIG, { lang: 'zh' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  const heap = heapUsedMB();
  return {
    rows,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    msPrepare: r.stats.msPrepare,
    pairsCompared: r.stats.pairsCompared,
    clusters: r.clusters.length,
    suspicious: r.suspicious.length,
    placeholders: r.placeholders.length,
    accuracy: pairwiseAccuracy(g.table, g.truth, r.clusters),
    possible: possibleAccuracy(r.possible, (row) => g.truth[row - 2], rows),
    peakRssMB: peakRssMB(),
    heapUsedMB: heap,
  };
}

const f3 = (x: number) => x.toFixed(4);
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

export function conflictTables(sizes: number[], naiveAt: number): BenchTable[] {
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const n of sizes) {
    const r = runConflicts(n);
    rows.push([
      String(n),
      ms(r.ms),
      ms(r.cpuMs),
      ms(r.msPrepare),
      String(r.pairsCompared),
      String(r.clusters),
      String(r.suspicious),
      `${r.peakRssMB} MB`,
      `${r.heapUsedMB} MB`,
      f3(r.accuracy.precision),
      f3(r.accuracy.recall),
      `${r.accuracy.correctPairs}/${r.accuracy.predictedPairs}/${r.accuracy.truePairs}`,
      possibleCell(r.possible),
    ]);
  }
  const naiveRows: string[][] = [];
  if (naiveAt > 0) {
    const g = generateCustomers({ rows: naiveAt, seed: 20260101 });
    const t0 = process.hrtime.bigint();
    const blocked = matchCustomers(g.table, DEFAULT_MATCH_CONFIG, { lang: 'zh' });
    const blockedMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const naive = naiveAllPairs(g.table);
    naiveRows.push([
      String(naiveAt),
      ms(naive.ms),
      String(naive.compared),
      ms(blockedMs),
      String(blocked.stats.pairsCompared),
      `${(naive.ms / blockedMs).toFixed(0)}×`,
      `${(naive.compared / Math.max(1, blocked.stats.pairsCompared)).toFixed(0)}×`,
    ]);
  }
  notes.push(
    `load average at start: ${os
      .loadavg()
      .map((x: number) => x.toFixed(1))
      .join(' ')} (2 cores shared by other sessions: wall times include waiting).`,
  );
  notes.push(
    'engine = matchCustomers (normalise every row once, block, compare, cluster, reasons); peak RSS is the process maximum so far (generated input included).',
  );
  notes.push(
    'accuracy: pairwise, pairs of rows inside predicted clusters vs pairs of rows of one generated customer (correct/predicted/true).',
  );
  notes.push(
    'possible: the "possible duplicates — please review" list (never merged): pairs that are one generated customer / pairs listed, and its size per 100 customers (at most 1 by the setting).',
  );
  return [
    {
      title: 'Customer conflicts: speed and accuracy (generated data, seed 20260101)',
      head: [
        'rows',
        'engine time (wall)',
        'engine CPU',
        'of which normalise (wall)',
        'pairs compared',
        'clusters',
        'suspicious pairs',
        'peak RSS',
        'heap used',
        'precision',
        'recall',
        'pairs c/p/t',
        'possible: one customer/listed (precision), per 100 rows',
      ],
      rows,
      notes,
    },
    {
      title: 'Customer conflicts: blocking vs naive all-pairs',
      head: ['rows', 'naive time', 'naive pairs', 'blocked time', 'blocked pairs', 'time ratio', 'pairs ratio'],
      rows: naiveRows,
    },
  ];
}

registerSection({
  id: 'conflicts',
  order: 10,
  run: (args) =>
    args.quick ? conflictTables([20_000, 100_000], 5_000) : conflictTables([20_000, 100_000, 1_048_575], 20_000),
});

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  for (const t of conflictTables(sizes.length ? sizes : [20_000], 0)) console.log(markdownTable(t) + '\n');
}
