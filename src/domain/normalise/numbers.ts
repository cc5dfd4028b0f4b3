/**
 * How large a number from a cell may be to be calculated with. Excel keeps 15 significant digits,
 * so no real quantity, price or amount is beyond 10^15; a cell holding 1e308 (a typo, a phone typed
 * into the wrong column, an export's overflow) would turn sums into Infinity and scores into NaN.
 * Such a number is left out of every calculation, and the rules say which cell it is.
 */
export const LARGEST_CALCULABLE = 1e15;

/** A finite number no larger than LARGEST_CALCULABLE either way. */
export function isCalculable(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x) <= LARGEST_CALCULABLE;
}
