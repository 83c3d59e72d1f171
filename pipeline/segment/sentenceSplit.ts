/**
 * Sentence boundaries within one paragraph. Intl.Segmenter does the work,
 * but its cost grows quadratically with the string, so long paragraphs are
 * cut at likely sentence ends first; and it splits after abbreviations
 * ("Mr.", "Gov.", "U.S.", "p.m."), so such splits are joined again.
 *
 * Not handled: abbreviations missing from the lists below; a sentence that
 * really ends with "U.S." followed by a capitalised sentence stays joined.
 */
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations that are always followed by more of the same sentence. */
const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "st",
  "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "fr", "sr", "jr", "no", "nos", "vs", "v", "mt", "ft",
]);
/** Abbreviations that may end a sentence: joined only when lower case or a digit follows. */
const OTHER_ABBREVIATIONS = new Set([
  "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "etc", "inc", "corp", "ltd", "co", "approx", "i.e", "e.g", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "km", "est", "dept", "univ", "assn", "bros",
]);

/** Words that usually open a sentence, so a capital after "U.S." starting one of them ends it. */
const SENTENCE_OPENERS = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But", "And",
  "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "So", "Yet", "His", "Her", "Its", "Their",
  "Our", "Some", "Many", "Most", "Officials", "Authorities", "Police", "According",
]);

const MAX_CHUNK = 2000;

function endsWithAbbreviation(segment: string, next: string): boolean {
  const m = /(?:^|[\s(“"'])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.\s*$/.exec(segment);
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/\.$/, "");
  const nextStart = next.trimStart();
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  // a single capital initial ("John F. Kennedy")
  if (/^[A-Z]$/.test(m[1])) return /^[A-Z]/.test(nextStart);
  if (OTHER_ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]?$/.test(word)) {
    if (/^[a-z0-9(,;]/.test(nextStart)) return true;
    // "the U.S. Coast Guard": a capitalised word goes on the sentence unless it is a usual sentence opener
    const nextWord = /^[“"']?([A-Z][a-z]*)/.exec(nextStart)?.[1] ?? "";
    return /^(?:[a-z]\.){2,}$/.test(word + ".") && nextWord !== "" && !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}

/** Splits an over-long paragraph at probable sentence ends so the segmenter stays linear. */
function chunks(text: string): string[] {
  if (text.length <= MAX_CHUNK) return [text];
  const out: string[] = [];
  let from = 0;
  while (text.length - from > MAX_CHUNK) {
    const window = text.slice(from + MAX_CHUNK / 2, from + MAX_CHUNK);
    const m = /[.!?]["”’)]?\s+(?=[“"A-Z])(?![\s\S]*[.!?]["”’)]?\s+[“"A-Z])/.exec(window);
    const at = m ? from + MAX_CHUNK / 2 + m.index + m[0].length : (() => {
      const space = text.lastIndexOf(" ", from + MAX_CHUNK);
      return space > from ? space + 1 : from + MAX_CHUNK;
    })();
    // never between the two halves of a surrogate pair (an emoji), or a sentence would start inside a code point
    const splitsPair = /[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at] ?? "");
    const cut = splitsPair ? at + 1 : at;
    out.push(text.slice(from, cut));
    from = cut;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * The end of a sentence, long enough to hold its last word: a run of joined
 * abbreviations ("Mr. Dr. U.S. …") grows one sentence, and testing all of it
 * at each join was quadratic.
 */
function lastWords(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return text.slice(Math.max(start, e - 64), e);
}

/** [start, end) UTF-16 ranges of the sentences in `text`, trimmed of surrounding space. */
export function sentenceRanges(text: string): [number, number][] {
  const raw: [number, number][] = [];
  let base = 0;
  // line breaks inside a paragraph are wrapping, not sentence ends (same length, so offsets hold)
  const flat = text.replace(/[\r\n\u2028\u2029\u0085]/g, " ");
  for (const chunk of chunks(flat)) {
    for (const s of segmenter.segment(chunk)) raw.push([base + s.index, base + s.index + s.segment.length]);
    base += chunk.length;
  }
  const joined: [number, number][] = [];
  for (const r of raw) {
    const prev = joined[joined.length - 1];
    if (prev && endsWithAbbreviation(lastWords(text, prev[0], prev[1]), text.slice(r[0], r[1]))) prev[1] = r[1];
    else joined.push([r[0], r[1]]);
  }
  return joined
    .map(([s, e]): [number, number] => {
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      return [s, e];
    })
    .filter(([s, e]) => e > s);
}
