/**
 * Bench sections register themselves here; bench/index.ts imports each section module once
 * (adding a section to `npm run bench` is one import line) and prints every table.
 */
export interface BenchTable {
  title: string;
  head: string[];
  rows: string[][];
  notes?: string[];
}

export interface BenchSection {
  id: string;
  /** Lower runs first. */
  order: number;
  run(args: BenchArgs): BenchTable[] | Promise<BenchTable[]>;
}

export interface BenchArgs {
  /** Smaller sizes, for a quick look. */
  quick: boolean;
  /** Only these section ids (empty: all). */
  only: string[];
}

const sections: BenchSection[] = [];

export function registerSection(section: BenchSection): void {
  sections.push(section);
}

export function registeredSections(): BenchSection[] {
  return sections.slice().sort((a, b) => a.order - b.order);
}

export function markdownTable(t: BenchTable): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [`### ${t.title}`, '', line(t.head), line(t.head.map(() => '---')), ...t.rows.map(line)];
  if (t.notes?.length) out.push('', ...t.notes.map((n) => `- ${n}`));
  return out.join('\n');
}

export function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function heapUsedMB(): number {
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}
