/**
 * Plain arrays of doubles for the per-row columns of a check. Their doubles are unboxed (8 bytes
 * each, as in a Float64Array) but inside the JS heap. Typed arrays live outside it, and V8
 * starts a full collection of the whole heap (over a gigabyte at a million rows, the table
 * included) for every 64 MB of new ones: a 1M check used to start three of them.
 */
export function doubleColumn(n: number, value: number): number[] {
  // a fractional value first, so the array switches to unboxed doubles once, before any use
  const out = new Array<number>(n).fill(0.5);
  out.fill(value);
  return out;
}
