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
const LISTS = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  // Chinese, Japanese, Russian, Arabic…: mostly letters of another script (Chinese has no spaces, so
  // counting words would find too few to tell and compare it as English)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters >= 40 && latin < letters / 2) return "und";
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return "en"; // too little text to tell; compare it as English
  let best = "und";
  let bestScore = 0;
  for (const [lang, set] of LISTS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    const score = hits / words.length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 0.08 ? best : "und";
}
