/**
 * Guesses an article's language from its most common function words, so an
 * article in another language is reported instead of being compared as
 * English. Covers the languages of most Western news; others fall back to
 * "und" (undetermined) when no list scores.
 *
 * Not handled: mixed-language articles, languages without spaces between words.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "on", "said", "by", "from", "have", "has", "were", "are", "it", "at"],
  es: ["el", "la", "los", "las", "de", "del", "que", "y", "en", "por", "con", "una", "para", "se", "fue", "según", "como", "más", "su", "al"],
  fr: ["le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "que", "qui", "sur", "par", "au", "avec", "pas", "ont", "été", "aux"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "sich", "dem", "wurde", "auch", "es", "im", "sind"],
  pt: ["o", "os", "as", "de", "do", "da", "que", "e", "em", "um", "uma", "para", "com", "não", "foi", "por", "mais", "dos", "das", "ao"],
  it: ["il", "lo", "gli", "di", "che", "e", "è", "per", "una", "con", "non", "del", "della", "sono", "nel", "alla", "anche", "stato", "dei", "le"],
  nl: ["de", "het", "een", "en", "van", "is", "niet", "op", "dat", "met", "voor", "zijn", "werd", "ook", "aan", "bij", "naar", "er", "om", "te"],
};
const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** word → the languages (indices into LANGUAGES) it is a function word of */
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGES.forEach((lang, i) => {
  for (const w of FUNCTION_WORDS[lang]) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), i]);
});
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length));
const startKey = (firstUnit: number, length: number) => firstUnit * (LONGEST_FUNCTION_WORD + 1) + length;
/**
 * The function words by first letter and length (indexed by startKey): a word of the sample is compared
 * in place, lower-cased unit by unit, with the few that could be it, instead of being cut out and
 * lower-cased as a string to look up (that was most of the guess's time).
 */
const FUNCTION_WORDS_BY_START: { word: string; languages: number[] }[][] = [];
for (const [word, languages] of LANGUAGES_OF) (FUNCTION_WORDS_BY_START[startKey(word.charCodeAt(0), word.length)] ??= []).push({ word, languages });
/** enough words to tell a language apart; more only costs time */
const SAMPLE_CHARS = 6000;

export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  // The words are read as written and only those that could be function words compared lower-cased:
  // lower-casing keeps every character one letter (or non-letter) of the same script and length
  // (tests/ingest check every code point), so it would not change what is counted. "İ" is the
  // exception: it becomes "i" and a combining dot, which ends the word, so such a sample is
  // lower-cased whole first.
  const { letters, latin, words, hits } = sampleCounts(sample.includes("\u0130") ? sample.toLowerCase() : sample);
  // Chinese, Japanese, Russian, Arabic…: mostly letters of another script (Chinese has no spaces, so
  // counting words would find too few to tell and compare it as English)
  if (letters >= 40 && latin < letters / 2) return "und";
  if (words < 20) return "en"; // too little text to tell; compare it as English
  let best = -1;
  hits.forEach((h, i) => {
    if (h > 0 && (best < 0 || h > hits[best])) best = i;
  });
  return best >= 0 && hits[best] / words >= 0.08 ? LANGUAGES[best] : "und";
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

interface SampleCounts {
  /** letters among the UTF-16 units (an astral letter's two halves count as none) */
  letters: number;
  /** Latin letters among those */
  latin: number;
  /** words: runs of letters, as /\p{L}+/gu finds them in the lower-cased sample */
  words: number;
  /** function words of each language (indices into LANGUAGES) */
  hits: number[];
}

/** Everything the guess needs, in one pass over the sample: a pass per count, and finding words by regex, were most of ingest's time. */
function sampleCounts(sample: string): SampleCounts {
  let letters = 0;
  let latin = 0;
  let words = 0;
  const hits = LANGUAGES.map(() => 0);
  let wordStart = -1;
  for (let i = 0; i <= sample.length; ) {
    let c = i < sample.length ? sample.charCodeAt(i) : 0x20; // a space after the end ends the last word
    if (isAsciiLetter(c)) {
      // a run of A–Z and a–z, the bulk of any Latin text, in a tight loop of its own
      const from = i;
      do c = sample.charCodeAt(++i);
      while (isAsciiLetter(c));
      letters += i - from;
      latin += i - from;
      if (wordStart < 0) wordStart = from;
      if (i === sample.length) c = 0x20;
    }
    let letter = false;
    let units = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length && (sample.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      units = 2;
      letter = LETTER.test(sample.slice(i, i + 2)); // goes on a word, but each half alone is no letter
    } else if (c >= 0x80) {
      letter = LETTER.test(sample[i]);
      if (letter) {
        letters++;
        if (LATIN.test(sample[i])) latin++;
      }
    }
    if (letter) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      words++;
      const languages = functionWordLanguages(sample, wordStart, i);
      for (let k = 0; k < languages.length; k++) hits[languages[k]]++;
      wordStart = -1;
    }
    i += units;
  }
  return { letters, latin, words, hits };
}

/** A–Z or a–z: or-ing in 0x20 makes a capital lower case and moves nothing else into a–z. */
const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** The lower-case form of one UTF-16 unit of a word (which stays one unit, "İ" aside). */
function lowerCaseUnit(c: number): number {
  if (c < 0x80) return isAsciiLetter(c) ? c | 0x20 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Is text[from, from + word.length), lower-cased, `word`? */
function isLowerCased(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (lowerCaseUnit(text.charCodeAt(from + k)) !== word.charCodeAt(k)) return false;
  return true;
}

const NONE: readonly number[] = [];

/**
 * The languages text[from, to) is a function word of, if any. Indexed loops, not `find` or `for…of`:
 * this runs for every word, and the closures and iterators they made were most of ingest's garbage.
 */
function functionWordLanguages(text: string, from: number, to: number): readonly number[] {
  // a longer word cannot be a function word
  if (to - from > LONGEST_FUNCTION_WORD) return NONE;
  const key = startKey(lowerCaseUnit(text.charCodeAt(from)), to - from);
  const candidates = key < FUNCTION_WORDS_BY_START.length ? FUNCTION_WORDS_BY_START[key] : undefined;
  if (candidates) for (let k = 0; k < candidates.length; k++) if (isLowerCased(text, from, candidates[k].word)) return candidates[k].languages;
  return NONE;
}
