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

/** Lines split at \r\n, \n or \r; a blank line is kept as an empty entry. */
export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  const re = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  for (let m = re.exec(text); m && m[0] !== ""; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, "");
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}
