/**
 * Sentence boundaries within one paragraph. Intl.Segmenter does the work,
 * but its cost grows quadratically with the string, so long paragraphs are
 * cut at likely sentence ends first; and it splits after abbreviations
 * ("Mr.", "Gov.", "U.S.", "p.m."), so such splits are joined again.
 *
 * Cost: the segmenter is asked only about paragraphs where
 * `plainSentenceBreaks` cannot tell where it would split (a few in a
 * thousand in news prose): calling it cost more than the rest of this stage.
 *
 * Not handled: abbreviations missing from the lists below; a sentence that
 * really ends with "U.S." followed by a capitalised sentence stays joined.
 */
import { isWhiteSpaceUnit } from "../textLines.ts";
import { plainSentenceBreaks } from "./plainSentenceBreaks.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations that are always followed by more of the same sentence. */
const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "st",
  "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "fr", "sr", "jr", "no", "nos", "vs", "v", "mt", "ft",
  // courtesy titles of Spanish, Portuguese and French names ("Sra. Ana Ruiz", "Mme. Dubois")
  "sra", "srta", "dra", "mme", "mlle", "messrs",
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
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/g;

/** A word of letters, or initials with dots ("U.S", "p.m"), then the dot a sentence seems to end with. */
const ABBREVIATION_AND_DOT = /^(?:(?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.$/;
/** What may stand before an abbreviation: the start, a space, an opening bracket or quote. */
const BEFORE_ABBREVIATION = /[\s(“"']/;

const isLetterOrDotUnit = (c: number) => c === 0x2e || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The abbreviation-like word a sentence [start, end) ends with, without its final dot ("Mr", "U.S",
 * also "said"), or "" when it ends otherwise. Only the last 64 units are read: a run of joined
 * abbreviations ("Mr. Dr. U.S. …") grows one sentence, and reading all of it at each join was quadratic.
 */
function finalWord(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && isWhiteSpaceUnit(text.charCodeAt(e - 1))) e--;
  if (e === start || text.charCodeAt(e - 1) !== 0x2e) return "";
  const windowStart = Math.max(start, e - 64);
  let s = e - 1;
  while (s > windowStart && isLetterOrDotUnit(text.charCodeAt(s - 1))) s--;
  if (s > windowStart && !BEFORE_ABBREVIATION.test(text[s - 1])) return "";
  const word = text.slice(s, e);
  return ABBREVIATION_AND_DOT.test(word) ? word.slice(0, -1) : "";
}

/** Does the sentence [start, end) of `text` end with an abbreviation that the next, [nextFrom, nextTo), continues? */
function endsWithAbbreviation(text: string, start: number, end: number, nextFrom: number, nextTo: number): boolean {
  const abbreviation = finalWord(text, start, end);
  if (!abbreviation) return false;
  const word = abbreviation.toLowerCase().replace(/\.$/, "");
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  const nextStart = text.slice(nextFrom, nextTo).trimStart();
  // a single capital initial ("John F. Kennedy")
  if (/^[A-Z]$/.test(abbreviation)) return /^[A-Z]/.test(nextStart);
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

/** [start, end) UTF-16 ranges of the sentences in `text`, trimmed of surrounding space. */
export function sentenceRanges(text: string): [number, number][] {
  const sentences: [number, number][] = [];
  let base = 0;
  // line breaks inside a paragraph are wrapping, not sentence ends (same length, so offsets hold)
  const flat = text.replace(LINE_BREAK, " ");
  for (const chunk of chunks(flat)) {
    const breaks = plainSentenceBreaks(chunk);
    if (breaks) {
      let from = 0;
      for (const at of breaks) {
        addSplit(sentences, text, base + from, base + at);
        from = at;
      }
      if (chunk.length > from) addSplit(sentences, text, base + from, base + chunk.length);
    } else for (const s of segmenter.segment(chunk)) addSplit(sentences, text, base + s.index, base + s.index + s.segment.length);
    base += chunk.length;
  }
  // trimmed in place; a sentence of nothing but space goes
  let kept = 0;
  for (const sentence of sentences) {
    let [s, e] = sentence;
    while (s < e && isWhiteSpaceUnit(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e <= s) continue;
    sentence[0] = s;
    sentence[1] = e;
    sentences[kept++] = sentence;
  }
  if (kept < sentences.length) sentences.length = kept;
  return sentences;
}

/** Adds the split [start, end) to `sentences`, or joins it to the last when that ends with an abbreviation ("Mr.", "U.S."). */
function addSplit(sentences: [number, number][], text: string, start: number, end: number): void {
  const prev = sentences[sentences.length - 1];
  if (prev && endsWithAbbreviation(text, prev[0], prev[1], start, end)) prev[1] = end;
  else sentences.push([start, end]);
}
