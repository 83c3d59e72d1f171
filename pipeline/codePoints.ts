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

/**
 * Maps UTF-16 indices of one string to code-point offsets and back.
 * Built once per text; lookups are O(1) / O(log n).
 */
export class CodePointIndex {
  /** utf16 index of each code point, plus the string length at the end */
  private readonly unitOf: Uint32Array;
  readonly length: number;

  constructor(readonly text: string) {
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) {
      units.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    units.push(text.length);
    this.unitOf = Uint32Array.from(units);
    this.length = units.length - 1;
  }

  /** code-point offset → UTF-16 index */
  toUnit(cp: number): number {
    return this.unitOf[Math.max(0, Math.min(cp, this.length))];
  }

  /** UTF-16 index → code-point offset (an index inside a pair maps to its code point) */
  toCodePoint(unit: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.unitOf[mid] <= unit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** the text between two code-point offsets */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}
