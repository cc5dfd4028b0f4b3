/**
 * The whole command a user waits for, against what they would otherwise run (issue 21):
 * `showroom-desk conflicts FILE --json` against the pandas peer (shared/bench/peer_pandas.py,
 * Debian's python3 with python3-pandas) on the same generated customer CSV, and the CLI on a
 * one-row file against `node -e 0` (what loading modules costs before any work).
 *
 * Runs are paired and interleaved (A B, B A, …) so that a machine shared with other work slows
 * both sides alike; the table gives medians and the load average before and after.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { registerSection, type BenchTable } from './registry';
import { writeCustomersCsv } from './cli';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'showroom-desk.js');
const PYTHON = '/usr/bin/python3';
/** The peer script: in shared/ beside the repository (main) or two levels up (a worktree under wt/), or $SD_PEER. */
const PEER_CANDIDATES = [
  process.env.SD_PEER ?? '',
  path.join(ROOT, '..', 'shared', 'bench', 'peer_pandas.py'),
  path.join(ROOT, '..', '..', 'shared', 'bench', 'peer_pandas.py'),
];
const GNU_TIME = '/usr/bin/time';

interface Run {
  wallMs: number;
  /** User + system CPU of the process, when GNU time is there to tell. */
  cpuMs?: number;
  /** Peak resident set, MB, from GNU time. */
  rssMB?: number;
}

interface Side {
  label: string;
  command: string;
  args: string[];
}

/** Runs one process with stdout into `outFile`; its wall time, and CPU and peak RSS through GNU time when present. */
function timeProcess(side: Side, outFile: string): Run {
  const timed = fs.existsSync(GNU_TIME);
  const [command, args] = timed
    ? [GNU_TIME, ['-f', 'SD_TIME %e %U %S %M', side.command, ...side.args]]
    : [side.command, side.args];
  const out = fs.openSync(outFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { stdio: ['ignore', out, 'pipe'] });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.closeSync(out);
  const stderr = r.stderr.toString();
  if (r.status !== 0) throw new Error(`${side.label} exited ${r.status}: ${stderr.slice(-500)}`);
  const m = /SD_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
  if (!m) return { wallMs };
  return { wallMs, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, rssMB: Math.round(Number(m[4]) / 1024) };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

/** `pairs` interleaved pairs of A and B (the order flips each pair); medians and the A ÷ B ratios. */
export function pairedRuns(a: Side, b: Side, pairs: number, dir: string): string[] {
  const runs: { a: Run[]; b: Run[] } = { a: [], b: [] };
  const loadBefore = loadAverage();
  const once = (side: Side, into: Run[]) => into.push(timeProcess(side, path.join(dir, 'out.json')));
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      once(a, runs.a);
      once(b, runs.b);
    } else {
      once(b, runs.b);
      once(a, runs.a);
    }
  }
  const wall = (rs: Run[]) => median(rs.map((r) => r.wallMs));
  const cpu = (rs: Run[]) => (rs.every((r) => r.cpuMs !== undefined) ? median(rs.map((r) => r.cpuMs!)) : NaN);
  const rss = (rs: Run[]) => (rs.every((r) => r.rssMB !== undefined) ? Math.max(...rs.map((r) => r.rssMB!)) : NaN);
  const pairRatios = runs.a.map((r, i) => r.wallMs / runs.b[i].wallMs);
  const show = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
  return [
    `${a.label} ÷ ${b.label}`,
    String(pairs),
    `${show(wall(runs.a))} / ${show(wall(runs.b))}`,
    show(wall(runs.a) / wall(runs.b), 2),
    show(median(pairRatios), 2),
    `${show(cpu(runs.a))} / ${show(cpu(runs.b))}`,
    show(cpu(runs.a) / cpu(runs.b), 2),
    `${show(rss(runs.a))} / ${show(rss(runs.b))}`,
    `${loadBefore} → ${loadAverage()}`,
  ];
}

function pandasAvailable(): boolean {
  return fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
}

function csvOf(rows: number, dir: string): string {
  const file = path.join(dir, `customers-${rows}.csv`);
  fs.writeFileSync(file, '');
  writeCustomersCsv(rows, file);
  return file;
}

const cli = (file: string): Side => ({
  label: 'CLI conflicts --json',
  command: process.execPath,
  args: [BIN, 'conflicts', file, '--json', '--today', '2026-11-27'],
});

registerSection({
  id: 'peer',
  order: 85,
  run: (args) => {
    const pairs = args.quick ? 3 : 7;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bench-peer-'));
    const rows: string[][] = [];
    const notes = [
      'Paired runs, interleaved (the order flips each pair); wall and CPU (user + system, GNU time) medians in ms, peak RSS the largest of the runs.',
      'ratio of medians: median A ÷ median B; pair ratio: the median of each pair’s A ÷ B. The goals (issue 21): the one-row CLI ≤ 250 ms wall, the CLI ≤ 0.5× the pandas peer.',
    ];
    const peerScript = PEER_CANDIDATES.find((f) => f && fs.existsSync(f));
    try {
      const one = csvOf(1, dir);
      const nodeBare: Side = { label: 'node -e 0', command: process.execPath, args: ['-e', '0'] };
      rows.push(pairedRuns({ ...cli(one), label: 'CLI, one-row file' }, nodeBare, pairs, dir));
      if (!pandasAvailable()) {
        notes.push(`The pandas peer was not run: ${PYTHON} cannot import pandas (apt-get install python3-pandas).`);
      } else if (!peerScript) {
        notes.push(`The pandas peer was not run: no ${PEER_CANDIDATES.slice(1).join(' or ')} (or set SD_PEER).`);
      } else {
        const big = csvOf(100_000, dir);
        const peer: Side = {
          label: 'pandas peer',
          command: PYTHON,
          args: [peerScript, big, path.join(dir, 'peer.json')],
        };
        rows.push(pairedRuns(cli(big), peer, pairs, dir));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const table: BenchTable = {
      title: 'The CLI against its peers (paired runs on the same file)',
      head: [
        'A ÷ B',
        'pairs',
        'wall ms A / B',
        'ratio of medians',
        'pair ratio',
        'CPU ms A / B',
        'CPU ratio',
        'peak RSS MB A / B',
        'load average before → after',
      ],
      rows,
      notes,
    };
    return [table];
  },
});
