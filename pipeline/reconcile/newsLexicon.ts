/**
 * General news vocabulary: which counted nouns, listed items and event verbs
 * name the same thing in different words. Nothing here is about one story;
 * the classes are the ones wire copy uses for casualties, security forces,
 * detainees, displaced people, weapons, venues and crimes.
 *
 * Not handled yet: hypernyms ("weapons" covers "rifles"), other languages,
 * and phrases longer than three words.
 */
import { wordKeys } from "./wordForms.ts";

type Lexicon = Record<string, readonly string[]>;

/** Nouns that count people or things; a claim's counted noun is mapped to one class. */
const countedNouns: Lexicon = {
  "security forces": [
    "troop", "soldier", "police", "police officer", "policeman", "policewoman", "officer", "security force",
    "force", "military personnel", "security personnel", "personnel", "serviceman", "servicemember", "service member",
    "army", "military", "gendarme", "trooper", "paratrooper", "marine", "agent", "law enforcement officer",
    "law enforcement", "security officer", "guardsman", "armed force", "military and police", "police and military",
    "police and soldier", "police officer and soldier", "soldier and police",
  ],
  guards: ["guard", "prison guard", "security guard", "warden", "jailer", "prison officer", "correctional officer"],
  inmates: ["inmate", "prisoner", "detainee", "convict", "prison population"],
  deaths: ["dead", "death", "fatality", "death toll", "toll", "body", "killed", "life", "lives lost", "deceased"],
  injured: ["injured", "injury", "wounded", "wound", "hurt", "injured person"],
  casualties: ["casualty"],
  missing: ["missing", "missing person", "unaccounted"],
  evacuees: ["evacuee", "displaced", "displaced person", "displaced people", "internally displaced"],
  arrests: ["arrest", "arrested", "detention", "detained"],
  survivors: ["survivor", "rescued"],
  people: ["people", "person", "individual", "human", "human being"],
  children: ["child", "kid", "minor"],
  workers: ["worker", "employee", "staff", "staffer", "labourer", "laborer", "workforce"],
  protesters: ["protester", "protestor", "demonstrator", "marcher"],
  migrants: ["migrant", "immigrant", "asylum seeker"],
  homes: ["home", "house", "dwelling", "residence", "housing unit", "household"],
  firefighters: ["firefighter", "fireman", "firemen"],
  rescuers: ["rescuer", "rescue worker", "emergency worker", "first responder"],
  journalists: ["journalist", "reporter"],
  students: ["student", "pupil", "schoolchild"],
  vehicles: ["vehicle", "car", "automobile"],
  motorcycles: ["motorcycle", "motorbike"],
  firearms: ["firearm", "gun", "handgun", "pistol"],
  ammunition: ["ammunition", "bullet", "round of ammunition", "cartridge", "ammo"],
  explosives: ["explosive", "explosive device"],
  aftershocks: ["aftershock", "tremor"],
  defendants: ["defendant", "co-defendant", "codefendant", "accused", "co-accused", "coaccused"],
  hectares: ["hectare"],
};

/** Things listed as found, seized, offered or done: names for the same item. */
const itemNouns: Lexicon = {
  pool: ["pool", "swimming pool"],
  nightclub: ["nightclub", "night club", "disco", "discotheque", "club", "dance club"],
  gambling: ["gambling", "casino", "gambling room", "gambling hall", "gambling venue", "gaming room", "betting", "gambling den"],
  restaurant: ["restaurant", "eatery", "diner"],
  gym: ["gym", "gymnasium", "fitness center"],
  kidnapping: ["kidnapping", "abduction", "kidnap"],
  robbery: ["robbery", "heist", "hold-up", "holdup"],
  extortion: ["extortion", "racketeering", "protection racket"],
  "human trafficking": ["human trafficking", "people trafficking", "trafficking in person", "sex trafficking"],
  "migrant smuggling": ["migrant smuggling", "people smuggling", "human smuggling", "smuggling of migrant"],
  "drug trafficking": ["drug trafficking", "drug smuggling", "drug dealing", "narcotics trafficking", "drug trade"],
  ammunition: ["ammunition", "bullet", "ammo", "cartridge", "round of ammunition"],
  firearms: ["firearm", "gun", "handgun", "pistol"],
  explosives: ["explosive", "explosive device"],
  motorcycles: ["motorcycle", "motorbike"],
  television: ["television", "tv", "tv set"],
  cocaine: ["cocaine", "coke"],
  marijuana: ["marijuana", "cannabis"],
  hospital: ["hospital", "medical center"],
  // hospital services kept running or cut during strikes and disasters
  "emergency care": ["emergency care", "emergency department", "emergency room", "emergency unit", "a&e", "accident and emergency", "casualty department"],
  "intensive care": ["intensive care", "intensive care unit", "icu", "critical care"],
  maternity: ["maternity", "maternity unit", "maternity ward", "maternity care", "maternity service"],
  school: ["school", "schoolhouse"],
  shop: ["shop", "store"],
  machine: ["machine", "device", "rig"],
};

/**
 * Event verbs grouped by what happened. A claim whose verb falls in one class
 * is never grouped with a claim whose verb falls in another (inmates moved vs
 * inmates a building holds); verbs outside every class are neutral.
 */
const verbClasses: Lexicon = {
  kill: ["kill", "die", "dead", "perish", "slay", "murder", "drown", "execute", "behead", "massacre"],
  injure: ["injure", "wound", "hurt", "maim", "hospitalize", "hospitalise"],
  arrest: ["arrest", "detain", "apprehend", "nab", "capture", "round up", "jail", "imprison"],
  evacuate: ["evacuate", "displace", "flee", "shelter", "house temporarily"],
  transfer: ["transfer", "relocate", "move", "shift", "transport", "reassign", "bus"],
  deploy: [
    "deploy", "send", "dispatch", "mobilize", "mobilise", "storm", "raid", "launch", "besiege", "surround", "enter",
    "participate", "involve", "join", "assault", "attack", "take part", "station", "position", "sweep", "descend",
  ],
  rescue: ["rescue", "save", "dig out"],
  missing: ["miss", "missing", "disappear", "vanish", "escape", "abscond", "flee prison", "remain missing"],
  capacity: ["accommodate", "design", "build for", "capacity", "fit"],
  release: ["release", "free", "pardon", "discharge", "parole"],
  seize: ["seize", "confiscate", "recover", "find", "discover", "uncover", "impound", "intercept"],
  destroy: ["destroy", "damage", "collapse", "flatten", "raze", "burn down", "level"],
  affect: ["affect", "impact"],
  vote: ["vote", "elect", "cast", "turn out"],
  sentence: ["sentence", "convict", "condemn"],
  // the extractor reads "rallied" and "gathered" as gather
  protest: ["protest", "march", "rally", "demonstrate", "gather", "picket", "assemble"],
  // staff a place has is not staff who did something ("the trust employs 2,300 nurses" / "300 nurses picketed")
  employ: ["employ", "hire"],
  // appointments, flights, operations that did not take place as planned
  cancel: ["cancel", "postpone", "reschedule", "delay", "scrap", "call off"],
  fine: ["fine", "penalize", "penalise"],
  pay: ["pay", "charge fee", "spend"],
  earn: ["earn", "make", "raise", "collect"],
};

/**
 * Event nouns that say what happened to the figure after them ("the evacuation
 * of hundreds of people", "the arrest of 37 protesters"), when no verb does.
 */
const eventNouns: Record<string, string> = {
  evacuation: "evacuate", displacement: "evacuate", death: "kill", killing: "kill", killings: "kill",
  murder: "kill", arrest: "arrest", detention: "arrest", deployment: "deploy", transfer: "transfer",
  relocation: "transfer", release: "release", rescue: "rescue", injury: "injure", wounding: "injure",
  disappearance: "missing",
};

/**
 * The verb class an event noun right before a figure implies: "the evacuation
 * of" + "hundreds of people" → evacuate. `before` is the sentence text up to
 * the figure.
 */
export function eventNounBefore(before: string): string | null {
  const m = /\b(\p{L}+?)(?:s)?\s+of\s+(?:the\s+|some\s+|an?\s+)?$/iu.exec(before);
  if (!m) return null;
  return eventNouns[m[1].toLowerCase()] ?? eventNouns[m[0].trim().split(/\s+/)[0].toLowerCase()] ?? null;
}

/**
 * "ordered to serve five years", "is serving a term of 12 years": a prison term, whatever verb the
 * sentence has. `before` is the sentence text up to the figure.
 */
export function servingBefore(before: string): string | null {
  return serving.test(before) ? "sentence" : null;
}
const serving = /\bserv(?:e|es|ed|ing)\s+(?:(?:a|an|the)\s+(?:\p{L}+\s+)?(?:term|sentence)\s+of\s+)?(?:at\s+least\s+|up\s+to\s+|about\s+|nearly\s+)?$/iu;

/**
 * The verb class a phrase right after a figure implies when no verb was read:
 * "37 people remain in police custody" → arrest, "12 are still in hospital" →
 * injure. `after` is the sentence text after the figure.
 */
export function eventPhraseAfter(after: string): string | null {
  const m = /^\s*(?:\p{L}+\s+){0,3}?(?:(?:remain(?:ed|s)?|are|were|is|was|stay(?:ed|s)?|still|now|being|kept|held)\s+)+(?:\p{L}+\s+){0,1}?in\s+(?:police\s+|military\s+|state\s+)?(custody|detention|jail|prison|hospital)\b/iu.exec(after);
  if (m) return m[1].toLowerCase() === "hospital" ? "injure" : "arrest";
  if (/^\s*in\s+(?:police\s+|military\s+|state\s+)?(?:custody|detention)\b/iu.test(after)) return "arrest";
  // "two of his crew had been taken into custody"
  if (intoCustody.test(after)) return "arrest";
  // "the navy lists 43 people as missing", "registered 300 as displaced"
  const as = listedAs.exec(after);
  return as ? (listedAsClass[as[1].toLowerCase()] ?? null) : null;
}
const intoCustody = /^\s*(?:\p{L}+\s+){0,4}?(?:taken|placed|put|remanded|brought)\s+(?:in|into)\s+(?:police\s+|military\s+)?custody\b/iu;
const listedAs = /^\s*(?:\p{L}+\s+){0,2}?as\s+(missing|dead|deceased|injured|wounded|displaced|homeless|detained|arrested)\b/iu;
const listedAsClass: Record<string, string> = {
  missing: "missing", dead: "kill", deceased: "kill", injured: "injure", wounded: "injure", displaced: "evacuate",
  homeless: "evacuate", detained: "arrest", arrested: "arrest",
};

/**
 * Whether the words after a figure say what state the counted people are in now ("are still missing",
 * "remain in hospital", "were unaccounted for"): the figure is how many are in that state, so "another 43
 * people are still missing" is the same count as "43 people are missing", not 43 added to it.
 */
export function statePredicateAfter(after: string): boolean {
  return statePredicate.test(after);
}
const statePredicate =
  /^\s*(?:\p{L}+\s+){0,2}?(?:(?:are|is|were|was)\s+still\b|still\s+(?:missing|unaccounted|trapped|in\s)|remain(?:s|ed|ing)?\b|(?:are|is|were|was)\s+(?:missing|unaccounted|trapped|in\s+hospital|hospitali[sz]ed|in\s+(?:police\s+)?custody|in\s+(?:an?\s+)?(?:critical|serious|stable)\s+condition|homeless|displaced)\b)/iu;

/**
 * Verbs by which someone gives a figure as theirs ("the town hall says 61", "the navy puts the number at
 * 43", "police still list 12 as missing", "organisers estimated 20,000"), or a survey or map gives it ("the
 * council's own mapping shows 18,500 hectares").
 */
const figureReportingVerb =
  /\s+(?:(?:still|now|also|only|officially)\s+)?(?:says?|said|puts?|estimates?|estimated|lists?|listed|counts?|counted|reports?|reported|records?|recorded|registers?|registered|claims?|claimed|confirms?|confirmed|gives?|gave|tallies|tallied|shows?|showed|suggests?|suggested|indicates?|indicated)\s+/giu;
/** Words that end a clause before a figure: what stands before them belongs to another clause. */
const clauseBreak = /(?:[,;:(](?:\s+(?:but|while|whereas|although|though|yet|and|whilst))?|\s(?:but|while|whereas|although|though|yet|and|whilst))\s+/giu;
/** Subjects that do not say who: pronouns and words that start a clause. */
const notASubject = new Set([
  "he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "who", "which", "one", "others", "some",
  // a subject does not end in an article or a preposition ("asked the company for a report within two weeks")
  "a", "an", "the", "for", "of", "to", "in", "on", "at", "by", "with", "from", "his", "her", "its", "their", "our", "my", "your",
  // "Members are said to be behind hundreds of murders": a passive report says nothing about who reports
  "is", "are", "was", "were", "be", "been", "being",
]);
/** Words a subject does not start with: a clause that starts with them is no subject ("in some places 12…"). */
const notASubjectStart = new Set([
  "in", "on", "at", "of", "for", "with", "by", "from", "to", "as", "than", "after", "before", "since", "during", "over",
  "under", "about", "if", "when", "so", "has", "have", "had", "is", "are", "was", "were",
]);

/**
 * Who gives the figure, when a reporting verb stands right before it in its clause with its subject in
 * front: "The town hall says 61 people…" → "the town hall", "The Brazilian Navy puts the number of missing
 * at 43" → "the Brazilian Navy". `before` is the sentence up to the figure; "" when there is none.
 */
export function reportingSubjectBefore(before: string): string {
  let clause = before;
  for (const m of before.matchAll(clauseBreak)) clause = before.slice(m.index + m[0].length);
  let verb: RegExpMatchArray | null = null;
  for (const m of clause.matchAll(figureReportingVerb)) verb = m;
  if (!verb || verb.index === undefined) return "";
  // the verb must start what is said about the figure: at most a few words ("the number of missing at")
  // between it and the figure
  const rest = clause.slice(verb.index + verb[0].length);
  if (rest.split(/\s+/).filter(Boolean).length > 6) return "";
  // "the ministry has reported 12 deaths": the auxiliary is not part of who reports
  const subject = clause.slice(0, verb.index).trim().replace(/\s+(?:has|have|had)$/i, "");
  const words = subject.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || notASubject.has(words[words.length - 1].toLowerCase()) || notASubjectStart.has(words[0].toLowerCase())) return "";
  if (!/^[\p{L}'’.\s-]+$/u.test(subject)) return "";
  return subject.replace(/^The\s/, "the ");
}

/** "has risen to", "climbed to", "reached" right before a figure: the count it gives has been growing. */
export function risingBefore(before: string): boolean {
  return rising.test(before);
}
const rising = /\b(?:ris(?:en|es|ing)|rose|climb(?:ed|s|ing)?|increas(?:ed|es|ing)|jump(?:ed|s)?|gr(?:ew|own|ows)|mount(?:ed|s)?|reach(?:ed|es)?)\s+(?:to\s+)?(?:(?:at\s+least|more\s+than|over)\s+)?$/iu;

/**
 * "licensed to carry 180 passengers", "authorised to hold 3,000 people", "a capacity of 700": the figure is
 * how many a place or vehicle may take, not how many it did. `before` is the sentence up to the figure.
 */
export function capacityBefore(before: string): string | null {
  return capacityPhrase.test(before) ? "capacity" : null;
}
const capacityPhrase =
  /\b(?:(?:licen[cs]ed|authori[sz]ed|permitted|allowed|certified|approved|designed|built|rated|equipped|able)\s+(?:to\s+(?:carry|hold|take|transport|accommodate|seat|house)|for)|capacity\s+(?:of|for)|room\s+for)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|no\s+more\s+than\s+|about\s+|around\s+)?$/iu;

/** "sent 23 people to hospital", "12 were taken to the hospital": people hurt, whatever verb carried them there. */
export function takenToHospital(after: string): boolean {
  return /^\s*(?:\p{L}+\s+){0,3}?to\s+(?:the\s+|a\s+)?hospital\b/iu.test(after);
}

/** A capitalised place name of up to five words ("Murrindale", "St Kilda", "Port Moresby"). */
const placeName = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|do|del|di|du|la|le|am|an|der|upon|on)\s+)?\p{Lu}[\p{L}'’.-]*){0,4})`;
/** Where a distance is measured from: "15 km north-west of Murrindale", "185 miles from Sydney", "40 km off the coast of Sumatra". */
const distanceFrom = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west))?(?:ward)?|away|outside|inland|offshore|upstream|downstream|off\s+the\s+coast|short)?\s*(?:of|from)\s+(?:the\s+)?` + placeName,
  "u",
);

/**
 * The named place a distance is measured from ("about 15 kilometres north-west of Murrindale" → "Murrindale"),
 * "" when none is named: distances from two places are two things ("185 miles west of Sydney" is where the
 * town is, not where the fire started). `after` is the sentence after the figure.
 */
export function distanceFromAfter(after: string): string {
  return distanceFrom.exec(after)?.[1] ?? "";
}

/** Places smaller than a town, by the noun that names them ("Ridge Street", "the village of Kell"). */
const streetNoun = String.raw`(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Crescent|Close|Court|Terrace|Parade|Boulevard|Way|Square|Alley|Row)`;
const facilityNoun = String.raw`(?:School|College|University|Hospital|Clinic|Farm|Station|Market|Mall|Church|Mosque|Temple|Synagogue|Stadium|Hotel|Factory|Mine|Prison|Jail|Showground|Camp|Estate)`;
const smallPlaceNoun = String.raw`(?:village|hamlet|suburb|neighbou?rhood|settlement|township|quarter|camp|estate|compound)`;
const smallPlace =
  // (the pattern keeps its case, for the names: a preposition may start the sentence)
  String.raw`(?:(?:[Oo]n|[Ii]n|[Aa]long)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}${streetNoun})\b` +
  String.raw`|(?:[Ii]n|[Aa]t)\s+the\s+${smallPlaceNoun}\s+of\s+${placeName}` +
  String.raw`|[Aa]t\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}${facilityNoun})\b)`;
/** "nine houses on Ridge Street", "12 homes were lost in the village of Kell" (a few words, no comma, between) */
const smallPlaceAfter = new RegExp(String.raw`^\s*(?:[\p{Ll}-]+\s+){0,3}?` + smallPlace, "u");
/** "In Ridge Street, where nine houses …", "At Kell Primary School alone, 40 pupils …" */
const smallPlaceBefore = new RegExp(String.raw`(?:^|[,;:]\s*|\s)` + smallPlace + String.raw`(?:\s+alone)?\s*,?\s*(?:where\s+)?$`, "u");

/**
 * The place smaller than a town a count is given for ("nine houses on Ridge Street", "In Ridge Street, where
 * nine houses were lost", "in the village of Kell", "at Kell Primary School"), "" when none: such a count is
 * part of the story's total, not another account of it. `before` / `after`: the sentence around the figure.
 */
export function smallPlaceOf(before: string, after: string): string {
  const m = smallPlaceAfter.exec(after) ?? smallPlaceBefore.exec(before);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : "";
}

/** Class names whose counted noun itself says what happened ("deaths" = people killed). */
const outcomeOfNounClass: Record<string, string> = {
  deaths: "kill",
  injured: "injure",
  missing: "missing",
  evacuees: "evacuate",
  arrests: "arrest",
  survivors: "rescue",
};

/** Verb classes that define a fact on their own, whoever they happened to. */
const outcomeVerbClasses = new Set(["kill", "injure", "missing", "evacuate", "arrest", "rescue"]);

function index(lexicon: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const [cls, members] of Object.entries(lexicon)) {
    out.set(wordKeys(cls).join(" "), cls);
    for (const m of members) out.set(wordKeys(m).join(" "), cls);
  }
  return out;
}

const countedNounIndex = index(countedNouns);
const itemIndex = index(itemNouns);
const verbIndex = index(verbClasses);

/**
 * The longest lexicon phrase inside `keys` (comparable word forms), searched
 * from the end because English noun phrases put their head last.
 */
function longestPhrase(keys: readonly string[], idx: Map<string, string>): { cls: string; at: number; len: number } | null {
  for (let len = Math.min(4, keys.length); len >= 1; len--) {
    for (let at = keys.length - len; at >= 0; at--) {
      const cls = idx.get(keys.slice(at, at + len).join(" "));
      if (cls) return { cls, at, len };
    }
  }
  return null;
}

/** The class of a counted noun phrase ("police officers and soldiers" → "security forces"), or null. */
export function countedNounClass(phrase: string): string | null {
  return longestPhrase(wordKeys(phrase), countedNounIndex)?.cls ?? null;
}

/**
 * countedNounClass, unless the lexicon's words only modify the phrase's head (`head`, a comparable word
 * form) standing right after them at the end: "life jackets" counts jackets, not lives; "police cars"
 * counts cars.
 */
export function countedHeadClass(phrase: string, head: string): string | null {
  const keys = wordKeys(phrase);
  const m = longestPhrase(keys, countedNounIndex);
  if (!m) return null;
  const end = m.at + m.len;
  if (head && end === keys.length - 1 && keys[end] === head && !keys.slice(m.at, end).includes(head)) return null;
  return m.cls;
}

/** The class of a listed item's head ("swimming pool" → "pool"), with where the matched words stand. */
export function itemClass(keys: readonly string[]): { cls: string; at: number; len: number } | null {
  return longestPhrase(keys, itemIndex);
}

/** The class of an event verb lemma ("relocate" → "transfer"), or null for verbs outside the lexicon. */
export function verbClass(verb: string): string | null {
  const keys = wordKeys(verb);
  if (keys.length === 0) return null;
  const whole = verbIndex.get(keys.join(" "));
  if (whole) return whole;
  const stem = lemmaOfVerb(keys[0]);
  return verbIndex.get(stem) ?? null;
}

/** A rough verb lemma for inflected forms the extractor may pass through ("transferred" → "transfer"). */
export function lemmaOfVerb(w: string): string {
  const irregular: Record<string, string> = {
    sent: "send", took: "take", taken: "take", held: "hold", found: "find", died: "die", fled: "flee",
    hurt: "hurt", freed: "free", built: "build", made: "make", spent: "spend", paid: "pay", left: "leave",
  };
  if (irregular[w]) return irregular[w];
  if (verbIndex.has(w)) return w;
  for (const [suffix, repl] of [["ied", "y"], ["ies", "y"], ["ing", ""], ["ed", ""], ["es", ""], ["s", ""], ["d", ""]] as const) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) {
      const base = w.slice(0, -suffix.length) + repl;
      if (verbIndex.has(base)) return base;
      if (verbIndex.has(base + "e")) return base + "e";
      // transferred → transferr → transfer
      if (/(.)\1$/.test(base) && verbIndex.has(base.slice(0, -1))) return base.slice(0, -1);
    }
  }
  return w;
}

/** What a counted-noun class says happened, if the noun carries it ("deaths" → "kill"). */
export function outcomeOfNoun(nounClass: string | null): string | null {
  return nounClass ? (outcomeOfNounClass[nounClass] ?? null) : null;
}

/** Whether a verb class defines the fact by itself (people killed, injured, arrested…). */
export function isOutcomeVerbClass(cls: string | null): boolean {
  return cls !== null && outcomeVerbClasses.has(cls);
}

/** Counted nouns that say nothing about who was counted, so they match any group of people. */
export function isGenericPeople(nounClass: string | null): boolean {
  return nounClass === null || nounClass === "people";
}

/** Head nouns that count members of whatever follows "of" ("members of the armed forces"). */
export const partitiveHeads = new Set(["member", "part", "unit", "group", "contingent", "detachment", "number", "total"]);

const irregularParticiples: Record<string, string> = {
  send: "sent", take: "taken", hold: "held", find: "found", die: "died", flee: "fled", hurt: "hurt", build: "built",
  make: "made", spend: "spent", pay: "paid", leave: "left", free: "freed", bring: "brought", catch: "caught",
  keep: "kept", lose: "lost", seek: "sought", give: "given", see: "seen", write: "written", shoot: "shot",
  fight: "fought", sweep: "swept", "round up": "rounded up", "take part": "taking part",
};

/** Past participle for labels ("transfer" → "transferred", "deploy" → "deployed"). */
export function pastParticiple(verb: string): string {
  const v = verb.trim().toLowerCase();
  if (!v) return "";
  if (irregularParticiples[v]) return irregularParticiples[v];
  if (/(ed|ing)$/.test(v)) return v;
  if (/e$/.test(v)) return v + "d";
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + "ied";
  // stressed final syllable doubles the consonant (transfer, commit, compel, occur, stop)
  if (/(fer|mit|pel|cur|^stop|^drop|^ban|^plan|^grab|^nab)$/.test(v) && !/(offer|suffer|differ)$/.test(v)) {
    return v + v.slice(-1) + "ed";
  }
  return v + "ed";
}
