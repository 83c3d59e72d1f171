/**
 * A set of lower-case words that can say "certainly not" about a span of text
 * from its length and first and last letters, then from a hash of all its
 * letters, before the span is sliced into a string, lower-cased and hashed. Token scans ask about every word of every
 * sentence; almost all of them are answered here without allocating.
 *
 * Not handled yet: nothing is ruled out for spans with characters outside
 * ASCII (they go to the exact lookup).
 */
export class LowerWordSet {
  private readonly words: ReadonlySet<string>;
  /** length (mod 32) × first character × last character (each folded to 5 bits) */
  private readonly shapes = new Uint8Array(32 * 32 * 32);
  /**
   * a hash of all the characters, asked when the shape fits: in large sets (hundreds of verb forms) many
   * common words share a shape with one of them ("and" with "add")
   */
  private readonly hashes = new Uint8Array(HASH_SLOTS);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      this.shapes[shapeKey(w, 0, w.length)] = 1;
      this.hashes[foldedHash(w, 0, w.length)] = 1;
    }
  }

  has(lower: string): boolean {
    return this.words.has(lower);
  }

  /** false when text[s, e) in lower case is certainly none of the words */
  mayHold(text: string, s: number, e: number): boolean {
    if (e <= s) return this.words.has("");
    for (let k = s; k < e; k++) if (text.charCodeAt(k) >= 128) return true;
    return this.shapes[shapeKey(text, s, e)] === 1 && this.hashes[foldedHash(text, s, e)] === 1;
  }

  /** `mayHold` for a token whose tokenizer already knows whether text[s, e) is all ASCII (no second pass over it) */
  mayHoldToken(text: string, s: number, e: number, ascii: boolean): boolean {
    if (!ascii) return true;
    if (e <= s) return this.words.has("");
    return this.shapes[shapeKey(text, s, e)] === 1 && this.hashes[foldedHash(text, s, e)] === 1;
  }
}

const HASH_SLOTS = 1 << 14;

// the same folding as shapeKey, over every character
function foldedHash(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 0x20)) | 0;
  return (h ^ (h >>> 14)) & (HASH_SLOTS - 1);
}

// ASCII only: A–Z fold onto a–z (| 0x20), and every other character folds the same way as its lower case (itself)
function shapeKey(text: string, s: number, e: number): number {
  return ((((e - s) & 31) * 32 + ((text.charCodeAt(s) | 0x20) & 31)) * 32) + ((text.charCodeAt(e - 1) | 0x20) & 31);
}
