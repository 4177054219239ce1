/**
 * A sum of floating-point numbers rounded once, from the exact total (Shewchuk 1997, "Adaptive
 * precision floating-point arithmetic"; the algorithm of Python's math.fsum). Its result does not
 * depend on the order the numbers are added in: the per-customer totals of a model then print the
 * same digits whether the customers came from a CSV file or from an engine in another order.
 */
export class ExactSum {
  /** Non-overlapping partial sums, smallest magnitude first, whose exact sum is the total so far. */
  private readonly partials: number[] = [];
  /** The plain sum, used when a value is not finite (the exact sum is then that infinity or NaN). */
  private special = 0;

  add(value: number): void {
    if (!Number.isFinite(value)) {
      this.special += value;
      return;
    }
    let x = value;
    let kept = 0;
    for (let j = 0; j < this.partials.length; j++) {
      let y = this.partials[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) this.partials[kept++] = lo;
      x = hi;
    }
    this.partials.length = kept;
    this.partials.push(x);
  }

  /** The exact total, correctly rounded to the nearest double (ties to even). */
  value(): number {
    if (this.special !== 0 || Number.isNaN(this.special)) return this.special;
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-way cases: the rounding of hi + lo went to even, but the partials below say the exact
    // total is past the half-way point.
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

/** The correctly rounded sum of the values, whatever their order. */
export function exactSum(values: Iterable<number>): number {
  const sum = new ExactSum();
  for (const value of values) sum.add(value);
  return sum.value();
}
