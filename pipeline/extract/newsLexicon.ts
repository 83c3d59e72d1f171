/**
 * General news vocabulary the rule families share: event verbs with their
 * lemma, measurement and currency units, and the function words that end a
 * noun phrase. Nothing here is about one story.
 *
 * Not handled yet: verbs outside the lists below get a suffix-stripping
 * lemma only; phrasal verbs ("set free", "took over") are not joined.
 */

import { LowerWordSet, wordRecord } from "./lowerWordSet.ts";

/** event verbs: lemma → the lemma reconciliation compares (synonyms share one) */
const EVENT_VERBS: Record<string, string> = wordRecord({
  kill: "kill", die: "die", murder: "kill", slay: "kill",
  injure: "injure", wound: "injure", hurt: "injure",
  arrest: "arrest", detain: "arrest", apprehend: "arrest", capture: "arrest", jail: "arrest", imprison: "arrest",
  transfer: "transfer", relocate: "transfer", move: "transfer",
  deploy: "deploy", send: "deploy", dispatch: "deploy", mobilise: "deploy", mobilize: "deploy", station: "deploy",
  evacuate: "evacuate", rescue: "rescue", displace: "displace", strand: "strand", trap: "trap",
  escape: "escape", flee: "escape",
  free: "release", release: "release",
  find: "find", discover: "find", uncover: "find", recover: "find", locate: "find",
  seize: "seize", confiscate: "seize", impound: "seize",
  destroy: "destroy", damage: "damage", burn: "burn", flood: "flood", collapse: "collapse",
  storm: "storm", raid: "storm", attack: "attack",
  charge: "charge", convict: "convict", sentence: "sentence", indict: "charge",
  accommodate: "accommodate", house: "accommodate", hold: "hold",
  affect: "affect", infect: "infect", hospitalise: "hospitalise", hospitalize: "hospitalise", treat: "treat",
  sink: "sink", crash: "crash", miss: "missing",
  employ: "employ", hire: "employ", lay: "lay", fire: "fire",
  vote: "vote", elect: "elect", protest: "protest", march: "march", gather: "gather", rally: "gather", picket: "protest",
  cancel: "cancel", postpone: "cancel", reschedule: "cancel", delay: "cancel", scrap: "cancel",
  donate: "donate", pledge: "pledge", raise: "raise", spend: "spend", pay: "pay", earn: "earn", cost: "cost",
  establish: "establish", build: "build", install: "install", include: "include", encompass: "include", comprise: "include",
});

const IRREGULAR: Record<string, string> = wordRecord({
  killed: "kill", died: "die", dying: "die", dies: "die", slain: "slay", slew: "slay",
  hurt: "hurt", sent: "send", fled: "flee", found: "find", held: "hold", paid: "pay", spent: "spend", raised: "raise",
  built: "build", laid: "lay", sank: "sink", sunk: "sink", freed: "free", caught: "capture",
  taken: "take", took: "take", made: "make", left: "leave", kept: "keep", brought: "bring", seen: "see", saw: "see",
  went: "go", gone: "go", came: "come", given: "give", gave: "give", told: "tell", said: "say", put: "put", set: "set",
  hit: "hit", shot: "shoot", struck: "strike", stricken: "strike", fought: "fight", lost: "lose", won: "win", led: "lead",
  ran: "run", got: "get", gotten: "get", became: "become", began: "begin", begun: "begin", wrote: "write", written: "write",
  shook: "shake", shaken: "shake", swept: "sweep", rose: "rise", risen: "rise", fell: "fall", fallen: "fall", burst: "burst",
  spread: "spread", tore: "tear", torn: "tear", blew: "blow", blown: "blow", broke: "break", broken: "break", drove: "drive",
  driven: "drive", flew: "fly", flown: "fly", threw: "throw", thrown: "throw", grew: "grow", grown: "grow", stood: "stand",
  sat: "sit", felt: "feel", meant: "mean", met: "meet", heard: "hear", understood: "understand", forgot: "forget", chose: "choose",
  lived: "live", placed: "place", partied: "party", housed: "house", charged: "charge", used: "use",
});

// stems that take back a silent e: "located" → locate, "injured" → injure, "placed" → place
const E_FINAL = /(?:[vzc]|at|ut|ur|ag|dg|[^aeiouls]l|ng|us|os|ir)$/;

const VOWEL_OR_L_OR_S = /[aeiouls]/;
const TAKES_ES = /(?:sh|ch|ss|x|z|o)$/;
const ASCII_LOWER_WORD = /^[a-z]+$/;
const POSSESSIVE_END = /['’]s$|['’]$/;
const PLURAL_ES = /(?:ches|shes|sses|xes|zes|oes)$/;

const verbLemmaCache = new Map<string, string>();
const eventVerbCache = new Map<string, string>();
const singularCache = new Map<string, string>();
// word forms repeat across a corpus; the caches stay small (one entry per distinct word) and make lookups O(1)
const CACHE_LIMIT = 50_000;
function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** lemma of a verb form: "arrested" → arrest, "relocating" → relocate, "transferred" → transfer */
export function verbLemma(lower: string): string {
  const hit = verbLemmaCache.get(lower);
  return hit !== undefined ? hit : remember(verbLemmaCache, lower, computeVerbLemma(lower));
}

function computeVerbLemma(lower: string): string {
  if (lower in IRREGULAR) return IRREGULAR[lower];
  if (lower in EVENT_VERBS) return lower;
  for (const suffix of ["ied", "ies"]) {
    if (lower.endsWith(suffix) && lower.length > 4) return lower.slice(0, -3) + "y";
  }
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (!lower.endsWith(suffix) || lower.length <= suffix.length + 2) continue;
    const stem = lower.slice(0, -suffix.length);
    const candidates = [stem, stem + "e"];
    // doubled final consonant: "transferred" → transfer, "stopped" → stop
    if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && !VOWEL_OR_L_OR_S.test(stem[stem.length - 1])) candidates.push(stem.slice(0, -1));
    // British doubled l: "cancelled" → cancel, "labelled" → label (but "killed" stays kill: tried first)
    if (stem.length > 4 && stem.endsWith("ll")) candidates.push(stem.slice(0, -1));
    for (const c of candidates) if (c in EVENT_VERBS) return c;
    if (suffix === "s") return stem;
    if (suffix === "es") return TAKES_ES.test(stem) ? stem : stem + "e";
    if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && !VOWEL_OR_L_OR_S.test(stem[stem.length - 1])) return stem.slice(0, -1);
    return E_FINAL.test(stem) ? stem + "e" : stem;
  }
  return lower;
}

/**
 * The first three letters of every regular form of an event verb: its lemma's, or for a three-letter lemma
 * in -y the -ied/-ies stem's ("pai"). Forms are made by suffixes on a stem of three letters or more, so any
 * other word that is no irregular form is ruled out before its lemma is worked out.
 */
const EVENT_VERB_HEADS: ReadonlySet<number> = new Set(
  Object.keys(EVENT_VERBS).flatMap((lemma) => (lemma.length === 3 && lemma.endsWith("y") ? [lemma, lemma.slice(0, 2) + "i"] : [lemma.slice(0, 3)])).map(headKey),
);

/**
 * The first three letters of an ASCII word as one number, or -1 (shorter, or not ASCII): the heads are
 * looked up without slicing a string off every word asked about.
 */
function headKey(lower: string): number {
  if (lower.length < 3) return -1;
  const a = lower.charCodeAt(0);
  const b = lower.charCodeAt(1);
  const c = lower.charCodeAt(2);
  return (a | b | c) < 128 ? (a << 14) | (b << 7) | c : -1;
}

/** the event-verb lemma a word form stands for, or "" when it is not an event verb */
export function eventVerb(lower: string): string {
  // a Set rather than `in IRREGULAR`: `in` with a string just sliced off the text looks it up in V8's string
  // table first (several times slower); the two differ only for "constructor", an event verb neither way
  if (!EVENT_VERB_HEADS.has(headKey(lower)) && !VERB_FORMS.has(lower)) return "";
  const hit = eventVerbCache.get(lower);
  if (hit !== undefined) return hit;
  const v = ASCII_LOWER_WORD.test(lower) ? EVENT_VERBS[verbLemma(lower)] ?? "" : "";
  return remember(eventVerbCache, lower, v);
}

/** adjectives after a count that say what happened to it ("10 people dead", "400 still missing") */
export const STATE_ADJECTIVES: Record<string, string> = wordRecord({
  dead: "kill", killed: "kill", injured: "injure", wounded: "injure", hurt: "injure", missing: "missing",
  unaccounted: "missing", displaced: "displace", homeless: "displace", trapped: "trap", stranded: "strand",
  hospitalised: "hospitalise", hospitalized: "hospitalise", detained: "arrest", arrested: "arrest", evacuated: "evacuate",
});

/** verbs whose bare object count means people ("killing 10", "injured 30") */
export const PERSON_VERBS = new Set(["kill", "die", "injure", "arrest", "evacuate", "rescue", "displace", "missing", "strand", "trap", "hospitalise", "release", "employ", "infect", "escape"]);

const IRREGULAR_PLURALS: Record<string, string> = wordRecord({
  people: "person", persons: "person", children: "child", men: "man", women: "woman", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", lives: "life", wives: "wife", knives: "knife", thieves: "thief", police: "police",
  personnel: "personnel", staff: "staff", series: "series", species: "species", news: "news", data: "data",
  criteria: "criterion", media: "media", crises: "crisis", analyses: "analysis", bases: "base", cattle: "cattle",
});
const UNCHANGED_S = /(?:ss|us|is|ics|ous|sis|ness|itis)$/;

/** singular lower-case form of a noun ("casualties" → casualty, "inmates" → inmate, "people" → person) */
export function singular(word: string): string {
  const hit = singularCache.get(word);
  return hit !== undefined ? hit : remember(singularCache, word, computeSingular(word));
}

function computeSingular(word: string): string {
  const w = word.toLowerCase().replace(POSSESSIVE_END, "");
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w];
  if (w.length <= 3 || UNCHANGED_S.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (PLURAL_ES.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** measurement units: surface (lower case) → key */
export const MEASURE_UNITS: Record<string, string> = wordRecord({
  km: "km", kms: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  mile: "mile", miles: "mile", mi: "mile",
  m: "m", metre: "m", metres: "m", meter: "m", meters: "m", cm: "cm", centimetres: "cm", centimeters: "cm", mm: "mm", millimetres: "mm", millimeters: "mm",
  ft: "ft", foot: "ft", feet: "ft", inch: "inch", inches: "inch", yard: "yard", yards: "yard",
  kg: "kg", kilogram: "kg", kilograms: "kg", kilo: "kg", kilos: "kg", g: "g", gram: "g", grams: "g", lb: "lb", lbs: "lb",
  tonne: "tonne", tonnes: "tonne", ton: "tonne", tons: "tonne", t: "tonne",
  litre: "litre", litres: "litre", liter: "litre", liters: "litre", l: "litre", gallon: "gallon", gallons: "gallon", barrel: "barrel", barrels: "barrel",
  hectare: "ha", hectares: "ha", ha: "ha", acre: "acre", acres: "acre",
  "km/h": "kmh", "km/hr": "kmh", kph: "kmh", kmph: "kmh", mph: "mph", knot: "knot", knots: "knot",
  percent: "percent", "per cent": "percent", "%": "percent", pc: "percent",
  celsius: "c", fahrenheit: "f", degrees: "degree", degree: "degree", "°c": "c", "°f": "f",
  mw: "mw", gw: "gw", kw: "kw", kwh: "kwh", mwh: "mwh",
  sq: "sq",
});
/** units that are areas when "square" precedes them */
export const SQUARE_UNITS: Record<string, string> = wordRecord({ km: "km2", mile: "mile2", m: "m2", ft: "ft2" });

/** time spans: surface → key */
export const TIME_UNITS: Record<string, string> = wordRecord({
  second: "second", seconds: "second", minute: "minute", minutes: "minute", hour: "hour", hours: "hour",
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
  decade: "year", decades: "year", century: "year", centuries: "year",
});

/** currency signs and words → ISO-like key */
export const CURRENCY_SIGNS: Record<string, string> = wordRecord({ $: "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr", "₦": "ngn", "₱": "php", "₩": "krw", "₽": "rub" });
export const CURRENCY_PREFIX_WORDS: Record<string, string> = wordRecord({
  us: "usd", usd: "usd", eur: "eur", gbp: "gbp", rs: "inr", inr: "inr", a: "aud", c: "cad", hk: "hkd", nz: "nzd",
  // "AU$", "Aus$", "CA$", "S$" (Singapore), "NT$" (Taiwan), "R$" (Brazil), "MX$" (Mexico)
  au: "aud", aus: "aud", aud: "aud", ca: "cad", can: "cad", cad: "cad", nzd: "nzd", hkd: "hkd", s: "sgd", sgd: "sgd",
  nt: "twd", r: "brl", mx: "mxn",
});
export const CURRENCY_WORDS: Record<string, string> = wordRecord({
  dollar: "usd", dollars: "usd", usd: "usd", euro: "eur", euros: "eur", eur: "eur", sterling: "gbp", gbp: "gbp",
  yen: "jpy", yuan: "cny", renminbi: "cny", rupee: "inr", rupees: "inr", peso: "peso", pesos: "peso", naira: "ngn",
  rand: "zar", shilling: "shilling", shillings: "shilling", francs: "chf", franc: "chf", bolivars: "ves", bolivar: "ves",
  bolívares: "ves", reais: "brl", real: "brl", lira: "try", rubles: "rub", roubles: "rub", ruble: "rub", rouble: "rub", won: "krw",
  dirhams: "aed", dirham: "aed", riyals: "sar", riyal: "sar", taka: "bdt", rupiah: "idr", ringgit: "myr", baht: "thb", dong: "vnd",
  cedis: "ghs", kwacha: "kwacha", hryvnias: "uah", hryvnia: "uah", zloty: "pln",
  aud: "aud", cad: "cad", nzd: "nzd", hkd: "hkd", sgd: "sgd", chf: "chf", jpy: "jpy", cny: "cny", inr: "inr",
});

/** "per week", "a year", "annually" after an amount */
export const RATE_WORDS: Record<string, string> = wordRecord({
  annually: "year", yearly: "year", monthly: "month", weekly: "week", daily: "day", hourly: "hour",
});
export const RATE_NOUNS: Record<string, string> = wordRecord({
  year: "year", month: "month", week: "week", day: "day", hour: "hour", night: "night", person: "person", head: "person", capita: "person", annum: "year",
});

/**
 * Words that cannot be part of a counted noun phrase: they end it. Prepositions,
 * determiners, pronouns, auxiliaries, conjunctions, common adverbs and verbs.
 */
export const PHRASE_STOP = new Set((
  "a an the this that these those its their his her our your my some any each every all both no not nor " +
  "of in on at to from by for with without within into onto over under after before during since until till " +
  "through throughout across along alongside among amid amidst against around about near behind beyond inside outside " +
  "than as per via versus vs including include includes included like unlike such " +
  "and or but so yet if because while whereas although though when where which who whom whose what why how " +
  "is are was were be been being am has have had having do does did done will would shall should can could may might must " +
  "it he she they we you i me him them us there here then now still already also only just even ever never " +
  "very more most less least much many few several other another same own " +
  "said says say told according reportedly allegedly including ago later earlier " +
  "up down out off away back again"
).split(" "));

/** common irregular verbs and participles that never head a counted noun */
export const VERB_FORMS = new Set(Object.keys(IRREGULAR));

/**
 * The words of PHRASE_STOP and VERB_FORMS, for scans that ask about every word of a phrase: most words are
 * ruled out by their shape before their lower case is made.
 */
export const NOT_NOUN_WORDS = new LowerWordSet([...PHRASE_STOP, ...VERB_FORMS]);
export const VERB_FORM_WORDS = new LowerWordSet(VERB_FORMS);

/** words that introduce a list of things ("including", "such as", "found") */
export const LIST_INTRODUCERS = new Set(["including", "include", "includes", "included", "encompass", "encompasses", "encompassed", "comprising", "comprise", "comprises", "like", "notably", "namely"]);
