/**
 * A set of lower-case words that can say "certainly not" about a span of text
 * from its length and first and last letters, then from a hash of all its
 * letters, before the span is sliced into a string, lower-cased and hashed. Token scans ask about every word of every
 * sentence; almost all of them are answered here without allocating.
 *
 * A span with characters outside ASCII is ruled out when every word of the set
 * is ASCII: no such character lower-cases to ASCII but the Kelvin sign (K → k),
 * so only spans with that sign go to the exact lookup.
 */
export class LowerWordSet {
  private readonly words: ReadonlySet<string>;
  /**
   * length (mod 32) × first character × last character (each folded to 5 bits), one bit each: the two tables of
   * all the sets stay in the processor's cache (as byte tables, 1.1 MB for the ~25 sets, they did not, and a
   * look cost a trip to memory at every token)
   */
  private readonly shapes = new Int32Array((32 * 32 * 32) >> 5);
  /**
   * a hash of all the characters (`wordHash`), one bit per slot: in large sets (hundreds of verb forms) many
   * common words share a shape with one of them ("and" with "add")
   */
  private readonly hashes = new Int32Array(HASH_SLOTS >> 5);
  /** every word is ASCII */
  private readonly ascii: boolean;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    let ascii = true;
    for (const w of this.words) {
      setBit(this.shapes, shapeKey(w, 0, w.length));
      setBit(this.hashes, foldedHash(w, 0, w.length));
      for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) >= 128) ascii = false;
    }
    this.ascii = ascii;
  }

  has(lower: string): boolean {
    return this.words.has(lower);
  }

  /** false when text[s, e) in lower case is certainly none of the words */
  mayHold(text: string, s: number, e: number): boolean {
    if (e <= s) return this.words.has("");
    for (let k = s; k < e; k++) if (text.charCodeAt(k) >= 128) return this.mayHoldOutsideAscii(text, s, e);
    return hasBit(this.shapes, shapeKey(text, s, e)) && hasBit(this.hashes, foldedHash(text, s, e));
  }

  /**
   * `mayHold` for a token whose tokenizer already knows whether text[s, e) is all ASCII and its `wordHash`:
   * one table look rules out most words, without a pass over their characters
   */
  mayHoldToken(text: string, s: number, e: number, ascii: boolean, hash: number): boolean {
    if (!ascii) return this.mayHoldOutsideAscii(text, s, e);
    if (e <= s) return this.words.has("");
    return hasBit(this.hashes, hashSlot(hash)) && hasBit(this.shapes, shapeKey(text, s, e));
  }

  /** text[s, e) has (or may have) characters outside ASCII: only the Kelvin sign among them lower-cases to ASCII */
  private mayHoldOutsideAscii(text: string, s: number, e: number): boolean {
    if (!this.ascii) return true;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c >= 128 && c !== KELVIN_SIGN) return false;
    }
    return true;
  }
}

/**
 * `s.toLowerCase()` for a word, without the slow path where it is not needed: sentences with curly quotes are
 * two-byte strings, whose lower-casing takes the slow Unicode path even for an ASCII word (several times the
 * cost). A word without capitals is returned as it is, and an ASCII word capitalised only at its start
 * ("Police", the common case) is put together from its first letter and the rest.
 */
export function lowerCaseWord(s: string): string {
  let capitals = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return s.toLowerCase();
    if (c >= 65 && c <= 90) capitals++;
  }
  if (capitals === 0) return s;
  const first = s.charCodeAt(0);
  return capitals === 1 && first >= 65 && first <= 90 ? String.fromCharCode(first | 0x20) + s.slice(1) : s.toLowerCase();
}

/**
 * The words for which `record[word]` is not undefined: the record's own keys and "constructor", which a plain
 * object inherits (no other inherited name is a lower-case word). A set of them rules words out before the
 * lookup exactly as the lookup itself would.
 */
export function lookupWords(record: Readonly<Record<string, unknown>>): string[] {
  return [...Object.keys(record), "constructor"];
}

/**
 * A word record without a prototype: `word in record` and `record[word]` see only its own words, so a word of
 * the text such as "constructor" or "toString" finds nothing (on a plain object it found Object's methods, and
 * "a constructor of" read as a NaN amount).
 */
export function wordRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

const HASH_SLOTS = 1 << 14;

function setBit(bits: Int32Array, k: number): void {
  bits[k >> 5] |= 1 << (k & 31);
}

function hasBit(bits: Int32Array, k: number): boolean {
  return (bits[k >> 5] & (1 << (k & 31))) !== 0;
}

const KELVIN_SIGN = 0x212a;

/**
 * The hash of a word, one character at a time from 0, with the same folding as shapeKey: the tokenizers
 * step it while they scan a word, so that `mayHoldToken` needs no second pass over the characters.
 */
export function wordHashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 0x20)) | 0;
}

/** `wordHashStep` over text[s, e) */
export function wordHash(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = wordHashStep(h, text.charCodeAt(k));
  return h;
}

function hashSlot(h: number): number {
  return (h ^ (h >>> 14)) & (HASH_SLOTS - 1);
}

function foldedHash(text: string, s: number, e: number): number {
  return hashSlot(wordHash(text, s, e));
}

// ASCII only: A–Z fold onto a–z (| 0x20), and every other character folds the same way as its lower case (itself)
function shapeKey(text: string, s: number, e: number): number {
  return ((((e - s) & 31) * 32 + ((text.charCodeAt(s) | 0x20) & 31)) * 32) + ((text.charCodeAt(e - 1) | 0x20) & 31);
}
