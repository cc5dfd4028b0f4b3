/**
 * Union-find over row indexes (typed arrays, path halving, union by size) with
 * cannot-link constraints:
 *  - a "label" per component (the valid ID number it carries): two components whose
 *    labels differ are never joined, whatever path of matches links them;
 *  - explicit pairs (the supervisor's "not the same customer").
 */
export class UnionFind {
  readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** -1 = no label; otherwise an id (e.g. index of a valid ID number). Valid for roots only. */
  private readonly label: Int32Array;
  /** Rows with explicit cannot-link partners, per root (only allocated for the few constrained roots). */
  private readonly constrained = new Map<number, number[]>();
  private readonly partners = new Map<number, number[]>();

  constructor(n: number, labels?: Int32Array) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.label = labels ? Int32Array.from(labels) : new Int32Array(n).fill(-1);
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  /** Never join a and b (and anything joined to them). */
  cannotLink(a: number, b: number): void {
    if (a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const list = this.partners.get(x);
      if (list) list.push(y);
      else this.partners.set(x, [y]);
      const r = this.find(x);
      const members = this.constrained.get(r);
      if (!members) this.constrained.set(r, [x]);
      else if (!members.includes(x)) members.push(x);
    }
  }

  /** Would joining the components of a and b break a constraint? */
  blocked(a: number, b: number): 'label' | 'pair' | null {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return null;
    const la = this.label[ra];
    const lb = this.label[rb];
    if (la >= 0 && lb >= 0 && la !== lb) return 'label';
    const ca = this.constrained.get(ra);
    const cb = this.constrained.get(rb);
    if (ca && cb) {
      const [small, otherRoot] = ca.length <= cb.length ? [ca, rb] : [cb, ra];
      for (const x of small) for (const y of this.partners.get(x) ?? []) if (this.find(y) === otherRoot) return 'pair';
    }
    return null;
  }

  /** Joins a and b unless a constraint forbids it. Returns true when they are (now) together. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    if (this.blocked(a, b)) return false;
    if (this.size[ra] < this.size[rb]) {
      const t = ra;
      ra = rb;
      rb = t;
    }
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    if (this.label[ra] < 0) this.label[ra] = this.label[rb];
    const cb = this.constrained.get(rb);
    if (cb) {
      const ca = this.constrained.get(ra);
      if (ca) for (const x of cb) ca.push(x);
      else this.constrained.set(ra, cb);
      this.constrained.delete(rb);
    }
    return true;
  }

  componentSize(x: number): number {
    return this.size[this.find(x)];
  }
}
