/**
 * The name, quote and attribution rules match with RegExp, which gives UTF-16
 * indices; contracts want code points. Most news text has no astral
 * characters, so the conversion is the identity there and only texts with
 * surrogate pairs pay for a full index.
 */
import { CodePointIndex } from "../codePoints.ts";

const SURROGATE = /[\uD800-\uDFFF]/;

export class UnitOffsets {
  private readonly index: CodePointIndex | null;

  constructor(readonly text: string) {
    this.index = SURROGATE.test(text) ? new CodePointIndex(text) : null;
  }

  /** UTF-16 index in the source text → code-point offset */
  toCodePoint(unit: number): number {
    return this.index ? this.index.toCodePoint(unit) : unit;
  }

  /** code-point offset → UTF-16 index in the source text */
  toUnit(cp: number): number {
    return this.index ? this.index.toUnit(cp) : cp;
  }

  /** whether the text has surrogates, so that code points and UTF-16 units differ */
  get astral(): boolean {
    return this.index !== null;
  }

  /** the text between two code-point offsets */
  slice(start: number, end: number): string {
    return this.index ? this.index.slice(start, end) : this.text.slice(start, end);
  }
}
