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
/** enough words to tell a language apart; more only costs time */
const SAMPLE_CHARS = 6000;

export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  // Chinese, Japanese, Russian, Arabic…: mostly letters of another script (Chinese has no spaces, so
  // counting words would find too few to tell and compare it as English)
  const { letters, latin } = scriptCounts(sample);
  if (letters >= 40 && latin < letters / 2) return "und";
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return "en"; // too little text to tell; compare it as English
  const hits = LANGUAGES.map(() => 0);
  for (const w of words) for (const i of LANGUAGES_OF.get(w) ?? []) hits[i]++;
  let best = -1;
  hits.forEach((h, i) => {
    if (h > 0 && (best < 0 || h > hits[best])) best = i;
  });
  return best >= 0 && hits[best] / words.length >= 0.08 ? LANGUAGES[best] : "und";
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters, and Latin letters among them; ASCII decided by code, only other characters by regex. */
function scriptCounts(sample: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const ch = sample[i];
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return { letters, latin };
}
