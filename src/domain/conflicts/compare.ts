/**
 * The pair comparator: scores two prepared rows by the comparisons of a MatchConfig.
 * Each comparison returns the index of its first matching level (or MISSING when a side is
 * empty); the score is the sum of the levels' weights. No allocation per pair: levels are
 * written into a reusable Int8Array.
 */
import type { Comparison, ComparisonId, ComparisonLevel, LevelPredicate, MatchConfig, TfAdjust } from './config';
import type { PreparedRows } from './prepare';
import { KIND_UNKNOWN, NO_DAY, PHONE_TEXT, addressKey, chanceAgreement, type NameTable } from './prepare';
import { placesDisagree } from '../normalise';
import {
  isAdjacentTransposition,
  isOneSubstitution,
  jaroWinkler,
  matchWords,
  phoneNumbersAdjacentTransposition,
  phoneNumbersOneSubstitution,
  wordMatch,
} from './similarity';
import { ID_RESIDENT15, ID_RESIDENT } from '../normalise/ids';

export const MISSING = -1;
/** No listed level applied (counts 0). */
export const NO_LEVEL = -2;

const PRED: Record<LevelPredicate, number> = {
  exact: 0,
  oneEdit: 1,
  transposed: 2,
  sound: 3,
  similar: 4,
  compatible: 5,
  surname: 6,
  near: 7,
  differentValid: 8,
  different: 9,
  romanised: 10,
  spelling: 11,
  initials: 12,
};

/** Predicate names by code. */
export const PRED_NAMES: LevelPredicate[] = [];
for (const key of Object.keys(PRED) as LevelPredicate[]) PRED_NAMES[PRED[key]] = key;

interface CompiledLevels {
  preds: Int8Array;
  weights: Float64Array;
  thresholds: Float64Array;
  minLengths: Int32Array;
}

function compileLevels(levels: ComparisonLevel[]): CompiledLevels {
  return {
    preds: Int8Array.from(levels.map((l) => PRED[l.when])),
    weights: Float64Array.from(levels.map((l) => l.weight)),
    thresholds: Float64Array.from(levels.map((l) => l.threshold ?? 0.9)),
    minLengths: Int32Array.from(levels.map((l) => l.minLength ?? 1)),
  };
}

interface CompiledComparison {
  id: ComparisonId;
  levels: CompiledLevels;
  companyLevels: CompiledLevels | null;
  /** Index of the earlier comparison that must agree for this one to be compared (Comparison.supports), -1 for none. */
  supports: number;
}

/** First level that holds for a field compared only for equality ('exact' / 'different'). */
function exactOrDifferent(t: CompiledLevels, equal: boolean): number {
  for (let k = 0; k < t.preds.length; k++) {
    const pred = t.preds[k];
    if (pred === PRED.exact ? equal : pred === PRED.different) return k;
  }
  return NO_LEVEL;
}

const ymdCache = new Map<number, string>();

/** Digits of a day number as YYYYMMDD, for the 'near' date level (cached: birth dates repeat). */
function ymd(day: number): string {
  let s = ymdCache.get(day);
  if (s === undefined) {
    s = ymdOf(day);
    if (ymdCache.size < 200000) ymdCache.set(day, s);
  }
  return s;
}

function ymdOf(day: number): string {
  const d = new Date(day * 86400000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${y}${m < 10 ? '0' : ''}${m}${dd < 10 ? '0' : ''}${dd}`;
}

export class PairComparator {
  readonly comparisons: CompiledComparison[];
  readonly ids: ComparisonId[];
  /** Level index per comparison for the last compared pair (MISSING / NO_LEVEL / index). */
  readonly levels: Int8Array;
  /** For the last pair: whether the levels used were the company ones (name comparison). */
  usedCompanyLevels = false;
  /** For the last pair: sum of positive weights, and whether something beyond the name agreed. */
  positive = 0;
  beyondName = false;
  /** For the last pair: the name's weight after the term-frequency adjustment. */
  nameWeight = 0;
  /** For the last pair: rows expected to agree like this by chance (0 when a phone or ID agrees). */
  lookalikes = 0;
  /** For the last pair: a common name without the extra look-alike agreement it needs. */
  commonNameShort = false;
  private readonly nameIndex: number;
  /** Words of Latin names agree from this mean Jaro-Winkler similarity on (the name's 'spelling' level). */
  private readonly spellingThreshold: number;
  private readonly tfLevels: Uint8Array; // by predicate code: 1 when the tf adjustment applies
  private readonly lookalikeK: Int32Array; // comparison indexes of the look-alike fields
  /** u-probability per comparison index (chance agreement of two random rows), set by setChanceAgreement. */
  private readonly chance: Float64Array;
  /**
   * Early rejection: restWeight[k] = the most the comparisons from k on can still add. Once the
   * running total plus that is below the threshold the pair is rejected whatever the rest says,
   * so the rest is not evaluated (most pairs of the company and typo blocks are different
   * customers). Never before the comparisons a suspicious pair is recognised by (suspiciousWhen)
   * are known, and never for a pair that is suspicious: its levels are reported in full.
   */
  private readonly restWeight: Float64Array;
  private readonly decideAfter: number;
  /** Least score of a possible pair (decision.possible), the threshold when there is no such list. */
  private readonly possibleMin: number;
  private readonly suspiciousK: Int32Array;
  private readonly suspiciousPred: Int8Array;

  constructor(
    private readonly p: PreparedRows,
    private readonly config: MatchConfig,
  ) {
    this.comparisons = config.comparisons.map((c: Comparison, k) => ({
      id: c.id,
      levels: compileLevels(c.levels),
      companyLevels: c.companyLevels ? compileLevels(c.companyLevels) : null,
      supports: c.supports ? config.comparisons.slice(0, k).findIndex((x) => x.id === c.supports) : -1,
    }));
    this.ids = this.comparisons.map((c) => c.id);
    this.levels = new Int8Array(this.comparisons.length);
    this.nameIndex = this.ids.indexOf('name');
    const nameLevels = config.comparisons.find((c) => c.id === 'name')?.levels ?? [];
    this.spellingThreshold = nameLevels.find((l) => l.when === 'spelling')?.threshold ?? 0.9;
    this.tfLevels = new Uint8Array(16);
    const tf = config.tfAdjust;
    if (tf) for (const l of tf.levels) this.tfLevels[PRED[l]] = 1;
    this.lookalikeK = Int32Array.from(
      (tf?.lookalikeFields ?? []).map((f) => this.ids.indexOf(f)).filter((k) => k >= 0),
    );
    this.chance = new Float64Array(this.comparisons.length).fill(1);
    const K = this.comparisons.length;
    this.restWeight = new Float64Array(K + 1);
    for (let k = K - 1; k >= 0; k--) {
      const c = this.comparisons[k];
      let best = 0;
      for (const w of c.levels.weights) best = Math.max(best, w);
      if (c.companyLevels) for (const w of c.companyLevels.weights) best = Math.max(best, w);
      // a comparison on a column no row has can add nothing: pairs are still rejected early
      if (c.id === 'address' && !p.hasAddress) best = 0;
      this.restWeight[k] = this.restWeight[k + 1] + best;
    }
    const conditions = config.decision.suspiciousWhen
      .map((x) => x.split(':'))
      .map(([id, level]) => ({ k: this.ids.indexOf(id as ComparisonId), pred: PRED[level as LevelPredicate] }));
    // an unknown comparison or level in suspiciousWhen never holds; it also stops early decisions
    // (levels always complete), the conservative reading of a setting the matcher does not understand
    const known = conditions.filter((x) => x.k >= 0 && x.pred !== undefined);
    this.suspiciousK = Int32Array.from(known.map((x) => x.k));
    this.suspiciousPred = Int8Array.from(known.map((x) => x.pred));
    this.decideAfter = known.length === conditions.length ? Math.max(0, ...known.map((x) => x.k)) : K;
    this.possibleMin = Math.min(config.decision.threshold, config.decision.possible?.minScore ?? Infinity);
  }

  /**
   * Is the last pair, rejected, a possible duplicate (decision.possible)? The name agrees, something
   * beyond it too, and what chance alone would produce is rare enough.
   */
  isPossible(score: number): boolean {
    const possible = this.config.decision.possible;
    if (!possible || score < possible.minScore || this.nameWeight <= 0 || !this.beyondName) return false;
    return !this.commonNameShort && this.lookalikes <= possible.maxExpectedLookalikes;
  }

  /**
   * Is the last pair what decision.suspiciousWhen describes ('phone:exact': same phone)? A
   * rejected pair that is gets reported as "suspicious — not merged, please confirm".
   */
  isSuspicious(): boolean {
    for (let x = 0; x < this.suspiciousK.length; x++) {
      const k = this.suspiciousK[x];
      const l = this.levels[k];
      if (l >= 0 && this.levelTable(k).preds[l] === this.suspiciousPred[x]) return true;
    }
    return false;
  }

  /**
   * Estimates the chance agreement (u) of the look-alike fields from the prepared rows
   * (call after placeholder values are set aside).
   */
  estimateChanceAgreement(): void {
    const p = this.p;
    const tf = this.config.tfAdjust;
    if (!tf) return;
    const u = (id: ComparisonId, code: ArrayLike<number>, missing: number) =>
      this.setChanceAgreement(
        id,
        chanceAgreement(code, missing, tf.uPrior[id] ?? 0, tf.uPrior[id] === undefined ? 0 : tf.uPriorPairs),
      );
    u('birthDate', p.birth, NO_DAY);
    u('city', p.city, -1);
    u('contact', p.contactCode, -1);
    // addresses are nearly unique: their prior, not an estimate over every row's normalised address
    if (tf.uPrior.address !== undefined) this.setChanceAgreement('address', tf.uPrior.address);
  }

  /** A comparator of the same configuration and chance agreements over other prepared rows (a subset of these). */
  withRows(p: PreparedRows): PairComparator {
    const other = new PairComparator(p, this.config);
    other.chance.set(this.chance);
    return other;
  }

  /**
   * The name counts (of those rows have, `counts`) under which a pair could be judged differently
   * with another comparator's chance agreements. The agreements enter only the look-alike guards,
   * (count − 1) × Π u over the agreeing look-alike fields: for each set of agreeing fields the counts
   * where the guards' verdicts (accept, possible) differ between the two are looked for, computed as
   * the guards compute them. A table that lost a row moves every u a little: a verdict can turn
   * only for a count whose product lies between the old and the new crossing of a threshold.
   */
  lookalikeVerdictsDiffer(other: PairComparator, counts: ReadonlySet<number>): Set<number> {
    const maxCount = Math.max(0, ...counts);
    const differ = new Set<number>();
    const tf = this.config.tfAdjust;
    if (!tf) return differ;
    const limits = [tf.maxExpectedLookalikes, this.config.decision.possible?.maxExpectedLookalikes ?? Infinity];
    const fields = this.lookalikeK.length;
    const product = (chance: Float64Array, set: number, m: number) => {
      let e = m;
      for (let x = 0; x < fields; x++) if (set & (1 << x)) e *= chance[this.lookalikeK[x]];
      return e;
    };
    for (let set = 0; set < 1 << fields; set++) {
      const one = Math.min(product(this.chance, set, 1), product(other.chance, set, 1));
      for (const limit of limits) {
        if (!Number.isFinite(limit) || one <= 0) continue;
        // below m the product stays under the limit with either agreement, past it over (a margin for rounding)
        const first = Math.max(
          0,
          Math.floor(limit / Math.max(product(this.chance, set, 1), product(other.chance, set, 1))) - 2,
        );
        const last = Math.min(maxCount, Math.ceil(limit / one) + 2);
        for (let m = first; m <= last; m++)
          if (counts.has(m + 1) && product(this.chance, set, m) > limit !== product(other.chance, set, m) > limit)
            differ.add(m + 1);
      }
    }
    return differ;
  }

  /** Sets the chance agreement (u) of a comparison. */
  setChanceAgreement(id: ComparisonId, u: number): void {
    const k = this.ids.indexOf(id);
    if (k >= 0) this.chance[k] = u;
  }

  /** How many rows share the name value behind the last pair's name level (the name's term frequency). */
  private nameFrequency(a: number, b: number, pred: number): number {
    const p = this.p;
    // a name in Latin letters is as common as its pinyin key in both scripts (Zhang Wei counts 张伟 too)
    if (p.romanCount !== null && (p.names.latin[p.nameCode[a]] === 1 || p.names.latin[p.nameCode[b]] === 1))
      return Math.max(p.romanCount[a], p.romanCount[b], p.nameCount[a], p.nameCount[b]);
    if (pred === PRED.exact) return Math.max(p.nameCount[a], p.nameCount[b]);
    return Math.min(p.soundCount[a], p.soundCount[b]);
  }

  /** The name level's weight for rows a, b after the term-frequency adjustment. */
  private tfWeight(w: number, pred: number, a: number, b: number): number {
    const tf = this.config.tfAdjust;
    if (!tf || w <= tf.minWeight || this.tfLevels[pred] === 0 || this.usedCompanyLevels) return w;
    const count = this.nameFrequency(a, b, pred);
    if (count <= tf.rareCount) return w;
    return Math.max(tf.minWeight, w - tf.pointsPerDoubling * Math.log2(count / tf.rareCount));
  }

  /** Which level table applies to comparison k for the last pair. */
  levelTable(k: number): CompiledLevels {
    const c = this.comparisons[k];
    return c.id === 'name' && this.usedCompanyLevels && c.companyLevels ? c.companyLevels : c.levels;
  }

  /** Weight of comparison k for the last pair (the name's after its term-frequency adjustment). */
  weightOf(k: number): number {
    const l = this.levels[k];
    if (l < 0) return 0;
    return k === this.nameIndex ? this.nameWeight : this.levelTable(k).weights[l];
  }

  /** Level predicate name of comparison k for the last pair ('' when missing / none). */
  levelName(k: number): LevelPredicate | '' {
    const l = this.levels[k];
    if (l < 0) return '';
    return PRED_NAMES[this.levelTable(k).preds[l]] ?? '';
  }

  /** Scores rows a and b; fills levels, positive and beyondName. */
  score(a: number, b: number): number {
    const p = this.p;
    this.usedCompanyLevels = p.isCompany[a] === 1 && p.isCompany[b] === 1;
    let total = 0;
    let positive = 0;
    let beyond = false;
    let identifier = false;
    this.nameWeight = 0;
    const K = this.comparisons.length;
    const threshold = this.config.decision.threshold;
    for (let k = 0; k < K; k++) {
      const c = this.comparisons[k];
      const table = c.id === 'name' && this.usedCompanyLevels && c.companyLevels ? c.companyLevels : c.levels;
      const level = c.supports >= 0 && this.weightOf(c.supports) <= 0 ? MISSING : this.evaluate(c.id, table, a, b);
      this.levels[k] = level;
      if (level >= 0) {
        let w = table.weights[level];
        if (k === this.nameIndex) this.nameWeight = w = this.tfWeight(w, table.preds[level], a, b);
        total += w;
        if (w > 0) {
          positive += w;
          if (k !== this.nameIndex) beyond = true;
          if (c.id === 'phone' || c.id === 'id') identifier = true;
        }
      }
      // rejected whatever the rest says, and no possible pair either: below its least score, or the name disagrees
      const bound = total + this.restWeight[k + 1];
      if (
        k >= this.decideAfter &&
        k + 1 < K &&
        bound < threshold &&
        (bound < this.possibleMin || (k >= this.nameIndex && this.nameWeight <= 0)) &&
        !this.isSuspicious()
      ) {
        // rejected whatever the rest says (see restWeight): the rest is not evaluated
        for (let j = k + 1; j < K; j++) this.levels[j] = NO_LEVEL;
        this.positive = positive;
        this.beyondName = beyond;
        this.lookalikes = 0;
        this.commonNameShort = false;
        return total;
      }
    }
    this.positive = positive;
    this.beyondName = beyond;
    this.lookalikes = 0;
    this.commonNameShort = false;
    if (!identifier && this.config.tfAdjust) this.lookalikeGuards(a, b, this.config.tfAdjust);
    return total;
  }

  /**
   * Rows expected to agree with row a like b does purely by chance, when the evidence is the name
   * plus fields strangers share (birth date, city, contact): (rows with the name − 1) × Π u;
   * and whether a common name has the extra agreement it needs.
   */
  private lookalikeGuards(a: number, b: number, tf: TfAdjust): void {
    const k = this.nameIndex;
    if (k < 0 || this.nameWeight <= 0) return;
    const pred = this.levelTable(k).preds[this.levels[k]];
    const count = this.nameFrequency(a, b, pred);
    let e = Math.max(0, count - 1);
    let agreeing = 0;
    for (let x = 0; x < this.lookalikeK.length; x++) {
      const j = this.lookalikeK[x];
      const l = this.levels[j];
      if (l >= 0 && this.levelTable(j).weights[l] > 0) {
        e *= this.chance[j];
        agreeing++;
      }
    }
    this.lookalikes = e;
    this.commonNameShort = count > tf.rareCount && agreeing < tf.commonNameNeeds;
  }

  /** Does the last pair pass the decision (threshold and guards)? */
  accepted(score: number): boolean {
    if (score < this.config.decision.threshold) return false;
    if (this.config.decision.requireEvidenceBeyondName && !this.beyondName) return false;
    if (this.config.tfAdjust && (this.commonNameShort || this.lookalikes > this.config.tfAdjust.maxExpectedLookalikes))
      return false;
    return true;
  }

  private evaluate(id: ComparisonId, t: CompiledLevels, a: number, b: number): number {
    switch (id) {
      case 'phone':
        return this.phoneLevel(t, a, b);
      case 'id':
        return this.idLevel(t, a, b);
      case 'name': {
        const p = this.p;
        const names = p.names;
        const x = p.nameCode[a];
        const y = p.nameCode[b];
        if (names.latin[x] === 1 || names.latin[y] === 1) return this.latinNameLevel(t, names, x, y);
        // 北京安达汽贸 and 上海安达汽贸 share a core but are different companies
        if (
          this.usedCompanyLevels &&
          names.place[x] &&
          names.place[y] &&
          placesDisagree(names.place[x], names.place[y]) &&
          names.name[x] &&
          names.name[y]
        ) {
          const k = t.preds.indexOf(PRED.different);
          return k >= 0 ? k : NO_LEVEL;
        }
        return this.nameLevel(
          t,
          names.name[x],
          names.name[y],
          names.sound[x],
          names.sound[y],
          names.surname[x],
          names.surname[y],
          names.titleOnly[x],
          names.titleOnly[y],
        );
      }
      case 'contact': {
        const p = this.p;
        const contacts = p.contacts;
        const x = p.contactNameCode[a];
        const y = p.contactNameCode[b];
        if (contacts.latin[x] === 1 || contacts.latin[y] === 1) return this.latinNameLevel(t, contacts, x, y);
        return this.nameLevel(
          t,
          contacts.name[x],
          contacts.name[y],
          contacts.sound[x],
          contacts.sound[y],
          contacts.surname[x],
          contacts.surname[y],
          contacts.titleOnly[x],
          contacts.titleOnly[y],
        );
      }
      case 'birthDate':
        return this.birthLevel(t, a, b);
      case 'city': {
        const ca = this.p.city[a];
        const cb = this.p.city[b];
        if (ca < 0 || cb < 0) return MISSING;
        return exactOrDifferent(t, ca === cb);
      }
      case 'kind': {
        const ka = this.p.kind[a];
        const kb = this.p.kind[b];
        if (ka === KIND_UNKNOWN || kb === KIND_UNKNOWN) return MISSING;
        return exactOrDifferent(t, ka === kb);
      }
      case 'address':
        return this.addressLevel(t, a, b);
    }
  }

  private addressLevel(t: CompiledLevels, a: number, b: number): number {
    const p = this.p;
    if (!p.addressText[a] || !p.addressText[b]) return MISSING;
    const x = addressKey(p, a);
    const y = addressKey(p, b);
    if (!x || !y) return MISSING;
    for (let k = 0; k < t.preds.length; k++) {
      const pred = t.preds[k];
      let hit = false;
      if (pred === PRED.exact) hit = x === y;
      else if (pred === PRED.similar) {
        const dx = district(x);
        const dy = district(y);
        if (dx && dy && dx !== dy) continue; // 金牛区 / 锦江区: the same street name in another district
        matchWords(x, y, WORD_TYPO_FLOOR, false);
        const m = wordMatch.matched;
        // a district written on one side only is no word short
        const shorter = Math.min(wordMatch.wordsX, wordMatch.wordsY) - (dx === dy ? 0 : 1);
        hit = m >= 2 && wordMatch.numbersMatched > 0 && m >= t.thresholds[k] * shorter;
      } else if (pred === PRED.different) hit = true;
      if (hit) return k;
    }
    return NO_LEVEL;
  }

  /**
   * A name in Latin letters against another (exact: the same words in any order; sound: the same
   * pinyin key; spelling, initials, surname: word by word) or against one in characters (romanised:
   * the same pinyin). A romanisation this cannot read (Cantonese, Wade-Giles) says nothing against
   * the characters: missing.
   */
  private latinNameLevel(t: CompiledLevels, names: NameTable, x: number, y: number): number {
    const nx = names.name[x];
    const ny = names.name[y];
    if (!nx || !ny) return MISSING;
    const bothLatin = names.latin[x] === 1 && names.latin[y] === 1;
    let matched = false;
    for (let k = 0; k < t.preds.length; k++) {
      const pred = t.preds[k];
      let hit = false;
      if (!bothLatin) {
        if (pred === PRED.romanised) hit = names.roman[x] !== '' && names.roman[x] === names.roman[y];
        if (hit) return k;
        continue;
      }
      if (pred === PRED.exact) hit = nx === ny;
      else if (pred === PRED.sound) hit = names.sound[x] !== '' && names.sound[x] === names.sound[y];
      else if (pred === PRED.spelling || pred === PRED.initials || pred === PRED.surname) {
        if (!matched) {
          matchWords(nx, ny, WORD_TYPO_FLOOR);
          matched = true;
        }
        const w = wordMatch;
        if (pred === PRED.spelling)
          hit =
            w.initialsX === 0 &&
            w.initialsY === 0 &&
            w.matched >= 2 &&
            w.matched === Math.min(w.wordsX, w.wordsY) &&
            w.similarity >= t.thresholds[k] * w.matched;
        else if (pred === PRED.initials)
          hit =
            w.initialsMatched > 0 &&
            w.matched > 0 &&
            w.matched + w.initialsMatched === Math.min(w.wordsX, w.wordsY) &&
            w.similarity >= this.spellingThreshold * w.matched;
        else hit = w.equal > 0; // a word of the name the same: a family name
      } else if (pred === PRED.different) hit = true;
      if (hit) return k;
    }
    return bothLatin ? NO_LEVEL : MISSING;
  }

  private phoneLevel(t: CompiledLevels, a: number, b: number): number {
    const p = this.p;
    // the exact numbers (-1 none, PHONE_TEXT text) decide presence and equality without loading the strings
    const na1 = p.phoneNumA[a];
    const nb1 = p.phoneNumA[b];
    if (na1 === -1 || nb1 === -1) return MISSING;
    const na2 = p.phoneNumB[a];
    const nb2 = p.phoneNumB[b];
    for (let k = 0; k < t.preds.length; k++) {
      const pred = t.preds[k];
      if (pred === PRED.exact) {
        if (
          samePhone(p, na1, nb1, a, b, true, true) ||
          (na2 !== -1 && (samePhone(p, na2, nb1, a, b, false, true) || samePhone(p, na2, nb2, a, b, false, false))) ||
          (nb2 !== -1 && samePhone(p, na1, nb2, a, b, true, false))
        )
          return k;
        continue;
      }
      let hit = false;
      if (pred === PRED.oneEdit || pred === PRED.transposed) {
        const swap = pred === PRED.transposed;
        hit =
          phoneTypo(p, swap, na1, nb1, a, b, true, true) ||
          (na2 !== -1 && phoneTypo(p, swap, na2, nb1, a, b, false, true)) ||
          (nb2 !== -1 && phoneTypo(p, swap, na1, nb2, a, b, true, false));
      } else if (pred === PRED.different) hit = true;
      if (hit) return k;
    }
    return NO_LEVEL;
  }

  private idLevel(t: CompiledLevels, a: number, b: number): number {
    const p = this.p;
    // presence and equality from the precomputed hashes; the strings only when the hashes agree or for typo levels
    const hx = p.idHash[a];
    const hy = p.idHash[b];
    if (hx < 0 || hy < 0) return MISSING;
    const x = p.idKey[a];
    const y = p.idKey[b];
    for (let k = 0; k < t.preds.length; k++) {
      const pred = t.preds[k];
      let hit = false;
      if (pred === PRED.exact) hit = hx === hy && x === y;
      else if (pred === PRED.oneEdit) hit = isOneSubstitution(x, y);
      else if (pred === PRED.transposed) hit = isAdjacentTransposition(x, y);
      else if (pred === PRED.differentValid) hit = x !== y && p.idValid[a] === 1 && p.idValid[b] === 1;
      else if (pred === PRED.different) {
        // a passport on one row and a resident ID or permit on the other: one person may hold both
        if (!sameIdKind(p.idKind[a], p.idKind[b])) return MISSING;
        hit = true;
      }
      if (hit) return k;
    }
    return NO_LEVEL;
  }

  private nameLevel(
    t: CompiledLevels,
    x: string,
    y: string,
    sx: string,
    sy: string,
    surX: string,
    surY: string,
    titleX: number,
    titleY: number,
  ): number {
    if (!x || !y) return MISSING;
    for (let k = 0; k < t.preds.length; k++) {
      const pred = t.preds[k];
      let hit = false;
      if (pred === PRED.exact) hit = x === y;
      else if (pred === PRED.sound) hit = sx !== '' && sx === sy && titleX === titleY;
      else if (pred === PRED.similar) {
        const min = t.minLengths[k];
        hit = x.length >= min && y.length >= min && jaroWinkler(x, y) >= t.thresholds[k];
      } else if (pred === PRED.compatible) {
        // 王先生 is compatible with any 王*: a title says nothing against the given name.
        hit =
          (titleX === 1 && surX !== '' && y.startsWith(surX)) || (titleY === 1 && surY !== '' && x.startsWith(surY));
      } else if (pred === PRED.surname) hit = surX !== '' && surX === surY;
      else if (pred === PRED.oneEdit) hit = isOneSubstitution(x, y);
      else if (pred === PRED.different) hit = true;
      if (hit) return k;
    }
    return NO_LEVEL;
  }

  private birthLevel(t: CompiledLevels, a: number, b: number): number {
    const x = this.p.birth[a];
    const y = this.p.birth[b];
    if (x === NO_DAY || y === NO_DAY) return MISSING;
    for (let k = 0; k < t.preds.length; k++) {
      const pred = t.preds[k];
      let hit = false;
      if (pred === PRED.exact) hit = x === y;
      else if (pred === PRED.near) {
        if (x !== y) {
          const sx = ymd(x);
          const sy = ymd(y);
          // one digit typed wrong, or day and month swapped (1990-03-05 / 1990-05-03)
          hit =
            isOneSubstitution(sx, sy) ||
            (sx.slice(0, 4) === sy.slice(0, 4) &&
              sx.slice(4, 6) === sy.slice(6, 8) &&
              sx.slice(6, 8) === sy.slice(4, 6));
        }
      } else if (pred === PRED.different) hit = true;
      if (hit) return k;
    }
    return NO_LEVEL;
  }
}

/**
 * Jaro-Winkler similarity from which two words (3+ letters) may be one word mistyped (kuan /
 * kupn 0.87); a name's words must also average the 'spelling' level's threshold.
 */
const WORD_TYPO_FLOOR = 0.8;

/** The district a normalised Chinese address starts with (its first word, ending 区/县/旗), '' when none. */
function district(address: string): string {
  const end = address.indexOf(' ');
  if (end < 2) return '';
  const last = address.charCodeAt(end - 1);
  return last === 0x533a || last === 0x53bf || last === 0x65d7 ? address.slice(0, end) : '';
}

/** Are two ID kinds the same kind of document (an 18- and a 15-digit resident ID are)? */
function sameIdKind(x: number, y: number): boolean {
  if (x === y) return true;
  const rx = x === ID_RESIDENT || x === ID_RESIDENT15;
  const ry = y === ID_RESIDENT || y === ID_RESIDENT15;
  return rx && ry;
}

/**
 * Are two non-empty phone keys one typo apart (a substituted digit, or with `swap` two
 * neighbouring digits swapped)? Plain numbers are compared digit by digit as numbers; a text
 * key is compared as text.
 */
function phoneTypo(
  p: PreparedRows,
  swap: boolean,
  x: number,
  y: number,
  a: number,
  b: number,
  xFirst: boolean,
  yFirst: boolean,
): boolean {
  if (x >= 0 && y >= 0) return swap ? phoneNumbersAdjacentTransposition(x, y) : phoneNumbersOneSubstitution(x, y);
  const sx = phoneText(p, a, xFirst);
  const sy = phoneText(p, b, yFirst);
  return swap ? isAdjacentTransposition(sx, sy) : isOneSubstitution(sx, sy);
}

/** A row's first or second phone key as text. */
function phoneText(p: PreparedRows, row: number, first: boolean): string {
  return first ? p.phoneA[row] : p.phoneB[row];
}

/**
 * Do two non-empty phone keys agree? Plain numbers compare as numbers (the number is exact:
 * length and digits); a text key never equals a number, and two text keys compare as text.
 */
function samePhone(
  p: PreparedRows,
  x: number,
  y: number,
  a: number,
  b: number,
  xFirst: boolean,
  yFirst: boolean,
): boolean {
  if (x !== PHONE_TEXT || y !== PHONE_TEXT) return x === y && x >= 0;
  return phoneText(p, a, xFirst) === phoneText(p, b, yFirst);
}
