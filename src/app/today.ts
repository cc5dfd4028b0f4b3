/**
 * The one place that says what "today" is: the local calendar day of the machine the user
 * works on (Excel's, the browser's, the command line's), as a day number (days since
 * 1970-01-01, see domain/normalise/dates). Hosts pin it for reproducible runs (--today,
 * the playground's ?today=, tests) and otherwise ask here.
 */
export function localToday(now: Date = new Date()): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000);
}
