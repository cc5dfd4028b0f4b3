/** The possible duplicates as `conflicts --json` prints them (README): exactly these keys, in this order. */
import type { PossiblePair } from './find-clusters';

export interface PossibleJson {
  rows: [number, number];
  customerIds: [string, string];
  owners: [string, string];
  reasons: string[];
  score: number;
}

export function possibleJson(pairs: readonly PossiblePair[]): PossibleJson[] {
  return pairs.map((x) => ({
    rows: x.rows,
    customerIds: x.customerIds,
    owners: x.owners,
    reasons: x.reasons,
    score: x.score,
  }));
}
