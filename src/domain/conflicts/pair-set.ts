/**
 * The set of row pairs already compared. Blocking passes overlap: two rows with the same phone
 * meet again in every one of the 23 phone-typo passes, and a company pair that shares a contact
 * meets again in the contact pass. Scoring a pair twice cannot change anything (the score is a
 * function of the two rows, and a refused union stays refused), so a pair is scored once.
 *
 * An open-addressing hash set of pair keys (a × 2^21 + b, exact in a double) in an array of
 * doubles: a million pairs cost 16-32 MB and no object per pair. A plain array rather than a
 * Float64Array: its unboxed doubles take the same 8 bytes, but inside the JS heap, whereas every
 * 64 MB of new typed arrays starts a full collection of the whole heap (see reserveRadixScratch).
 */
import { mix32 } from './key-groups';

const EMPTY = -1;

export class PairSet {
  private slots: number[];
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = newSlots(cap);
    this.mask = cap - 1;
  }

  /** Adds key (a non-negative integer below 2^53); false when it was there already. */
  add(key: number): boolean {
    let i = mix32(key) & this.mask;
    const slots = this.slots;
    for (;;) {
      const s = slots[i];
      if (s === key) return false;
      if (s === EMPTY) break;
      i = (i + 1) & this.mask;
    }
    slots[i] = key;
    if (++this.size * 2 > slots.length) this.grow();
    return true;
  }

  has(key: number): boolean {
    let i = mix32(key) & this.mask;
    const slots = this.slots;
    for (;;) {
      const s = slots[i];
      if (s === key) return true;
      if (s === EMPTY) return false;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = newSlots(old.length * 2);
    this.mask = this.slots.length - 1;
    for (let k = 0; k < old.length; k++) {
      const key = old[k];
      if (key === EMPTY) continue;
      let i = mix32(key) & this.mask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[i] = key;
    }
  }
}

/** cap empty slots, as an array of unboxed doubles (EMPTY is an integer: filled as a double). */
function newSlots(cap: number): number[] {
  const slots = new Array<number>(cap).fill(0.5);
  slots.fill(EMPTY);
  return slots;
}
