/**
 * The matcher's settings, as data.
 *
 * Like the comparison templates of record-linkage libraries (Splink, dedupe, recordlinkage),
 * a match is declared, not coded:
 *  - blocking rules say which rows are ever put side by side (never all pairs), each with a
 *    maximum block size and what to do with a block that is bigger;
 *  - comparisons say, per field, which normaliser is used and which ordered levels
 *    (exact, one edit, same sound, similar, different ...) count how much (a weight, in
 *    log-odds-like points; negative weights are evidence against);
 *  - the decision says how many points make "the same customer", and the guards that hold
 *    whatever the weights (a name alone is never enough).
 *
 * A supervisor's setting (Settings in the pane) changes a value here, not a code path.
 */
import type { Lang } from '../schema';
import { t } from '../../i18n';

/** Which value of a prepared row a blocking key is built from. */
export type BlockingKeyKind =
  | 'phone' //          normalised phone key (normalisePhone().key), each phone of the row
  | 'phoneMasked' //    the phone key with one digit masked, one pass per position: finds one-digit typos
  | 'phoneTransposed' // the phone key with two neighbouring digits put in order: finds swapped digits
  | 'idKey' //          ID / USCC match key (parseIdNumber().matchKey): 15/18 digits, x/X and bad check digits agree
  | 'idMasked' //       a permit's, passport's or other document's number with one character masked, one pass per position
  | 'idTransposed' //   the same numbers with two neighbouring characters put in order: finds swapped characters
  | 'nameSoundBirth' // sound of the name (fuzzy pinyin; a Latin name's pinyin key) + birth date (column or from the ID)
  | 'nameWordBirth' //  each word of a name in Latin letters + birth date: finds a typo in the other word, initials
  | 'romanisedBirth' // pinyin key of a name in either script + birth date: Zhang Wei meets 张伟
  | 'rareNameCity' //   sound of a name on few rows (tfAdjust.rareCount) + city: the possible duplicates' key
  | 'nameAddressNumbers' // sound of a person's name + the digits of the address (Flat 35D, 267 Hill Rd: 35267)
  | 'companyCore' //    company name core (legal suffixes stripped, trade words folded), sound form
  | 'contactCity'; //   sound of the contact person + city (dealers)

/**
 * What to do with a block larger than maxBlock.
 *  - 'placeholder': the key is an identifier typed so often it cannot identify anyone
 *    (13800000000 typed 5,000 times, "000000"): it is set aside as evidence for those rows
 *    (treated as missing) and reported in notes. No pair in the block is compared on it.
 *  - 'window': the key is weak (a name + a placeholder birth date): the block's rows are
 *    sorted by a secondary key (phone, then ID, then row) and each row is compared only
 *    with the next `window` rows (sorted neighbourhood), so the work stays block size × window.
 */
export type OversizedPolicy = 'placeholder' | 'window';

export interface BlockingRule {
  id: string;
  key: BlockingKeyKind;
  /** Largest block compared pair by pair (block² / 2 comparisons at most). */
  maxBlock: number;
  oversized: OversizedPolicy;
  /** For 'window': neighbours compared per row in an oversized block. */
  window?: number;
}

/** The comparisons, one per field. */
export type ComparisonId = 'phone' | 'id' | 'name' | 'contact' | 'birthDate' | 'city' | 'kind' | 'address';

/**
 * Level predicates a comparison can use (checked in the order listed, first one wins;
 * when either side is empty the comparison is "missing" and counts 0).
 *  exact          normalised values equal (phones: any phone of one row equals any of the other)
 *  oneEdit        same length, exactly one character differs (a one-digit typo)
 *  transposed     same length, two neighbouring characters swapped
 *  sound          same fuzzy sound (toneless pinyin; zh/z, ch/c, sh/s, n/l, -ng/-n folded): 伟/玮, 晓/小;
 *                 two names in Latin letters: the same pinyin key (Zhang Wei / ZHANG Wei / Wei Zhang / Zhang Wei-ming)
 *  romanised      a name in Latin letters and one in characters with the same pinyin (Zhang Wei / 张伟)
 *  spelling       names in Latin letters whose words agree up to a typo (each word pairs with its most
 *                 alike, Jaro-Winkler 0.8 or more, and they average `threshold`), in any order, accents and
 *                 case aside; a middle name on one side only is allowed
 *  initials       names in Latin letters whose words agree where one gives only an initial (W. Zhang / Wei Zhang)
 *  similar        Jaro-Winkler similarity >= threshold, both at least minLength characters (names in characters);
 *                 addresses: their words agree (numbers exactly, words up to a typo) on at least `threshold`
 *                 of the shorter address's words, a number among them
 *  compatible     one name is a surname + title (王先生, 李总, 张女士) and the other has that surname
 *  surname        only the first character (surname) agrees: family members (Latin letters: one word agrees)
 *  near           dates: one digit differs in YYYYMMDD, or day and month swapped
 *  differentValid IDs: both check digits valid and the match keys differ (different people)
 *  different      anything else
 */
export type LevelPredicate =
  | 'exact'
  | 'oneEdit'
  | 'transposed'
  | 'sound'
  | 'romanised'
  | 'spelling'
  | 'initials'
  | 'similar'
  | 'compatible'
  | 'surname'
  | 'near'
  | 'differentValid'
  | 'different';

export interface ComparisonLevel {
  when: LevelPredicate;
  weight: number;
  /** For 'similar' and 'spelling': the minimum Jaro-Winkler similarity (addresses: share of words). */
  threshold?: number;
  /** For 'similar': both values must be at least this long (2-character names are too short). */
  minLength?: number;
}

export interface Comparison {
  id: ComparisonId;
  /** The schema field(s) compared. */
  fields: string[];
  /** The normaliser applied first (shown in settings). */
  normaliser: string;
  levels: ComparisonLevel[];
  /** Name comparisons may weigh company names (distinctive) differently from person names. */
  companyLevels?: ComparisonLevel[];
  /**
   * Supporting evidence only: compared only when this earlier comparison agreed (a family shares
   * an address: the address supports a name that agrees, it does not stand for one).
   */
  supports?: ComparisonId;
}

export interface MatchDecision {
  /** Total points at or above which two rows are the same customer. */
  threshold: number;
  /**
   * A pair must also agree on something other than the name (phone, ID, birth date, contact or city).
   * Holds whatever the weights: 王伟 and 王伟 are never merged on the name.
   */
  requireEvidenceBeyondName: boolean;
  /**
   * Two rows in one cluster must never carry different valid ID numbers (family members share a phone),
   * whatever path of matches joins them.
   */
  differentValidIdsNeverMerge: boolean;
  /** Report a rejected pair as suspicious when one of these comparison levels agreed (e.g. 'phone:exact'). */
  suspiciousWhen: string[];
  /** A second list: pairs with some evidence but not enough, never merged, for a person to review. Absent: none. */
  possible?: PossibleDecision;
}

/**
 * Which rejected pairs go to the "possible duplicates — please review" list: the name agrees, with
 * something beyond it, scoring at least minScore; look-alikes no more than maxExpectedLookalikes
 * (tfAdjust), and a common name has the look-alike fields it needs. The strongest first, at most
 * maxPerHundredRows per 100 customers, so that the list stays short enough to read.
 */
export interface PossibleDecision {
  minScore: number;
  maxExpectedLookalikes: number;
  maxPerHundredRows: number;
}

/**
 * Term-frequency adjustment of the name comparison (as Splink and fastLink do): how much a
 * name agreement proves depends on how common the name is in THIS table. Two 王静 agree by
 * chance far more often than two 欧阳子涵, and more often the bigger the table.
 *  - weight: for person names, an agreeing level's weight loses `pointsPerDoubling` for every
 *    doubling of the name's count beyond `rareCount` (counted by normalised name for 'exact',
 *    by sound otherwise), never below `minWeight`. Company names keep their weights: a trade
 *    name is registered once per area, and the look-alike guard below covers them.
 *  - look-alikes: when a pair's evidence is the name plus only fields that strangers share by
 *    chance (birth date, city, contact), the number of rows expected to look like this by chance,
 *    (count of the name − 1) × the chance agreement (u, Σ share² in this table) of each of those
 *    fields, must not exceed `maxExpectedLookalikes`, and a common name (more than `rareCount`
 *    rows) needs `commonNameNeeds` of those fields. A phone or ID agreement lifts both guards.
 */
export interface TfAdjust {
  comparison: 'name';
  /** Agreeing levels whose weight depends on the name's frequency. */
  levels: LevelPredicate[];
  rareCount: number;
  pointsPerDoubling: number;
  minWeight: number;
  maxExpectedLookalikes: number;
  /** Comparisons strangers can agree on by chance; their u is estimated from the table. */
  lookalikeFields: ComparisonId[];
  /**
   * A name on more than `rareCount` rows is common: without a phone or ID agreement, at least this
   * many look-alike fields must agree (王静 + a birth date alone is not enough; + the city it is).
   */
  commonNameNeeds: number;
  /**
   * Prior chance agreement per look-alike field, worth `uPriorPairs` row pairs: a small table
   * (where most agreeing pairs are the duplicates themselves) cannot estimate u on its own;
   * from a few hundred rows on, the table's own counts dominate.
   */
  uPrior: Partial<Record<ComparisonId, number>>;
  uPriorPairs: number;
}

export interface MatchConfig {
  blocking: BlockingRule[];
  comparisons: Comparison[];
  decision: MatchDecision;
  /** Absent: every name agreement weighs the same (not recommended beyond a few thousand rows). */
  tfAdjust?: TfAdjust;
  /** Reasons listed per cluster before "… and N more". */
  maxReasonsPerCluster: number;
}

export const DEFAULT_MATCH_CONFIG: MatchConfig = {
  // Strongest keys first: rows joined by an early rule are not compared again by later ones.
  blocking: [
    { id: 'id', key: 'idKey', maxBlock: 50, oversized: 'placeholder' },
    { id: 'phone', key: 'phone', maxBlock: 50, oversized: 'placeholder' },
    { id: 'phoneTypo', key: 'phoneMasked', maxBlock: 50, oversized: 'window', window: 8 },
    { id: 'phoneSwap', key: 'phoneTransposed', maxBlock: 50, oversized: 'window', window: 8 },
    // more than 60 rows with one name and one birth date: the date is a placeholder (1900-01-01)
    // permits and passports have no check character: their typos are looked for as phones' are
    { id: 'idTypo', key: 'idMasked', maxBlock: 50, oversized: 'window', window: 8 },
    { id: 'idSwap', key: 'idTransposed', maxBlock: 50, oversized: 'window', window: 8 },
    { id: 'nameBirth', key: 'nameSoundBirth', maxBlock: 60, oversized: 'placeholder' },
    { id: 'nameWordBirth', key: 'nameWordBirth', maxBlock: 60, oversized: 'window', window: 10 },
    { id: 'romanisedBirth', key: 'romanisedBirth', maxBlock: 60, oversized: 'window', window: 10 },
    { id: 'company', key: 'companyCore', maxBlock: 60, oversized: 'window', window: 10 },
    { id: 'contactCity', key: 'contactCity', maxBlock: 60, oversized: 'window', window: 10 },
    { id: 'rareNameCity', key: 'rareNameCity', maxBlock: 60, oversized: 'window', window: 10 },
    { id: 'nameAddress', key: 'nameAddressNumbers', maxBlock: 60, oversized: 'window', window: 10 },
  ],
  comparisons: [
    {
      id: 'phone',
      fields: ['Phone'],
      normaliser: 'normalisePhone',
      levels: [
        { when: 'exact', weight: 6 },
        { when: 'oneEdit', weight: 3 },
        { when: 'transposed', weight: 3 },
        { when: 'different', weight: 0 }, // people have several phones: no evidence either way
      ],
    },
    {
      id: 'id',
      fields: ['IdNumber'],
      normaliser: 'parseIdNumber.matchKey',
      levels: [
        { when: 'exact', weight: 10 },
        // a typo counts only with supporting evidence: alone it stays below the threshold
        { when: 'oneEdit', weight: 2 },
        { when: 'transposed', weight: 2 },
        { when: 'differentValid', weight: -12 },
        { when: 'different', weight: -3 },
      ],
    },
    {
      id: 'name',
      fields: ['Name'],
      normaliser: 'normaliseName + nameSound',
      levels: [
        { when: 'exact', weight: 4 },
        { when: 'sound', weight: 3.5 },
        { when: 'romanised', weight: 3 },
        { when: 'spelling', weight: 2.5, threshold: 0.88 },
        { when: 'similar', weight: 2, threshold: 0.92, minLength: 3 },
        { when: 'initials', weight: 2 },
        { when: 'compatible', weight: 0 },
        { when: 'surname', weight: -2 },
        { when: 'different', weight: -4 },
      ],
      companyLevels: [
        { when: 'exact', weight: 5 },
        { when: 'sound', weight: 4.5 },
        { when: 'similar', weight: 3, threshold: 0.9, minLength: 4 },
        { when: 'different', weight: -4 },
      ],
    },
    {
      id: 'contact',
      fields: ['Contact'],
      normaliser: 'normaliseName + nameSound',
      levels: [
        { when: 'exact', weight: 3 },
        { when: 'sound', weight: 3 },
        { when: 'compatible', weight: 1 },
        { when: 'different', weight: -1 },
      ],
    },
    {
      id: 'birthDate',
      fields: ['BirthDate', 'IdNumber'],
      normaliser: 'parseDate (or the birth date inside the ID)',
      levels: [
        { when: 'exact', weight: 4 },
        // a typo is no evidence either way: not enough with the name alone, no bar to a name and an address
        { when: 'near', weight: 0 },
        { when: 'different', weight: -5 },
      ],
    },
    {
      id: 'city',
      fields: ['City'],
      normaliser: 'toSimplified, without 市/省/区',
      levels: [
        { when: 'exact', weight: 1 },
        { when: 'different', weight: -2 },
      ],
    },
    {
      id: 'kind',
      fields: ['Kind'],
      normaliser: 'parseEnum',
      levels: [
        { when: 'exact', weight: 0 },
        { when: 'different', weight: -3 },
      ],
    },
    {
      // supporting evidence only: its most is below the threshold, it counts only with the name, and it is a look-alike field
      id: 'address',
      fields: ['Address'],
      normaliser: 'normaliseAddress',
      supports: 'name',
      levels: [
        { when: 'exact', weight: 2.5 },
        { when: 'similar', weight: 2, threshold: 0.75 },
        { when: 'different', weight: 0 }, // people move
      ],
    },
  ],
  decision: {
    threshold: 6,
    requireEvidenceBeyondName: true,
    differentValidIdsNeverMerge: true,
    suspiciousWhen: ['phone:exact', 'id:exact'],
    // a rare name in the same city (4 + 1), a name with a birth-date typo and the city, a pinyin name and an address
    possible: { minScore: 4, maxExpectedLookalikes: 0.15, maxPerHundredRows: 1 },
  },
  tfAdjust: {
    comparison: 'name',
    levels: ['exact', 'sound', 'romanised', 'spelling', 'similar', 'initials'],
    rareCount: 8,
    pointsPerDoubling: 1,
    // a common name plus a phone typo (3) is still a match; plus a birth date it is the look-alike guard's call
    minWeight: 3,
    maxExpectedLookalikes: 0.05,
    lookalikeFields: ['birthDate', 'city', 'contact', 'address'],
    commonNameNeeds: 2,
    // one birth date in ~50 years; one city in ten; a contact name as common as a frequent full name;
    // an address shared by a building's households (not estimated from the table: see compare.ts)
    uPrior: { birthDate: 1 / 18000, city: 0.1, contact: 0.001, address: 0.0005 },
    uPriorPairs: 10000,
  },
  maxReasonsPerCluster: 12,
};

/** A deep copy of the defaults with a partial override (top-level sections replace, decision merges). */
export function resolveMatchConfig(override?: Partial<MatchConfig>): MatchConfig {
  const base: MatchConfig = JSON.parse(JSON.stringify(DEFAULT_MATCH_CONFIG));
  if (!override) return base;
  return {
    blocking: override.blocking ?? base.blocking,
    comparisons: override.comparisons ?? base.comparisons,
    decision: { ...base.decision, ...(override.decision ?? {}) },
    tfAdjust: 'tfAdjust' in override ? override.tfAdjust : base.tfAdjust,
    maxReasonsPerCluster: override.maxReasonsPerCluster ?? base.maxReasonsPerCluster,
  };
}

/** A level's parameters as shown after its name ('' when it has none). */
export function levelParams(lang: Lang, l: ComparisonLevel): string {
  if (l.when === 'spelling') return t(lang, 'conflicts.describe.spellingParams', { threshold: l.threshold ?? 0.9 });
  if (l.when !== 'similar' || l.minLength === undefined)
    return l.when === 'similar' ? t(lang, 'conflicts.describe.shareParams', { threshold: l.threshold ?? 0.75 }) : '';
  return t(lang, 'conflicts.describe.similarParams', { threshold: l.threshold ?? 0.9, minLength: l.minLength });
}

function levelText(lang: Lang, l: ComparisonLevel): string {
  const name = t(lang, `conflicts.level.${l.when}`);
  const extra = levelParams(lang, l);
  const sign = l.weight > 0 ? '+' : '';
  return `${name}${extra} ${sign}${l.weight}`;
}

/** The settings, as lines a supervisor can read (pane settings view, CLI --explain). */
export function describeMatchConfig(config: MatchConfig, lang: Lang): string[] {
  const out: string[] = [];
  out.push(t(lang, 'conflicts.describe.decision', { threshold: config.decision.threshold }));
  if (config.decision.requireEvidenceBeyondName) out.push(t(lang, 'conflicts.describe.nameNotEnough'));
  if (config.decision.differentValidIdsNeverMerge) out.push(t(lang, 'conflicts.describe.idsNeverMerge'));
  if (config.decision.possible) out.push(t(lang, 'conflicts.describe.possible', { ...config.decision.possible }));
  const tf = config.tfAdjust;
  if (tf) {
    const sep = lang === 'zh' ? '、' : ', ';
    out.push(
      t(lang, 'conflicts.describe.tfWeight', {
        levels: tf.levels.map((l) => t(lang, `conflicts.level.${l}`)).join(sep),
        rareCount: tf.rareCount,
        points: tf.pointsPerDoubling,
        minWeight: tf.minWeight,
      }),
    );
    out.push(
      t(lang, 'conflicts.describe.tfLookalikes', {
        fields: tf.lookalikeFields.map((f) => t(lang, `conflicts.comparison.${f}`)).join(sep),
        max: tf.maxExpectedLookalikes,
      }),
    );
    out.push(
      t(lang, 'conflicts.describe.tfCommon', {
        rareCount: tf.rareCount,
        needs: tf.commonNameNeeds,
        fields: tf.lookalikeFields.map((f) => t(lang, `conflicts.comparison.${f}`)).join(sep),
      }),
    );
  }
  for (const c of config.comparisons) {
    const levels = c.levels.map((l) => levelText(lang, l)).join(lang === 'zh' ? '；' : '; ');
    out.push(
      t(lang, 'conflicts.describe.comparison', {
        field: t(lang, `conflicts.comparison.${c.id}`),
        normaliser: c.normaliser,
        levels,
      }),
    );
    if (c.companyLevels) {
      const cl = c.companyLevels.map((l) => levelText(lang, l)).join(lang === 'zh' ? '；' : '; ');
      out.push(t(lang, 'conflicts.describe.companyLevels', { levels: cl }));
    }
  }
  for (const b of config.blocking) {
    out.push(
      t(
        lang,
        b.oversized === 'placeholder' ? 'conflicts.describe.blockPlaceholder' : 'conflicts.describe.blockWindow',
        {
          key: t(lang, `conflicts.blocking.${b.key}`),
          maxBlock: b.maxBlock,
          window: b.window ?? 0,
        },
      ),
    );
  }
  return out;
}
