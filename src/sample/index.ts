/**
 * The sample workbook: setup()'s layout (every sheet an Excel table, Lists-backed
 * dropdowns on enum columns) filled with the seeded generator's data.
 */
import { SHEETS, type Lang } from '../domain/schema';
import { MemoryWorkbook } from '../workbook/memory';
import { generateSample, type Plant, type SampleData, type SampleOptions } from './generate';

export { generateSample, type Plant, type SampleData, type SampleOptions } from './generate';
export { Rng } from './prng';

export interface BuildSampleOptions extends SampleOptions {
  /** true: the layout only, no rows (the `init` command). */
  empty?: boolean;
}

export interface BuiltSample {
  workbook: MemoryWorkbook;
  plants: Plant[];
  data?: SampleData;
}

export function buildSample(options: BuildSampleOptions = {}): BuiltSample {
  const lang: Lang = options.lang ?? 'zh';
  const wb = new MemoryWorkbook();
  wb.setupSync(lang);
  if (options.empty) return { workbook: wb, plants: [] };
  const data = generateSample({ ...options, lang });
  for (const def of SHEETS) {
    const rows = data.sheets[def.key];
    if (rows.length) wb.appendTableRowsSync(def.key, rows);
  }
  return { workbook: wb, plants: data.plants, data };
}

/** The sample as a MemoryWorkbook (see buildSample for the plants). */
export function buildSampleWorkbook(options: BuildSampleOptions = {}): MemoryWorkbook {
  return buildSample(options).workbook;
}
