/**
 * Where Intl.Segmenter would start a new sentence, worked out without it
 * for the plain cases, which are nearly all of news prose. Calling the
 * segmenter cost more than the rest of the segment stage; this is one scan.
 *
 * The segmenter follows the sentence rules of Unicode UAX #29 (SB1–SB11).
 * Once line breaks are spaces, only a terminator can end a sentence there
 * (. ! ? and the Sentence_Terminal characters of other scripts), and what
 * happens after one depends on the characters around it. For the contexts
 * below the rules give one certain answer; any other context, any non-ASCII
 * terminator, and the caller asks the segmenter. tests/segment check both
 * agree on generated text, so a change in the segmenter's rules shows.
 */

/** What may end a sentence under UAX #29: the Sentence_Terminal characters and the full stops (ATerm). */
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
// searched with test() from a lastIndex set before each search (no match arrays to make)
const NON_ASCII = /[^\x00-\x7f]/g;
const ASCII_TERMINATOR = /[.!?]/g;
const isAsciiTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;

/**
 * Does `text` hold a terminator outside ASCII? Scanning for TERMINATOR is slow (about ten times a
 * plain class), so each non-ASCII character is tested alone.
 */
function holdsNonAsciiTerminator(text: string): boolean {
  for (NON_ASCII.lastIndex = 0; NON_ASCII.test(text); ) {
    // the second half of a surrogate pair is tested alone too, and is no terminator
    if (TERMINATOR.test(String.fromCodePoint(text.codePointAt(NON_ASCII.lastIndex - 1)!))) return true;
  }
  return false;
}

/** Closing quotes and brackets (Close), which may follow a terminator within its sentence. */
const isClosing = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
/** Opening quotes and brackets (also Close under UAX #29). */
const isOpening = (c: number) => c === 0x201c || c === 0x22 || c === 0x27 || c === 0x2018 || c === 0x28;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const SPACE = 0x20;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;

/**
 * UTF-16 indices in `chunk` where the segmenter would start a sentence (after the first), or null
 * when a terminator stands where this does not know the answer. `chunk` holds no line breaks.
 */
export function plainSentenceBreaks(chunk: string): number[] | null {
  if (holdsNonAsciiTerminator(chunk)) return null;
  const breaks: number[] = [];
  const n = chunk.length;
  // each run of terminators is looked at as one: no sentence ends between two terminators (SB8a)
  for (ASCII_TERMINATOR.lastIndex = 0; ASCII_TERMINATOR.test(chunk); ) {
    const start = ASCII_TERMINATOR.lastIndex - 1;
    let end = start + 1;
    while (end < n && isAsciiTerminator(chunk.charCodeAt(end))) end++;
    ASCII_TERMINATOR.lastIndex = end;
    const fullStop = chunk.charCodeAt(end - 1) === FULL_STOP; // ATerm; ! and ? are STerm
    let closed = end;
    while (closed < n && isClosing(chunk.charCodeAt(closed))) closed++;
    let next = closed;
    while (next < n && chunk.charCodeAt(next) === SPACE) next++;
    if (next === n) continue; // terminators, closers and spaces up to the end: one sentence to the end (SB9–SB11)
    const c = chunk.charCodeAt(next);
    if (next > closed) {
      // "said. The", "said.” The", "said. “The": a capital is no lower-case letter, so a sentence starts (SB8, SB11)
      if (isUpper(c) || (isOpening(c) && isUpper(chunk.charCodeAt(next + 1)))) breaks.push(next);
      // "etc. and": a full stop followed by lower case ends no sentence (SB8)
      else if (!(fullStop && isLower(c))) return null;
    } else if (closed > end) {
      if (!(fullStop && isLower(c))) return null; // "etc.) and" (SB8)
    } else {
      const letterBefore = isUpper(chunk.charCodeAt(start - 1)) || isLower(chunk.charCodeAt(start - 1));
      const joined =
        (fullStop && (isDigit(c) || isLower(c))) || // "3.5" (SB6), "e.g" (SB8)
        (fullStop && end - start === 1 && letterBefore && isUpper(c)) || // "U.S" (SB7)
        c === COMMA; // "U.S., officials" (SB8a)
      if (!joined) return null;
    }
  }
  return breaks;
}
