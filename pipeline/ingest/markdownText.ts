/**
 * Reduces a Markdown article to its text, the way htmlText.ts reduces a page:
 * heading marks, emphasis, link targets, images, block-quote and list markers
 * and rules go, so that "**Hollmann Chemie**" reads as a name and "according
 * to the [fire service](https://…)" as an attribution. Offsets of later stages
 * refer to this reduced text. Line structure is kept (one line in, one line
 * out), so paragraphs and headings stay where they were.
 *
 * Not handled: tables (kept as text with their pipes), HTML blocks inside the
 * Markdown, nested emphasis across lines, footnotes.
 */

/** One line of Markdown → its text. */
function markdownLine(line: string): string {
  // rules and setext underlines carry no text
  if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(line) || /^\s{0,3}=+\s*$/.test(line)) return "";
  // reference definitions: "[1]: https://…"
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return "";
  let s = line
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/^\s{0,3}(?:>\s?)+/, "")
    .replace(/^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/, "$1");
  // Each pattern stops at the next bracket or delimiter it could start again from, so a line of
  // unclosed "[", "](" or "**" is read in linear time (`[^\]]+` and `.+?` rescanned it per opener).
  // every pattern is bounded (no "[" inside link text, lengths capped) so that hostile lines of unclosed
  // brackets or emphasis cost linear time
  s = s
    .replace(/!\[[^[\]]{0,300}\]\([^()\s]{0,2000}\)/g, "")
    .replace(/\[([^[\]]{1,300})\]\([^()\s]{0,2000}(?:\s+"[^"]{0,300}")?\)/g, "$1")
    .replace(/\[([^[\]]{1,300})\]\[[^[\]]{0,100}\]/g, "$1")
    .replace(/`([^`]{1,300})`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^*\n]{1,300}?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]{1,300}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]{1,300}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/<!--(?:(?!-->|<!--).){0,2000}-->/g, "");
  return s.trimEnd();
}

export function markdownText(md: string): string {
  return md
    .split(/\r\n|\n|\r/)
    .map(markdownLine)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
