/**
 * The customer-conflict check (regulations §4: "每天应汇总检查当天所有的客户记录……以防止客户冲突").
 *
 * 1. Normalise every row once (prepare.ts).
 * 2. Identifier keys typed too often to identify anyone (a placeholder phone, "000000") are
 *    set aside as evidence for their rows and reported (blocking rules with oversized: 'placeholder').
 * 3. For each blocking rule, strongest first, group rows by key and compare the pairs inside a
 *    group with the configured comparisons (compare.ts). A group bigger than maxBlock is never
 *    compared pair by pair: identifier keys were set aside in step 2; weak keys (name + birth
 *    date ...) compare each row with its next `window` neighbours after sorting by phone/ID/name.
 *    Pairs already in one cluster are not compared again.
 * 4. An accepted pair joins the two rows in a union-find, unless that would put two different
 *    valid ID numbers in one cluster (family members share phones) or join rows the supervisor
 *    marked "not the same customer". A pair that agreed on a phone or ID but was rejected is
 *    reported as suspicious, on its cluster's warnings and in the suspicious list.
 * 5. Every component of two or more rows is a cluster: more than one Owner -> 'conflict',
 *    otherwise 'duplicate'; the suggested owner is the Owner of the row first registered.
 */
import type { Lang } from '../schema';
import { pickValues, type Table } from '../table';
import { t } from '../../i18n';
import type { MatchConfig } from './config';
import { resolveMatchConfig } from './config';
import { prepareRows, NO_DAY, type PreparedRows } from './prepare';
import { formatDay } from '../normalise';
import { PairComparator, PRED_NAMES } from './compare';
import { buildGroups, findTypoCandidates, neighbourhoodKey, passCount, type TypoCandidates } from './blocking';
import { hashString } from './similarity';
import { UnionFind } from './union-find';
import { clusterLabels } from './labels';
import { PairSet } from './pair-set';
import { KeyGroups } from './key-groups';
import { ContentOrder } from './row-order';

/** A side of a "not the same customer" decision: a CustomerId, '#57' (worksheet row 57), or a row number. */
export type NotSameRef = string | number;

export interface MatchOptions {
  lang: Lang;
  notSame?: ReadonlyArray<readonly [NotSameRef, NotSameRef]>;
  /**
   * Worksheet rows whose Owner cannot keep a customer (not on the roster, left, or another
   * showroom's for an end customer): the suggested owner is taken from the other rows first.
   */
  ownerCannotKeep?: ReadonlySet<number>;
}

/** Machine-readable evidence for one matched (or rejected) pair. */
/** The row registered first (earliest FirstContact, then earliest row) with an Owner not in `cannotKeep`; -1 when none. */
function firstRegistered(
  p: PreparedRows,
  rows: readonly number[],
  cannotKeep: ReadonlySet<number> | undefined,
): number {
  let best = -1;
  for (const i of rows) {
    if (!p.owner[i] || (cannotKeep !== undefined && cannotKeep.has(p.rowNumbers[i]))) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    const fi = p.firstContact[i];
    const fb = p.firstContact[best];
    if (!Number.isNaN(fi) && (Number.isNaN(fb) || fi < fb)) best = i;
  }
  return best;
}

export interface MatchEvidence {
  /** Worksheet rows. */
  a: number;
  b: number;
  /** The agreeing comparisons, strongest first, e.g. 'phone+name', 'id', 'name+birthDate+city'. */
  rule: string;
  score: number;
  /** Schema field -> level ('exact', 'oneEdit', 'sound', 'different', ...), for every non-missing comparison. */
  fields: Record<string, string>;
}

export interface Cluster {
  id: string;
  rows: number[];
  /** Per row, aligned with rows. */
  customerIds: string[];
  /** Per row, aligned with rows. */
  owners: string[];
  kind: 'conflict' | 'duplicate';
  reasons: string[];
  evidence: MatchEvidence[];
  suggestedOwner: string;
  warnings?: string[];
}

/** Two rows that agreed on a phone or ID but were judged different people (never merged silently). */
export interface SuspiciousPair {
  rows: [number, number];
  customerIds: [string, string];
  owners: [string, string];
  evidence: MatchEvidence;
  /** 'negative': evidence against outweighed the agreement; 'idConflict': joining would put two valid IDs in one cluster. */
  why: 'negative' | 'idConflict';
  message: string;
}

/**
 * Two rows with some evidence of one customer, but not enough to merge them (decision.possible):
 * a rare name in the same city under another phone, a customer registered again with another
 * salesperson. Listed apart from the conflicts for a person to review; never merged.
 */
export interface PossiblePair {
  rows: [number, number];
  customerIds: [string, string];
  owners: [string, string];
  score: number;
  evidence: MatchEvidence;
  /** What agrees, then what speaks against (when something does). */
  reasons: string[];
  message: string;
}

/** An identifier typed on so many rows that it was not used as evidence. */
export interface PlaceholderKey {
  rule: string;
  value: string;
  count: number;
  message: string;
}

/** Where one blocking rule's time went (all its passes together). */
export interface BlockingRuleStats {
  rule: string;
  passes: number;
  /** Building the key groups. */
  msKeys: number;
  /** Comparing the pairs inside the groups. */
  msCompare: number;
  /** Pairs scored (each pair is scored once over all rules) and pairs joined. */
  pairs: number;
  accepted: number;
}

export interface MatchStats {
  rows: number;
  pairsCompared: number;
  pairsAccepted: number;
  oversizedBlocks: number;
  msPrepare: number;
  msMatch: number;
  /** Per blocking rule, in the order they ran. */
  rules: BlockingRuleStats[];
  /** Placeholder detection and the chance-agreement estimates (the key groups it builds count under their rule). */
  msPlaceholders: number;
  /** Clusters, their reasons and the suspicious pairs' messages. */
  msClusters: number;
}

export interface MatchResult {
  clusters: Cluster[];
  suspicious: SuspiciousPair[];
  /** Possible duplicates, strongest first (at most decision.possible.maxPerHundredRows per 100 rows). */
  possible: PossiblePair[];
  placeholders: PlaceholderKey[];
  stats: MatchStats;
}

const FIELD_OF: Record<string, string> = {
  phone: 'Phone',
  id: 'IdNumber',
  name: 'Name',
  contact: 'Contact',
  birthDate: 'BirthDate',
  city: 'City',
  kind: 'Kind',
  address: 'Address',
};

const PLACEHOLDER_FIELD: Record<string, string> = { phone: 'phone', idKey: 'id', nameSoundBirth: 'birthDate' };

function ascendingRows(rows: number[], rowNumbers: number[]): boolean {
  for (let k = 1; k < rows.length; k++) if (rowNumbers[rows[k]] < rowNumbers[rows[k - 1]]) return false;
  return true;
}

function isTypoKey(key: string): boolean {
  return key === 'phoneMasked' || key === 'phoneTransposed';
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

const PAIR_SHIFT = 1048576 * 2; // row indexes < 2^21

/** A pair kept for a list (suspicious, possible): its rows (a < b), score and comparison levels. */
interface RawPair {
  a: number;
  b: number;
  score: number;
  levels: Int8Array;
  company: boolean;
}

function pairKey(a: number, b: number): number {
  return a < b ? a * PAIR_SHIFT + b : b * PAIR_SHIFT + a;
}

/** Clusters only (the contract in CONTRACTS.md). */
export function findClusters(
  customers: Table,
  config: MatchConfig = resolveMatchConfig(),
  options: MatchOptions = { lang: 'zh' },
): Cluster[] {
  return matchCustomers(customers, config, options).clusters;
}

export function matchCustomers(
  customers: Table,
  configIn?: Partial<MatchConfig>,
  options: MatchOptions = { lang: 'zh' },
): MatchResult {
  const config =
    configIn && configIn.blocking && configIn.comparisons && configIn.decision
      ? (configIn as MatchConfig)
      : resolveMatchConfig(configIn);
  const t0 = now();
  const p = prepareRows(customers);
  const t1 = now();
  const cmp = new PairComparator(p, config);
  const aside = setAsidePlaceholders(p, config, options.lang);
  // ---- chance agreement (u) of the fields strangers share, from this table (after placeholders are set aside)
  if (config.tfAdjust) cmp.estimateChanceAgreement();
  const tBlocking = now();
  const linked = linkRows(p, cmp, config, options, aside);
  const t2 = now();
  const result: MatchResult = {
    clusters: linked.clusters,
    suspicious: linked.suspicious,
    possible: capPossible(linked.possible, config, p.n),
    placeholders: aside.placeholders,
    stats: {
      rows: p.n,
      pairsCompared: linked.compared,
      pairsAccepted: linked.accepted,
      oversizedBlocks: aside.oversizedBlocks + linked.oversizedBlocks,
      msPrepare: t1 - t0,
      msMatch: t2 - t1,
      rules: linked.ruleStats,
      msPlaceholders: tBlocking - t1 - [...aside.prebuiltMs.values()].reduce((a, x) => a + x, 0),
      msClusters: t2 - linked.tClusters,
    },
  };
  const state: MatchState = {
    p,
    cmp,
    config,
    placeholders: aside.placeholders,
    refused: linked.refused,
    inOversizedWeak: linked.inOversizedWeak,
    possible: linked.possible,
    compared: linked.comparedPairs,
    setAside: aside.rows,
  };
  // not enumerable: the result stays plain data for JSON and equality; an incremental update reads it
  Object.defineProperty(result, 'state', { value: state, enumerable: false });
  return result;
}

/**
 * What the last full match knows that a re-match of a few rows needs from the whole table: the
 * prepared rows (placeholders set aside, term frequencies counted over every row), the comparator
 * with the table's chance agreements, the pairs a "not the same customer" decision refused although
 * their score accepted them, and the rows in an oversized weak block (compared in windows).
 */
export interface MatchState {
  p: PreparedRows;
  cmp: PairComparator;
  config: MatchConfig;
  placeholders: PlaceholderKey[];
  /** Row-index pairs (flat: a0, b0, a1, b1...) accepted by score but refused by a not-same decision. */
  refused: number[];
  /** 1 for rows of a weak block bigger than its rule's maxBlock. */
  inOversizedWeak: Uint8Array;
  /** Every possible pair of the table (uncapped), for an update to re-rank after an action. */
  possible: PossiblePair[];
  /**
   * Row-index pairs (flat: a0, b0, a1, b1...) scored by the match: every pair of rows sharing a
   * block, but those already in one group when their block came (an update after a merge finds
   * the rows whose pairs the merge can change through them).
   */
  compared: number[];
  /** 1 for rows with a value set aside as a placeholder (its count, and so the placeholder, is the whole table's). */
  setAside: Uint8Array;
}

/** Strongest first, then by rows: the order of the list (a full match and an update after an action agree). */
export function byPossibleRank(x: PossiblePair, y: PossiblePair): number {
  return y.score - x.score || x.rows[0] - y.rows[0] || x.rows[1] - y.rows[1];
}

/** The list shown: at most decision.possible.maxPerHundredRows pairs per 100 rows of the table, strongest first. */
export function capPossible(all: readonly PossiblePair[], config: MatchConfig, rows: number): PossiblePair[] {
  return all.slice(0, Math.ceil(((config.decision.possible?.maxPerHundredRows ?? 0) * rows) / 100));
}

/** The state behind a full match's result (undefined for results that were not made by matchCustomers). */
export function matchStateOf(result: object): MatchState | undefined {
  return (result as { state?: MatchState }).state;
}

interface SetAside {
  placeholders: PlaceholderKey[];
  /** 1 for the rows a value was set aside on. */
  rows: Uint8Array;
  prebuilt: Map<string, KeyGroups>;
  prebuiltMs: Map<string, number>;
  oversizedBlocks: number;
}

/** Step 2: identifier keys typed on too many rows are set aside (in p) and reported. */
function setAsidePlaceholders(p: PreparedRows, config: MatchConfig, lang: Lang): SetAside {
  // ---- step 2: placeholder identifiers
  const placeholders: PlaceholderKey[] = [];
  const prebuilt = new Map<string, KeyGroups>();
  const prebuiltMs = new Map<string, number>();
  let oversizedBlocks = 0;
  const rows = new Uint8Array(p.n);
  for (const rule of config.blocking) {
    if (rule.oversized !== 'placeholder') continue;
    // identifiers, and a birth date typed for one name on too many rows (1900-01-01 for 2,000 王伟)
    if (rule.key !== 'phone' && rule.key !== 'idKey' && rule.key !== 'nameSoundBirth') continue;
    const tKeys = now();
    const groups = buildGroups(rule.key, 0, p);
    prebuilt.set(rule.id, groups);
    prebuiltMs.set(rule.id, now() - tKeys);
    groups.forEachGroup((members, count, key) => {
      if (count <= rule.maxBlock) return;
      oversizedBlocks++;
      let value = '';
      for (let k = 0; k < count; k++) {
        const i = members[k];
        rows[i] = 1;
        if (rule.key === 'phone') {
          if (p.phoneA[i] && phoneBlockKey(p.phoneA[i], p.phoneNumA[i]) === key) {
            value = p.phoneA[i];
            p.phoneA[i] = p.phoneB[i];
            p.phoneNumA[i] = p.phoneNumB[i];
            p.phoneB[i] = '';
            p.phoneNumB[i] = -1;
          } else if (p.phoneB[i] && phoneBlockKey(p.phoneB[i], p.phoneNumB[i]) === key) {
            value = p.phoneB[i];
            p.phoneB[i] = '';
            p.phoneNumB[i] = -1;
          }
        } else if (rule.key === 'nameSoundBirth') {
          if (p.birth[i] !== NO_DAY) value = `${p.names.name[p.nameCode[i]]} ${formatDay(p.birth[i])}`;
          p.birth[i] = NO_DAY;
        } else if (p.idKey[i]) {
          value = p.idKey[i];
          p.idKey[i] = '';
          p.idHash[i] = -1;
          p.idValid[i] = 0;
          p.idLabel[i] = -1;
        }
      }
      placeholders.push({
        rule: rule.id,
        value,
        count,
        message: t(lang, 'conflicts.placeholder', {
          field: t(lang, `conflicts.comparison.${PLACEHOLDER_FIELD[rule.key] ?? 'id'}`),
          value,
          count,
        }),
      });
    });
  }

  return { placeholders, rows, prebuilt, prebuiltMs, oversizedBlocks };
}

interface Linked {
  clusters: Cluster[];
  suspicious: SuspiciousPair[];
  /** Every possible pair, strongest first, before the table's cap. */
  possible: PossiblePair[];
  compared: number;
  accepted: number;
  oversizedBlocks: number;
  ruleStats: BlockingRuleStats[];
  tClusters: number;
  refused: number[];
  inOversizedWeak: Uint8Array;
  comparedPairs: number[];
}

/**
 * Steps 3-5 over prepared rows whose placeholders are set aside and whose comparator knows the
 * chance agreements: the blocking passes, the union-find and the clusters with their evidence.
 */
function linkRows(
  p: PreparedRows,
  cmp: PairComparator,
  config: MatchConfig,
  options: MatchOptions,
  aside: Pick<SetAside, 'prebuilt' | 'prebuiltMs'>,
): Linked {
  const lang = options.lang;
  const n = p.n;
  const { prebuilt, prebuiltMs } = aside;
  let oversizedBlocks = 0;
  const refused: number[] = [];
  const inOversizedWeak = new Uint8Array(n);

  // ---- union-find with cannot-link constraints
  const uf = new UnionFind(n, config.decision.differentValidIdsNeverMerge ? p.idLabel : undefined);
  const notSame = new Set<number>();
  if (options.notSame && options.notSame.length) {
    const byId = new Map<string, number[]>();
    const byRow = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      byRow.set(p.rowNumbers[i], i);
      const id = p.customerId[i];
      if (!id) continue;
      const list = byId.get(id);
      if (list) list.push(i);
      else byId.set(id, [i]);
    }
    const resolve = (ref: NotSameRef): number[] => {
      if (typeof ref === 'number') return byRow.has(ref) ? [byRow.get(ref)!] : [];
      const s = String(ref).trim();
      const m = /^#(\d+)$/.exec(s);
      if (m) return byRow.has(Number(m[1])) ? [byRow.get(Number(m[1]))!] : [];
      return byId.get(s) ?? [];
    };
    for (const [x, y] of options.notSame) {
      for (const a of resolve(x))
        for (const b of resolve(y)) {
          if (a === b) continue;
          notSame.add(pairKey(a, b));
          uf.cannotLink(a, b);
        }
    }
  }

  // ---- step 3-4: blocking passes
  const K = cmp.comparisons.length;
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const edgeScore: number[] = [];
  /** The K comparison levels of edge e at [e * K, e * K + K) (one array, not a typed array per edge). */
  const edgeLevels: number[] = [];
  const edgeCompany: boolean[] = [];
  const suspiciousRaw: Array<RawPair & { why: 'negative' | 'idConflict' }> = [];
  const possibleRaw: RawPair[] = [];
  const seenPairs = new PairSet(n);
  const comparedPairs: number[] = [];
  // rows inside a group are compared in an order of their content, not of the sheet (see row-order.ts)
  const rowOrder = new ContentOrder(p);
  let compared = 0;
  let accepted = 0;

  const comparePair = (a: number, b: number): void => {
    if (a === b) return;
    if (uf.find(a) === uf.find(b)) return;
    const key = pairKey(a, b);
    if (notSame.size && notSame.has(key)) return;
    // blocking passes overlap (same phone in every typo pass): each pair is scored once
    if (!seenPairs.add(key)) return;
    compared++;
    comparedPairs.push(a, b);
    const score = cmp.score(a, b);
    if (cmp.accepted(score)) {
      if (uf.union(a, b)) {
        accepted++;
        edgeA.push(a);
        edgeB.push(b);
        edgeScore.push(score);
        const levels = cmp.levels;
        for (let k = 0; k < K; k++) edgeLevels.push(levels[k]);
        edgeCompany.push(cmp.usedCompanyLevels);
        return;
      }
      // refused by a constraint: only an ID conflict is worth telling (notSame pairs stay silent,
      // but are kept for an incremental update: another decision may lift the refusal)
      if (uf.blocked(a, b) === 'label') recordSuspicious(a, b, score, 'idConflict');
      else refused.push(a, b);
      return;
    }
    if (cmp.isSuspicious()) recordSuspicious(a, b, score, 'negative');
    else if (cmp.isPossible(score)) possibleRaw.push(rawPair(a, b, score));
  };

  const rawPair = (a: number, b: number, score: number): RawPair => ({
    a: Math.min(a, b),
    b: Math.max(a, b),
    score,
    levels: Int8Array.from(cmp.levels),
    company: cmp.usedCompanyLevels,
  });

  // each pair is scored once (seenPairs), so it is recorded at most once
  const recordSuspicious = (a: number, b: number, score: number, why: 'negative' | 'idConflict') => {
    suspiciousRaw.push({ ...rawPair(a, b, score), why });
  };

  const ruleStats: BlockingRuleStats[] = [];
  // Typo passes may skip phones without a possible partner (findTypoCandidates) once every pair of
  // rows sharing an exact phone has been compared: an exact phone rule ran, setting oversized ones aside.
  let exactPhoneDone = false;
  let typoCandidates: TypoCandidates | undefined;
  for (const rule of config.blocking) {
    const passes = passCount(rule.key);
    const stats: BlockingRuleStats = {
      rule: rule.id,
      passes,
      msKeys: prebuiltMs.get(rule.id) ?? 0,
      msCompare: 0,
      pairs: compared,
      accepted,
    };
    ruleStats.push(stats);
    for (let pass = 0; pass < passes; pass++) {
      const tKeys = now();
      if (isTypoKey(rule.key) && exactPhoneDone && !typoCandidates) typoCandidates = findTypoCandidates(p);
      const groups =
        prebuilt.get(rule.id) ?? buildGroups(rule.key, pass, p, typoCandidates, config.tfAdjust?.rareCount);
      prebuilt.delete(rule.id);
      const tCompare = now();
      stats.msKeys += tCompare - tKeys;
      groups.forEachGroup((rows, count) => {
        if (count <= rule.maxBlock) {
          rowOrder.sortGroup(rows, count);
          for (let x = 0; x < count; x++) for (let y = x + 1; y < count; y++) comparePair(rows[x], rows[y]);
          return;
        }
        if (rule.oversized === 'placeholder') return; // identifiers set aside in step 2
        // Sorted neighbourhood inside an oversized weak block: block size × window comparisons.
        oversizedBlocks++;
        const members = Array.from(rows.subarray(0, count));
        for (const i of members) inOversizedWeak[i] = 1;
        const keys = new Map<number, string>();
        for (const i of members) keys.set(i, neighbourhoodKey(p, i));
        members.sort((i, j) => {
          const ki = keys.get(i)!;
          const kj = keys.get(j)!;
          return ki < kj ? -1 : ki > kj ? 1 : rowOrder.compare(i, j);
        });
        const w = Math.max(1, rule.window ?? 8);
        for (let x = 0; x < members.length; x++)
          for (let y = x + 1; y <= x + w && y < members.length; y++) comparePair(members[x], members[y]);
      });
      stats.msCompare += now() - tCompare;
    }
    if (rule.key === 'phone' && rule.oversized === 'placeholder') exactPhoneDone = true;
    stats.pairs = compared - stats.pairs;
    stats.accepted = accepted - stats.accepted;
  }
  const tClusters = now();

  // ---- step 5: clusters
  const clusterOfRoot = new Map<number, number>();
  const clusterRows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    if (uf.componentSize(r) < 2) continue;
    let c = clusterOfRoot.get(r);
    if (c === undefined) {
      c = clusterRows.length;
      clusterOfRoot.set(r, c);
      clusterRows.push([]);
    }
    clusterRows[c].push(i);
  }
  // stable order: by first worksheet row
  const order = clusterRows
    .map((rows, c) => {
      let first = Infinity;
      for (const i of rows) if (p.rowNumbers[i] < first) first = p.rowNumbers[i];
      return { c, first };
    })
    .sort((x, y) => x.first - y.first);
  const clusterIndex = new Int32Array(clusterRows.length);
  order.forEach((o, k) => (clusterIndex[o.c] = k));

  // Everything about a pair's evidence that depends only on its levels (the rule text 'phone+name',
  // the fields object, the phrases of the reason) is built once per combination of levels: a
  // big sheet has tens of thousands of joined pairs but a few dozen combinations.
  interface DescribePart {
    text: string;
    /** The agreeing value shown after the phrase (the shared phone or ID), '' for none. */
    value: 'phone' | 'id' | '';
  }
  interface LevelsInfo {
    rule: string;
    fields: Record<string, string>;
    agree: DescribePart[];
    against: DescribePart[];
  }
  // one text per (field, level, side)
  const phrase = (compId: string, level: string, positive: boolean): string =>
    t(lang, `conflicts.ev.${positive ? '' : 'not.'}${level}`, { field: t(lang, `conflicts.comparison.${compId}`) });
  const infos = new Map<number | string, LevelsInfo>();
  // a number per combination (levels -2 .. most levels - 1), or text when there are too many to number
  const levelStates =
    2 + Math.max(...cmp.comparisons.map((c) => Math.max(c.levels.preds.length, c.companyLevels?.preds.length ?? 0)));
  const numbered = Math.pow(levelStates, K) * 2 < Number.MAX_SAFE_INTEGER;
  /** What the levels levels[at .. at + K) say (shared by every pair with the same levels). */
  const levelsInfo = (levels: ArrayLike<number>, at: number, company: boolean): LevelsInfo => {
    let signature: number | string = company ? 1 : 0;
    if (numbered) for (let k = 0; k < K; k++) signature = signature * levelStates + (levels[at + k] + 2);
    else signature = `${signature}|${Array.prototype.slice.call(levels, at, at + K).join(',')}`;
    let info = infos.get(signature);
    if (info !== undefined) return info;
    const fields: Record<string, string> = {};
    const weighted: Array<{ id: string; w: number }> = [];
    const agree: DescribePart[] = [];
    const against: DescribePart[] = [];
    for (let k = 0; k < K; k++) {
      const l = levels[at + k];
      if (l < 0) continue;
      const comp = cmp.comparisons[k];
      const table = comp.id === 'name' && company && comp.companyLevels ? comp.companyLevels : comp.levels;
      const level = levelNameOf(table.preds[l]);
      fields[FIELD_OF[comp.id] ?? comp.id] = level;
      if (table.weights[l] > 0) weighted.push({ id: comp.id, w: table.weights[l] });
      if (comp.id === 'kind' && level === 'exact') continue;
      const positive = POSITIVE_LEVELS.has(level);
      const value = positive && level === 'exact' && (comp.id === 'phone' || comp.id === 'id') ? comp.id : '';
      (positive ? agree : against).push({ text: phrase(comp.id, level, positive), value });
    }
    weighted.sort((x, y) => y.w - x.w);
    // shared by every pair with these levels: never changed after this
    info = { rule: weighted.map((x) => x.id).join('+'), fields: Object.freeze(fields), agree, against };
    infos.set(signature, info);
    return info;
  };

  const evidenceOf = (a: number, b: number, score: number, info: LevelsInfo): MatchEvidence => {
    const ra = p.rowNumbers[a];
    const rb = p.rowNumbers[b];
    return {
      a: Math.min(ra, rb),
      b: Math.max(ra, rb),
      rule: info.rule,
      score: Math.round(score * 100) / 100,
      fields: info.fields,
    };
  };

  const describe = (info: LevelsInfo, positive: boolean, a: number, b: number): string => {
    const parts = positive ? info.agree : info.against;
    const separator = lang === 'zh' ? '、' : ', ';
    let out = '';
    for (let k = 0; k < parts.length; k++) {
      const { text, value: valueOf } = parts[k];
      // the ID as written on row a (the match key drops the check character, and looks cut short)
      const value = valueOf === 'phone' ? commonPhone(p, a, b) : valueOf === 'id' ? p.idText[a] || p.idKey[a] : '';
      if (k > 0) out += separator;
      out += value ? (lang === 'zh' ? `${text}（${value}）` : `${text} (${value})`) : text;
    }
    return out;
  };

  const clusters: Cluster[] = order.map((o) => {
    const rows = clusterRows[o.c];
    // collected in data-row order, which is worksheet-row order unless the table is unusual
    if (!ascendingRows(rows, p.rowNumbers)) rows.sort((x, y) => p.rowNumbers[x] - p.rowNumbers[y]);
    const owners = rows.map((i) => p.owner[i]);
    const distinct = new Set(owners.filter((x) => x).map((x) => x.toUpperCase()));
    // First registration keeps the customer: earliest FirstContact, ties (and missing dates) by
    // earliest row; among the rows whose owner can keep it, when there are any.
    const cannotKeep = options.ownerCannotKeep;
    let best = firstRegistered(p, rows, cannotKeep);
    if (best < 0 && cannotKeep?.size) best = firstRegistered(p, rows, undefined);
    return {
      id: '', // labelled below, from its customers
      rows: rows.map((i) => p.rowNumbers[i]),
      customerIds: rows.map((i) => p.customerId[i]),
      owners,
      kind: distinct.size > 1 ? 'conflict' : 'duplicate',
      reasons: [],
      evidence: [],
      suggestedOwner: best >= 0 ? p.owner[best] : '',
    };
  });

  const labels = clusterLabels(
    order.map((o, k) => ({
      customerIds: clusters[k].customerIds,
      fallbackKey: (row: number) => {
        const i = clusterRows[o.c][row];
        return `${p.idKey[i]}|${p.phoneA[i]}|${p.names.name[p.nameCode[i]]}`;
      },
    })),
  );
  clusters.forEach((c, k) => (c.id = labels[k]));

  for (let e = 0; e < edgeA.length; e++) {
    const a = edgeA[e];
    const b = edgeB[e];
    const c = clusters[clusterIndex[clusterOfRoot.get(uf.find(a))!]];
    const info = levelsInfo(edgeLevels, e * K, edgeCompany[e]);
    const ev = evidenceOf(a, b, edgeScore[e], info);
    c.evidence.push(ev);
    if (c.reasons.length < config.maxReasonsPerCluster)
      c.reasons.push(t(lang, 'conflicts.reason.pair', { a: ev.a, b: ev.b, evidence: describe(info, true, a, b) }));
  }
  for (const c of clusters) {
    c.evidence.sort((x, y) => x.a - y.a || x.b - y.b);
    const more = c.evidence.length - c.reasons.length;
    if (more > 0) c.reasons.push(t(lang, 'conflicts.reason.more', { count: more }));
  }

  const suspicious: SuspiciousPair[] = suspiciousRaw.map((s) => {
    const info = levelsInfo(s.levels, 0, s.company);
    const ev = evidenceOf(s.a, s.b, s.score, info);
    const message =
      s.why === 'idConflict'
        ? t(lang, 'conflicts.suspicious.idConflict', { a: ev.a, b: ev.b, agree: describe(info, true, s.a, s.b) })
        : t(lang, 'conflicts.suspicious.negative', {
            a: ev.a,
            b: ev.b,
            agree: describe(info, true, s.a, s.b),
            against: describe(info, false, s.a, s.b) || t(lang, 'conflicts.ev.weak'),
          });
    return {
      rows: [ev.a, ev.b],
      customerIds: [p.customerId[s.a], p.customerId[s.b]],
      owners: [p.owner[s.a], p.owner[s.b]],
      evidence: ev,
      why: s.why,
      message,
    };
  });
  suspicious.sort((x, y) => x.rows[0] - y.rows[0] || x.rows[1] - y.rows[1]);
  // possible pairs: not joined since (another path may have put both rows in one cluster), strongest
  // first, uncapped (the cap is the whole table's: capPossible)
  const possible: PossiblePair[] = possibleRaw
    .filter((x) => uf.find(x.a) !== uf.find(x.b))
    .map((x): PossiblePair => {
      const info = levelsInfo(x.levels, 0, x.company);
      const ev = evidenceOf(x.a, x.b, x.score, info);
      const agree = describe(info, true, x.a, x.b);
      const against = describe(info, false, x.a, x.b);
      const reasons = [agree];
      if (against) reasons.push(t(lang, 'conflicts.possible.against', { against }));
      return {
        rows: [ev.a, ev.b],
        customerIds: [p.customerId[x.a], p.customerId[x.b]],
        owners: [p.owner[x.a], p.owner[x.b]],
        score: ev.score,
        evidence: ev,
        reasons,
        message: t(lang, against ? 'conflicts.possible.message' : 'conflicts.possible.messageNoAgainst', {
          a: ev.a,
          b: ev.b,
          agree,
          against,
        }),
      };
    })
    .sort(byPossibleRank);

  attachWarnings(clusters, suspicious);
  return {
    clusters,
    suspicious,
    possible,
    compared,
    accepted,
    oversizedBlocks,
    ruleStats,
    tClusters,
    refused,
    inOversizedWeak,
    comparedPairs,
  };
}

/**
 * Each suspicious pair's message on the clusters of its two rows, in the order of the pairs
 * (by rows), so a cluster's warnings do not depend on the order pairs were compared in.
 */
export function attachWarnings(clusters: Cluster[], suspicious: readonly SuspiciousPair[]): void {
  const clusterOfRow = new Map<number, Cluster>();
  for (const c of clusters) {
    delete c.warnings;
    for (const row of c.rows) clusterOfRow.set(row, c);
  }
  for (const s of suspicious)
    for (const row of s.rows) {
      const c = clusterOfRow.get(row);
      if (c && !(c.warnings ??= []).includes(s.message)) c.warnings.push(s.message);
    }
}

/**
 * Re-matches some rows of the table a full match saw (data-row indexes, ascending) with what
 * that match knew of the whole table: the same normalised rows with placeholders set aside,
 * term frequencies and chance agreements. `owner` gives the rows' Owner cells now (Owner is no
 * evidence: it decides only a group's kind and suggested owner). The caller picks rows that no
 * other row can join (see app/update-after-action) and none in an oversized weak block.
 */
export function rematchRows(
  state: MatchState,
  rows: readonly number[],
  options: MatchOptions,
  owner?: (i: number) => string,
): { clusters: Cluster[]; suspicious: SuspiciousPair[]; possible: PossiblePair[]; state: MatchState } {
  const p = pickPreparedRows(state.p, rows);
  if (owner) p.owner = rows.map(owner);
  const cmp = state.cmp.withRows(p);
  const linked = linkRows(p, cmp, state.config, options, { prebuilt: new Map(), prebuiltMs: new Map() });
  // the pairs a decision refused among these rows, as rows of the whole table: a later decision
  // may lift them (the earlier ones are kept: a few more rows to match again is safe)
  const refused = state.refused.concat(linked.refused.map((k) => rows[k]));
  return {
    clusters: linked.clusters,
    suspicious: linked.suspicious,
    possible: linked.possible,
    state: { ...state, refused, compared: comparedAfterRematch(state.compared, rows, linked.comparedPairs, state.p.n) },
  };
}

/** The pairs scored after a re-match of some rows: those with a row outside as they were, those inside anew. */
function comparedAfterRematch(
  before: readonly number[],
  rows: readonly number[],
  inside: readonly number[],
  n: number,
) {
  const inRows = new Uint8Array(n);
  for (const i of rows) inRows[i] = 1;
  const out: number[] = [];
  for (let k = 0; k < before.length; k += 2)
    if (!(inRows[before[k]] && inRows[before[k + 1]])) out.push(before[k], before[k + 1]);
  for (let k = 0; k < inside.length; k++) out.push(rows[inside[k]]);
  return out;
}

/**
 * The prepared rows of some rows (data-row indexes, ascending): every per-row array picked, the
 * document rows renumbered, the name tables shared.
 */
export function pickPreparedRows(p: PreparedRows, rows: readonly number[]): PreparedRows {
  const out: Record<string, unknown> = {};
  const position = new Int32Array(p.n).fill(-1);
  for (let k = 0; k < rows.length; k++) position[rows[k]] = k;
  for (const [key, value] of Object.entries(p)) {
    if (key === 'documentRows')
      out[key] = Int32Array.from(Array.from(p.documentRows, (i) => position[i]).filter((k) => k >= 0));
    else if (key === 'cities' || key === 'n' || !(Array.isArray(value) || ArrayBuffer.isView(value))) out[key] = value;
    else if ((value as ArrayLike<unknown>).length === p.n) out[key] = pickValues(value as ArrayLike<unknown>, rows);
    else out[key] = value;
  }
  out.n = rows.length;
  return out as unknown as PreparedRows;
}

/** One label per cluster over the whole list (clusters in their list order, rows as worksheet rows). */
export function relabelClusters(state: MatchState, clusters: Cluster[], indexOfRow: (row: number) => number): void {
  const p = state.p;
  const labels = clusterLabels(
    clusters.map((c) => ({
      customerIds: c.customerIds,
      fallbackKey: (k: number) => {
        const i = indexOfRow(c.rows[k]);
        return `${p.idKey[i]}|${p.phoneA[i]}|${p.names.name[p.nameCode[i]]}`;
      },
    })),
  );
  clusters.forEach((c, k) => (c.id = labels[k]));
}

function levelNameOf(code: number): string {
  return PRED_NAMES[code] ?? String(code);
}
const POSITIVE_LEVELS = new Set([
  'exact',
  'oneEdit',
  'transposed',
  'sound',
  'romanised',
  'spelling',
  'initials',
  'similar',
  'compatible',
]);

/** The exact-phone blocking key (as blocking.ts builds it). */
function phoneBlockKey(s: string, num: number): number {
  return num >= 0 ? num : hashString(s, 11);
}

function commonPhone(p: PreparedRows, a: number, b: number): string {
  for (const x of [p.phoneA[a], p.phoneB[a]]) if (x && (x === p.phoneA[b] || x === p.phoneB[b])) return x;
  return '';
}
