/**
 * Offsets in every contract count Unicode code points, while JavaScript
 * strings index UTF-16 units. These helpers convert between the two without
 * copying the whole text for each lookup.
 */

/** Number of code points in `s` (astral characters count once). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a high surrogate followed by a low one is one code point
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Maps UTF-16 indices of one string to code-point offsets and back.
 * Built once per text; lookups are O(1) / O(log n). Most news text has no
 * astral characters, and there the two offsets are the same: no table is
 * built and both lookups are a clamp.
 */
export class CodePointIndex {
  /** utf16 index of each code point, plus the string length at the end; null when every code point is one unit */
  private readonly unitOf: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!SURROGATE_PAIR.test(text)) {
      this.unitOf = null;
      this.length = text.length;
      return;
    }
    const unitOf = new Uint32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      unitOf[n++] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    unitOf[n] = text.length;
    this.unitOf = unitOf.subarray(0, n + 1);
    this.length = n;
  }

  /** code-point offset → UTF-16 index */
  toUnit(cp: number): number {
    const clamped = Math.max(0, Math.min(cp, this.length));
    return this.unitOf ? this.unitOf[clamped] : clamped;
  }

  /** UTF-16 index → code-point offset (an index inside a pair maps to its code point) */
  toCodePoint(unit: number): number {
    const unitOf = this.unitOf;
    if (!unitOf) return unit > 0 ? Math.min(Math.floor(unit), this.length) : 0;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (unitOf[mid] <= unit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** the text between two code-point offsets */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}
