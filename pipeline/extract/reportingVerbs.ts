/**
 * Verbs that credit words or a claim to someone ("said", "told", "noted",
 * "wrote", "likened ... to"), with their lemma. Regular forms are generated;
 * irregular ones are listed.
 *
 * Not handled yet: phrasal reports split by an object ("put it", "made clear"),
 * and nouns of speech ("in a statement", "his remarks") as speakers' cues.
 */
import { LowerWordSet, lowerCaseWord, wordRecord } from "./lowerWordSet.ts";

/** verbs whose subject says or writes something (credit for a claim) */
const SPEECH_LEMMAS = [
  "say", "tell", "add", "state", "note", "assert", "declare", "announce", "report", "reveal", "disclose",
  "confirm", "claim", "explain", "insist", "warn", "write", "post", "tweet", "highlight", "suggest", "argue",
  "acknowledge", "admit", "allege", "comment", "remark", "observe", "stress", "emphasize", "emphasise",
  "indicate", "estimate", "predict", "promise", "pledge", "vow", "deny", "maintain", "contend", "recall",
  "describe", "call", "liken", "compare", "dub", "term", "label", "brand", "refer", "characterize",
  "characterise", "urge", "demand", "ask", "answer", "reply", "respond", "shout", "exclaim", "cry", "whisper",
  "speak", "testify", "conclude", "concede", "counter", "retort", "lament", "quip", "joke",
  "congratulate", "commend", "praise", "thank", "condemn", "denounce", "criticize", "criticise", "blame",
  "accuse", "order", "proclaim", "inform", "caution", "mention", "continue",
] as const;

/** forms that do not follow -s / -ed / -ing */
const IRREGULAR: Record<string, readonly string[]> = wordRecord({
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  speak: ["speak", "speaks", "spoke", "spoken", "speaking"],
  cry: ["cry", "cries", "cried", "crying"],
  reply: ["reply", "replies", "replied", "replying"],
  testify: ["testify", "testifies", "testified", "testifying"],
  deny: ["deny", "denies", "denied", "denying"],
  dub: ["dub", "dubs", "dubbed", "dubbing"],
  refer: ["refer", "refers", "referred", "referring"],
  quip: ["quip", "quips", "quipped", "quipping"],
});

function regularForms(lemma: string): string[] {
  const forms = [lemma];
  const endsE = lemma.endsWith("e");
  const sibilant = /(?:s|sh|ch|x|z)$/.test(lemma);
  forms.push(sibilant ? lemma + "es" : lemma + "s");
  forms.push(endsE ? lemma + "d" : lemma + "ed");
  forms.push(endsE ? lemma.slice(0, -1) + "ing" : lemma + "ing");
  return forms;
}

/** every form (lower case) → lemma */
export const reportingVerbLemma: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const lemma of SPEECH_LEMMAS) {
    for (const form of IRREGULAR[lemma] ?? regularForms(lemma)) if (!map.has(form)) map.set(form, lemma);
  }
  return map;
})();

/** the same forms, for token scans that rule most words out by their shape before making their lower case */
export const reportingVerbForms = new LowerWordSet(reportingVerbLemma.keys());

/** past participles, to tell a passive ("was said to be") from an active report */
export const pastParticiples: ReadonlySet<string> = new Set(
  [...reportingVerbLemma.entries()]
    .filter(([form, lemma]) => form !== lemma && (form.endsWith("ed") || form.endsWith("d") || form === "told" || form === "written" || form === "spoken"))
    .map(([form]) => form),
);

/** lemmas that name what is said but are not themselves speech ("congratulate", "order") — they credit quotes only */
export const speechActOnly: ReadonlySet<string> = new Set([
  "congratulate", "commend", "praise", "thank", "condemn", "denounce", "criticize", "criticise", "blame",
  "accuse", "order", "describe", "call", "liken", "compare", "dub", "term", "label", "brand", "refer",
  "characterize", "characterise", "urge", "demand", "ask", "continue", "promise", "pledge", "vow",
]);

/** lemmas that may only name a thing when right before a quote ("known as", "called") */
export const namingLemmas: ReadonlySet<string> = new Set(["call", "dub", "term", "label", "brand"]);

/**
 * Forms that are as often nouns ("in Lara state", "police reports", "a court order"):
 * a report only when "that", ":" or "," follows — not a comma that opens another clause ("in Amazonas
 * state, and 43 people were missing").
 */
export const nounLikeForms: ReadonlySet<string> = new Set([
  "state", "states", "report", "reports", "post", "posts", "claim", "claims", "order", "orders", "answer",
  "answers", "comment", "comments", "remark", "remarks", "call", "calls", "term", "terms", "label", "labels",
  "brand", "note", "notes", "estimate", "estimates", "promise", "promises", "demand", "demands", "counter",
  "joke", "jokes", "cry", "cries", "reply", "replies", "quip", "pledge", "pledges", "vow", "vows", "caution",
  "blame", "praise", "tweet", "tweets", "answer", "respond", "write", "speak", "order", "ask", "mention",
  "mentions", "continue", "observe", "compare", "dub", "whisper", "shout", "shouts",
]);

const OBJECT_CLAUSE_NEXT = /^\s*(?:that\b|:|,(?!\s*(?:and|or|but|which|where|while|when|who|whose)\b))/u;
const PREDICATE_AUXILIARY_BEFORE = /(?:^|\s)(?:is|are|was|were|been|be|am|keeps|kept)\s+(?:\p{Ll}+ly\s+)?$/iu;

/**
 * Whether the verb form at `at` in `text` reports speech: not a noun use ("Lara state") and not a
 * participle phrase ("a statement indicating that") unless an auxiliary makes it a predicate ("is saying").
 */
export function isReportingUse(text: string, at: number, form: string): boolean {
  const lower = lowerCaseWord(form);
  if (nounLikeForms.has(lower) && !OBJECT_CLAUSE_NEXT.test(text.slice(at + form.length, at + form.length + 8))) return false;
  if (lower.endsWith("ing") && !PREDICATE_AUXILIARY_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return false;
  return true;
}
