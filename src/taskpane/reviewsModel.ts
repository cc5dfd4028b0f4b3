/**
 * Display shapes for the Reviews tab and the pure helpers that lay them out
 * (grouping due reviews by kind, the geometry of the small volume chart).
 * The adapter from the reviews domain lives in defaultServices.ts.
 */

export interface DueReviewView {
  customerId: string;
  name: string;
  /** REVIEW_KINDS key: deal | annual | new | special */
  kind: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  overdue: boolean;
  /** Why it is due, in the chosen language. */
  reason: string;
  /** Worksheet row of the existing review row, when there is one. */
  row?: number;
}

export interface ScorePartView {
  criterion: string;
  label: string;
  /** 0..100 */
  score: number | null;
  weight: number;
  /** score * weight */
  points: number;
}

export interface ScoreView {
  customerId: string;
  name: string;
  total: number;
  tier: string;
  parts: ScorePartView[];
  /** Why this tier: e.g. "78.5 ≥ B (70)" in the chosen language. */
  explanation: string;
}

export interface MonthPoint {
  /** 'YYYY-MM' */
  month: string;
  value: number;
  flagged: boolean;
}

export interface SwingAlertView {
  customerId: string;
  name: string;
  months: MonthPoint[];
  /** What happened, in plain words, in the chosen language. */
  summary: string;
  /** The statistics behind it (median, MAD, z), for the details fold. */
  explanation: string;
}

/** A point for the general manager: an approval without a comment, a tier in use that is not the approved one. */
export interface DecisionFlagView {
  sheet: string;
  row: number;
  field?: string;
  rule: string;
  message: string;
}

export interface ReviewsView {
  due: DueReviewView[];
  /** Due reviews with no row in the Reviews sheet yet. */
  missing: number;
  scores: ScoreView[];
  alerts: SwingAlertView[];
  /** How the robust swing threshold works, in the chosen language. */
  method: string;
  /** The GM-decision flags (runTiers issues). */
  flags: DecisionFlagView[];
}

export interface DueGroup {
  kind: string;
  items: DueReviewView[];
  overdue: number;
}

const KIND_ORDER = ['special', 'deal', 'new', 'annual'];

/** Due reviews by kind (special first: they are the urgent ones), overdue first inside a kind, then by due date. */
export function groupDueByKind(due: readonly DueReviewView[]): DueGroup[] {
  const map = new Map<string, DueReviewView[]>();
  for (const d of due) {
    const list = map.get(d.kind) ?? [];
    list.push(d);
    map.set(d.kind, list);
  }
  const rank = (k: string) => {
    const i = KIND_ORDER.indexOf(k);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return [...map.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))
    .map(([kind, items]) => ({
      kind,
      items: [...items].sort(
        (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0),
      ),
      overdue: items.filter((i) => i.overdue).length,
    }));
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  flagged: boolean;
  month: string;
  value: number;
}

/** Bars of a small volume chart that fits width x height; zero-height months still get a 1px baseline. */
export function volumeBars(points: readonly MonthPoint[], width: number, height: number): Bar[] {
  if (points.length === 0) return [];
  const max = Math.max(1, ...points.map((p) => p.value));
  const slot = width / points.length;
  const gap = slot > 4 ? 1 : 0;
  return points.map((p, i) => {
    const h = Math.max(1, Math.round((Math.max(0, p.value) / max) * (height - 1)));
    return {
      x: i * slot,
      y: height - h,
      width: Math.max(1, slot - gap),
      height: h,
      flagged: p.flagged,
      month: p.month,
      value: p.value,
    };
  });
}
