/**
 * The lines of a text, trimmed, with UTF-16 offsets of their trimmed
 * content. Ingest (page furniture) and segment (paragraphs) both work line
 * by line and must agree on where a line starts and ends.
 */
export interface TextLine {
  /** UTF-16 index of the first non-space character */
  start: number;
  /** UTF-16 index just after the last non-space character */
  end: number;
  /** the line without surrounding white space ("" for a blank line) */
  text: string;
}

/**
 * Is this UTF-16 unit white space as `/\s/` and `String.prototype.trim` see
 * it? Testing the code saves making a one-character string per test.
 */
export function isWhiteSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** How many pieces `text.split(/\s+/)` gives (the words of a trimmed line), without making them. */
export function spaceSeparatedCount(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpaceUnit(text.charCodeAt(i)) && (i === 0 || !isWhiteSpaceUnit(text.charCodeAt(i - 1)))) pieces++;
  }
  return pieces;
}

/** Lines split at \r\n, \n or \r; a blank line is kept as an empty entry. */
export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  // line ends found by indexOf, which is far faster than testing every character
  let nextLF = text.indexOf("\n");
  let nextCR = text.indexOf("\r");
  for (let from = 0; from < text.length; ) {
    if (nextLF !== -1 && nextLF < from) nextLF = text.indexOf("\n", from);
    if (nextCR !== -1 && nextCR < from) nextCR = text.indexOf("\r", from);
    const to = Math.min(nextLF === -1 ? text.length : nextLF, nextCR === -1 ? text.length : nextCR);
    let start = from;
    let end = to;
    while (start < end && isWhiteSpaceUnit(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpaceUnit(text.charCodeAt(end - 1))) end--;
    out.push({ start, end, text: text.slice(start, end) });
    from = to === nextCR && text.charCodeAt(to + 1) === 0x0a ? to + 2 : to + 1;
  }
  return out;
}
