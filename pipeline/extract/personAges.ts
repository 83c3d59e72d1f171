/**
 * Ages of named people: "Francisco das Chagas Lima, 58, and two crew members", "Mr Garang, 41, is a member",
 * "a man aged 19", "Jaylen Brooks, a 17-year-old junior", "20-year-old Tyrell Mason". An age is a quantity
 * with key "age" and unit "year" (as "a 19-year-old man" has always been); its `context` is the person's
 * name as written, without a title ("Francisco das Chagas Lima", "Garang"), or the noun the age describes
 * when no name stands there ("man"), so that ages are compared per person.
 *
 * Names are read from the tokens alone (capitalised words, name particles between them, titles dropped):
 * the quantity rules run per sentence, before and apart from the entity rules.
 *
 * Not handled yet: ages written as words ("Garang, forty-one,"), ages in brackets ("Ana Lima (58)"), and
 * several ages of one group ("children aged four and seven" gives none).
 */
import type { SentenceView, Token } from "./sentenceTokens.ts";
import type { ClaimDraft } from "./claimDraft.ts";
import { nameParticles } from "./nameJoiners.ts";
import { titleHeads } from "./personTitles.ts";
import { calendarWords, commonStarters, functionWords } from "./sentenceStarters.ts";
import { countedNounAt } from "./countedNouns.ts";
import { digitValue } from "./numberWords.ts";

const STARTS_UPPER = /^\p{Lu}/u;
/** the oldest age a bare number after a name is read as */
const MAX_AGE = 120;
/** marks that close an appositive age: "Lima, 58, and", "Brooks, 17;", "Tate, 21." */
const AGE_CLOSERS = new Set([",", ";", ".", ")", ":"]);
/** the longest name read back from a comma, in tokens */
const MAX_NAME_TOKENS = 6;

/** a capitalised word that can be part of a person's name */
function nameWord(t: Token): boolean {
  return t.word && STARTS_UPPER.test(t.text) && !calendarWords.has(t.lower) && !functionWords.has(t.lower);
}

/**
 * The name that ends at token `last` (capitalised words with particles between them), titles dropped:
 * [first, last] token indices, or null. A lone sentence-initial common word ("Police") is no name.
 */
export function nameEndingAt(tokens: readonly Token[], last: number): [number, number] | null {
  if (last < 0 || !nameWord(tokens[last])) return null;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < MAX_NAME_TOKENS; k--) {
    const t = tokens[k];
    if (nameWord(t)) first = k;
    else if (!(t.word && nameParticles.has(t.lower) && k > 0 && nameWord(tokens[k - 1]))) break;
  }
  // "Mr Garang", "Colonel Ana Ruiz": the title is not the name
  while (first < last && (titleHeads.has(tokens[first].text) || titleHeads.has(tokens[first].text + "."))) first++;
  if (first === last && (titleHeads.has(tokens[first].text) || (first === 0 && commonStarters.has(tokens[first].lower)))) return null;
  return [first, last];
}

function ageDraft(view: SentenceView, start: number, end: number, value: number, context: string): ClaimDraft {
  return {
    kind: "quantity", start: view.tokens[start].start, end: view.tokens[end].end, value, valueMin: null, valueMax: null,
    unit: "year", key: "age", qualifier: "", verb: "", context,
  };
}

/** "Francisco das Chagas Lima, 58," with the number at token i: the age, from the name to the number */
export function appositiveAge(view: SentenceView, i: number): [ClaimDraft, number] | null {
  const tokens = view.tokens;
  if (tokens[i - 1]?.text !== ",") return null;
  const next = tokens[i + 1];
  if (next && !AGE_CLOSERS.has(next.text) && !next.is("and")) return null;
  const value = digitValue(tokens[i].text);
  if (value === null || !Number.isInteger(value) || value < 1 || value > MAX_AGE) return null;
  const name = nameEndingAt(tokens, i - 2);
  if (!name) return null;
  return [ageDraft(view, name[0], i, value, view.text.slice(tokens[name[0]].start, tokens[name[1]].end)), i];
}

/** "a man aged 19", "Ana Lima, aged 58": the age after "aged", for the name or noun before it */
export function agedAge(view: SentenceView, i: number, value: number, last: number): [ClaimDraft, number] | null {
  const tokens = view.tokens;
  if (!tokens[i - 1]?.is("aged") || !Number.isInteger(value) || value < 0 || value > MAX_AGE) return null;
  // "children aged four and seven" are several ages, not one
  if (tokens[last + 1]?.is("and") || tokens[last + 1]?.is("to") || tokens[last + 1]?.is("or")) return null;
  let k = i - 2;
  if (tokens[k]?.text === ",") k--;
  const name = nameEndingAt(tokens, k);
  const context = name ? view.text.slice(tokens[name[0]].start, tokens[name[1]].end) : tokens[k]?.word ? tokens[k].lower : "";
  return [ageDraft(view, i - 1, last, value, context), last];
}

/**
 * The person an "N-year-old" at token i describes: a name in apposition before it ("Jaylen Brooks, a
 * 17-year-old junior") or after it ("20-year-old Tyrell Mason"), as written; "" when none.
 */
export function personOfAge(view: SentenceView, i: number): string {
  const tokens = view.tokens;
  const noun = countedNounAt(tokens, i + 1);
  if (noun) {
    const name = nameEndingAt(tokens, noun.last);
    if (name && name[0] === noun.first) return view.text.slice(tokens[name[0]].start, tokens[name[1]].end);
  }
  let k = i - 1;
  if (tokens[k]?.is("a") || tokens[k]?.is("an")) k--;
  if (tokens[k]?.text !== ",") return "";
  const name = nameEndingAt(tokens, k - 1);
  return name ? view.text.slice(tokens[name[0]].start, tokens[name[1]].end) : "";
}
