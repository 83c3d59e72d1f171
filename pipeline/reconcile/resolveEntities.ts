/**
 * Mentions → entities: one entity per person, organisation or place across
 * all sources. Names are compared in folded form (accents, case, "the",
 * possessives), and only names that share a word or an acronym are ever
 * compared (an index of name words), so cost follows the number of names.
 *
 * Merged: the same folded name; a person's first and last name with middle
 * names dropped (Hector Flores / Héctor Guerrero Flores); a short first name
 * (Ray / Raymond Kowalczyk) when one person fits; a surname alone
 * when exactly one full name fits; transliterations (each word within one
 * edit); an acronym and its expansion (USGS / U.S. Geological Survey);
 * aliases the text declares; an organisation's words in another order around
 * a joiner (Aragua Train / Train from Aragua); a place or organisation with a
 * designator, legal form or demonym added ("Aragua state", "Navegação Paranaçu Ltda.", "Venezuelan
 * Interior Ministry"); a place named by the part before a particle when one longer name in the story
 * extends it ("Frankfurt" / Frankfurt am Main).
 * Kept apart: names that differ by a real word (Tren de Aragua vs Aragua,
 * Banda Aceh vs Aceh, South Sudan vs Sudan), people with the same title.
 *
 * Not handled yet: first-name-only mentions, initials ("H. Flores"),
 * nicknames, and two different people who share a surname in one story when
 * only the surname is used.
 */
import type { EntityType, Mention } from "../extract/schema.ts";
import type { Entity, EntityMention } from "./schema.ts";
import { editDistance, fold, singleSpaced, wordKey } from "./wordForms.ts";

export interface ResolvedEntities {
  entities: Entity[];
  mentions: EntityMention[];
}

/** Words that name what kind of place or body something is, not which one. */
const designators = new Set(
  (
    "prison jail penitentiary center centre correctional facility province state district region county city town " +
    "village island camp municipality department governorate prefecture territory " +
    // legal forms: "Hollmann Chemie GmbH" is Hollmann Chemie, "Navegação Paranaçu Ltda." is Navegação Paranaçu
    "gmbh ag kg inc incorporated ltd limited llc llp lp plc corp corporation co sa spa srl sarl sas nv bv ltda pty " +
    "pvt bhd sdn tbk pt asa"
  ).split(" "),
);
/** Country abbreviations that lead an agency's name ("U.S. Geological Survey", "UK Met Office"). */
const countryAbbreviations = new Set(["us", "usa", "uk", "eu"]);
/** Joiners that may be dropped or moved when an organisation's name is reworded. */
const joiners = new Set(["de", "del", "la", "el", "los", "las", "of", "from", "the", "and", "for", "des", "du", "da", "do"]);
const honorifics = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sen", "rep", "gen", "col", "capt", "lt", "sgt", "prof"]);

interface NameRecord {
  key: string;
  type: EntityType;
  tokens: string[];
  /** the name as first written */
  original: string;
  /** the sources that give the name (kept for people only: linkSurnames is all that asks) */
  sources: Set<string>;
  firstAt: number;
  /** where the name first stands in each source (for "introduced before"; people only, like `sources`) */
  firstIn: Map<string, number>;
  /** the last source (by position in the input) whose mentions were added, so a source's later mentions add nothing again */
  lastSource: number;
}

/**
 * Name words in one comparable spelling: accents folded, and the German
 * transliterations ß → ss, ö → oe (Weißmüller / Weissmueller / Weissmüller)
 * reduced to one form on both sides.
 */
function nameTokens(name: string): string[] {
  // a legal form written with dots at the end ("S.r.l.", "S.p.A.", "N.V.") is one word
  const t = fold(name.replace(/ß/g, "ss").replace(/ẞ/g, "SS").replace(trailingDotted, (m) => m.replace(/\./g, "")))
    .replace(/([b-df-hj-np-tv-z])([aou])e/g, "$1$2")
    .replace(/'s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (t.length > 1 && (t[0] === "the" || honorifics.has(t[0]))) t.shift();
  return t;
}

const trailingDotted = /(?<=\s)(?:\p{L}\.){2,}\s*$/u;

function isDemonym(token: string): boolean {
  return /^[a-z]{3,}(an|ian|ese|ish|i)$/.test(token) && !designators.has(token);
}

/** A place or organisation without designators and a leading demonym ("Venezuelan Interior Ministry" → "interior ministry"). */
function coreTokens(tokens: readonly string[], original: string): string[] {
  let t = tokens.filter((w) => !designators.has(w) && !designators.has(wordKey(w)));
  const firstWord = original.trim().split(/\s+/)[0] ?? "";
  if (t.length > 1 && isDemonym(t[0]) && /^\p{Lu}/u.test(firstWord)) t = t.slice(1);
  // "U.S." / "US" before an agency's name says whose it is, not which one
  if (/^\p{Lu}/u.test(firstWord)) {
    let lead = 0;
    while (lead < t.length && t[lead].length === 1) lead++;
    if (lead === 0 && countryAbbreviations.has(t[0])) lead = 1;
    if (lead > 0 && t.length - lead >= 2) t = t.slice(lead);
  }
  return t.length ? t : [...tokens];
}

function acronyms(tokens: readonly string[]): string[] {
  if (tokens.length < 2) return [];
  const all = tokens.map((w) => w[0]).join("");
  const content = tokens.filter((w) => !joiners.has(w)).map((w) => w[0]).join("");
  return [...new Set([all, content])].filter((a) => a.length >= 2);
}

function typesCompatible(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  if (a === "person" || b === "person") return a === "other" || b === "other";
  return true;
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Each word the same or one edit apart; short words must match exactly (Iran/Iraq, Mali/Bali). */
function sameTransliteration(a: readonly string[], b: readonly string[], minLength = 5): boolean {
  if (a.length !== b.length) return false;
  let edits = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (Math.min(a[i].length, b[i].length) < minLength) return false;
    const d = editDistance(a[i], b[i], 1);
    if (d > 1) return false;
    edits += d;
  }
  return edits > 0 && edits <= Math.max(1, Math.floor(a.length / 2));
}

/** Sources in report order, each with its mentions in text order. */
export function resolveEntities(perSource: readonly { sourceId: string; mentions: readonly Mention[] }[]): ResolvedEntities {
  const records: NameRecord[] = [];
  const recordOf = new Map<string, number>();
  const uf = new UnionFind();
  // each mention (in input order), the name it gives (trimmed), its record and where it stands (source × 1e7 + place)
  const mentionCount = perSource.reduce((n, s) => n + s.mentions.length, 0);
  const mentionOf: Mention[] = new Array(mentionCount);
  const nameOf: string[] = new Array(mentionCount);
  const recordOfMention = new Int32Array(mentionCount);
  const atOf = new Float64Array(mentionCount);
  let next = 0;
  // a name written the same way again goes to the same record without being folded again
  const recordOfWritten = new Map<EntityType, Map<string, number>>();
  const recordFor = (name: string, type: EntityType, sourceId: string, si: number, at: number): number => {
    let ofType = recordOfWritten.get(type);
    if (!ofType) {
      ofType = new Map();
      recordOfWritten.set(type, ofType);
    }
    let idx = ofType.get(name);
    if (idx === undefined) {
      const tokens = nameTokens(name);
      const key = `${type}|${tokens.join(" ") || fold(name).trim()}`;
      idx = recordOf.get(key);
      if (idx === undefined) {
        idx = records.length;
        records.push({ key, type, tokens, original: name.trim(), sources: new Set(), firstAt: at, firstIn: new Map(), lastSource: -1 });
        recordOf.set(key, idx);
        uf.add();
      }
      ofType.set(name, idx);
    }
    const record = records[idx];
    // (a source names most of its names several times: only its first mention of one adds the source; and only
    // people's sources are asked for, by linkSurnames)
    if (record.lastSource !== si && type === "person") {
      record.lastSource = si;
      record.sources.add(sourceId);
      if (!record.firstIn.has(sourceId)) record.firstIn.set(sourceId, at);
    }
    return idx;
  };
  const aliasPairs: [number, number][] = [];
  for (let si = 0; si < perSource.length; si++) {
    const { sourceId, mentions } = perSource[si];
    for (let mi = 0; mi < mentions.length; mi++) {
      const m = mentions[mi];
      const at = si * 1e7 + mi;
      const name = m.name.trim() || m.text.trim();
      const rec = recordFor(name, m.type, sourceId, si, at);
      mentionOf[next] = m;
      nameOf[next] = name;
      recordOfMention[next] = rec;
      atOf[next] = at;
      next++;
      if (m.alias.trim()) aliasPairs.push([rec, recordFor(m.alias.trim(), m.type, sourceId, si, at)]);
    }
  }
  for (const [a, b] of aliasPairs) if (plausibleAlias(records[a], records[b])) uf.union(a, b);

  // index of name words and acronyms: only names sharing one are compared
  const byToken = new Map<string, number[]>();
  const index = (k: string, i: number) => {
    const list = byToken.get(k);
    if (list) {
      if (list[list.length - 1] !== i) list.push(i);
    } else byToken.set(k, [i]);
  };
  // (loops, not forEach callbacks: V8 drops a per-call closure's optimised code at each full collection)
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    for (const t of new Set(r.tokens)) if (!joiners.has(t)) index(`w:${t}`, i);
    if (r.tokens.length === 1) index(`a:${r.tokens[0]}`, i);
    if (r.type !== "person") for (const a of acronyms(r.tokens)) index(`a:${a}`, i);
    // transliterations: words that differ by one letter share a word with that letter dropped
    if (r.type === "person" || r.tokens.length <= 3) {
      const last = r.tokens[r.tokens.length - 1] ?? "";
      if (last.length >= 5) for (let k = 0; k < last.length; k++) index(`d:${last.slice(0, k)}${last.slice(k + 1)}`, i);
      if (last.length >= 5) index(`d:${last}`, i);
    }
  }
  const compared = new Set<string>();
  for (const list of byToken.values()) {
    if (list.length > 500) continue; // a word in hundreds of different names identifies nothing
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        const pk = `${i},${j}`;
        if (compared.has(pk)) continue;
        compared.add(pk);
        if (sameEntity(records[i], records[j])) uf.union(i, j);
      }
    }
  }
  linkShortFirstNames(records, uf);
  linkSurnames(records, uf);
  linkShortOrganizationNames(records, uf);
  linkShortPlaceNames(records, uf);

  // entities from clusters, numbered by first appearance
  const rootOf = records.map((_, i) => uf.find(i));
  const clusters = new Map<number, number[]>();
  records.forEach((_, i) => {
    const r = rootOf[i];
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(i);
  });
  const mentionsOfRoot = new Map<number, number[]>();
  for (let k = 0; k < recordOfMention.length; k++) {
    const r = rootOf[recordOfMention[k]];
    const list = mentionsOfRoot.get(r);
    if (list) list.push(k);
    else mentionsOfRoot.set(r, [k]);
  }
  const roots = [...mentionsOfRoot.keys()].sort((a, b) => atOf[mentionsOfRoot.get(a)![0]] - atOf[mentionsOfRoot.get(b)![0]]);
  const entities: Entity[] = [];
  const entityOfRoot = new Map<number, string>();
  for (let n = 0; n < roots.length; n++) {
    const root = roots[n];
    const id = `E${String(n + 1).padStart(3, "0")}`;
    entityOfRoot.set(root, id);
    const ms = mentionsOfRoot.get(root)!;
    const variants: string[] = [];
    const counts = new Map<string, number>();
    const types = new TypeCounts();
    const sourceIds = new Set<string>();
    // (a source repeats a name: the same name as the mention before is counted along, its spacing not read again)
    let name: string | null = null;
    let v = "";
    let run = 0;
    let sourceId: string | null = null;
    // (indexed: the loops over every mention run once per call, mostly before the JIT has compiled them)
    for (let j = 0; j < ms.length; j++) {
      const k = ms[j];
      const m = mentionOf[k];
      types.add(m.type);
      if (m.sourceId !== sourceId) {
        sourceId = m.sourceId;
        sourceIds.add(sourceId);
      }
      if (nameOf[k] === name) {
        run++;
        continue;
      }
      if (run > 0) counts.set(v, (counts.get(v) ?? 0) + run);
      name = nameOf[k];
      v = singleSpaced(name);
      if (!counts.has(v)) variants.push(v);
      run = 1;
    }
    if (run > 0) counts.set(v, (counts.get(v) ?? 0) + run);
    for (const i of clusters.get(root) ?? []) {
      const v = singleSpaced(records[i].original);
      if (!counts.has(v)) {
        variants.push(v);
        counts.set(v, 0);
      }
    }
    const type = types.majority();
    entities.push({
      id,
      type,
      name: bestName(variants, counts, type),
      variants,
      sourceIds: [...sourceIds],
      mentionCount: ms.length,
    });
  }
  const entityOfRecord = rootOf.map((r) => entityOfRoot.get(r)!);
  const mentions: EntityMention[] = [];
  for (let k = 0; k < mentionOf.length; k++) {
    const m = mentionOf[k];
    mentions.push({ entityId: entityOfRecord[recordOfMention[k]], sourceId: m.sourceId, text: m.text, sentenceIndex: m.sentenceIndex, start: m.start, end: m.end });
  }
  return { entities, mentions };
}

function sameEntity(a: NameRecord, b: NameRecord): boolean {
  const ta = a.tokens;
  const tb = b.tokens;
  // the same full name typed differently in two places ("West Sulawesi" read as a person once) is one thing;
  // a single word used as a surname is left to linkSurnames, which looks at who was introduced first
  if (ta.join(" ") === tb.join(" ") && (ta.length > 1 || (a.type !== "person" && b.type !== "person"))) return true;
  if (!typesCompatible(a.type, b.type)) return false;
  if (ta.join(" ") === tb.join(" ")) return true;
  const person = a.type === "person" && b.type === "person";
  if (person) {
    // middle names dropped: same first and last name
    if (ta.length >= 2 && tb.length >= 2 && ta[0] === tb[0] && ta[ta.length - 1] === tb[tb.length - 1]) return true;
    // later names dropped or the given name left out: "Peter Garang" / "Garang Akol" / "Peter Garang Akol"
    if (Math.min(ta.length, tb.length) >= 2 && (containsRun(ta, tb) || containsRun(tb, ta))) return true;
    return sameTransliteration(ta, tb) && !genderedPair(ta[0], tb[0]);
  }
  // acronym against expansion
  if (ta.length === 1 && acronyms(tb).includes(ta[0]) && /^\p{Lu}{2,}$/u.test(a.original.replace(/[.\s]/g, ""))) return true;
  if (tb.length === 1 && acronyms(ta).includes(tb[0]) && /^\p{Lu}{2,}$/u.test(b.original.replace(/[.\s]/g, ""))) return true;
  // an acronym of a multi-word place inside a longer name: "NSW Government" / "New South Wales government"
  if (expandsAcronym(ta, a.original, tb) || expandsAcronym(tb, b.original, ta)) return true;
  const ca = coreTokens(ta, a.original);
  const cb = coreTokens(tb, b.original);
  if (ca.join(" ") === cb.join(" ")) return true;
  // reworded organisation names: same content words around a joiner
  const sa = ca.filter((w) => !joiners.has(w));
  const sb = cb.filter((w) => !joiners.has(w));
  if (a.type === "organization" && b.type === "organization" && sa.length >= 2 && sa.length === sb.length) {
    const setB = new Set(sb);
    if (sa.every((w) => setB.has(w))) return true;
  }
  return ca.length === cb.length && ca.length <= 3 && sameTransliteration(ca, cb, 6);
}

/**
 * Whether `short` is `long` with one run of two or more words written as its capitalised initials, the
 * other words the same: "NSW Government" / "New South Wales government", "UN Security Council" / "United
 * Nations Security Council". `original`: how `short` was written (the acronym must be in capitals there).
 */
const nonLetters = /[^\p{L}]+/u;
function expandsAcronym(short: readonly string[], original: string, long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length) return false;
  const extra = long.length - short.length + 1;
  for (let k = 0; k < short.length; k++) {
    const t = short[k];
    if (t.length !== extra || !original.split(nonLetters).includes(t.toUpperCase())) continue;
    let same = true;
    for (let i = 0; i < k && same; i++) same = short[i] === long[i];
    for (let i = k + 1; i < short.length && same; i++) same = short[i] === long[i + extra - 1];
    if (!same) continue;
    let initials = "";
    for (let i = k; i < k + extra; i++) initials += long[i][0];
    if (initials === t) return true;
  }
  return false;
}

/** First names that differ only in a final vowel are often two people (Mario / Maria, Daniele / Daniela). */
function genderedPair(a: string, b: string): boolean {
  return a !== b && a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /[aeiou]$/.test(a) && /[aeiou]$/.test(b);
}

/** Whether `small` stands in `big` as consecutive words. */
function containsRun(big: readonly string[], small: readonly string[]): boolean {
  if (small.length >= big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) if (small.every((w, k) => big[i + k] === w)) return true;
  return false;
}

/**
 * A surname alone joins the one full name it can stand for: a person whose
 * later name is that word ("Garang" → Peter Garang Akol). With several
 * candidates in the story, the one already introduced in the same article
 * before the surname is used wins ("Mr Garang" after "Peter Garang", not John
 * Garang named at the end); if that still leaves several, it stays alone.
 */
function linkSurnames(records: readonly NameRecord[], uf: UnionFind): void {
  const fullByName = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.type !== "person" || r.tokens.length < 2) return;
    for (const w of new Set(r.tokens.slice(1))) {
      if (!fullByName.has(w)) fullByName.set(w, []);
      fullByName.get(w)!.push(i);
    }
  });
  const unlinked = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.type !== "person" || r.tokens.length !== 1) return;
    const candidates = fullByName.get(r.tokens[0]) ?? [];
    const people = [...new Set(candidates.map((c) => uf.find(c)))];
    const pick = (roots: number[]) => (roots.length === 1 ? roots[0] : null);
    const introducedBefore = people.filter((p) =>
      candidates.some((c) => uf.find(c) === p && [...r.firstIn].some(([src, at]) => (records[c].firstIn.get(src) ?? Infinity) < at)),
    );
    const inSameSources = people.filter((p) => candidates.some((c) => uf.find(c) === p && [...records[c].sources].some((s) => r.sources.has(s))));
    const chosen = pick(people) ?? pick(introducedBefore) ?? pick(inSameSources);
    if (chosen !== null) uf.union(i, chosen);
    else unlinked.set(r.tokens[0], [...(unlinked.get(r.tokens[0]) ?? []), i]);
  });
  // the same lone name in several sources, standing for no one known, is still one name; and when a place
  // carries exactly that name ("Majene" read as a person once), it is that place. (An organisation may well
  // share a person's name: Ford the company, Ford the man.)
  const otherByName = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.type === "place" && r.tokens.length === 1 && !otherByName.has(r.tokens[0])) otherByName.set(r.tokens[0], i);
  });
  for (const [name, list] of unlinked) {
    for (const i of list.slice(1)) uf.union(list[0], i);
    const other = otherByName.get(name);
    if (other !== undefined) uf.union(list[0], other);
  }
}

/**
 * A short form of a first name with the same surname ("Ray Kowalczyk" → Raymond Kowalczyk, "Dan Ode" →
 * Daniel Ode) joins the one person whose first name starts with it. Two fitting people (Sam and Samantha
 * Ode in one story) leave it alone, and first names of one or two letters are initials, not short forms.
 */
function linkShortFirstNames(records: readonly NameRecord[], uf: UnionFind): void {
  const bySurname = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.type !== "person" || r.tokens.length < 2) return;
    const last = r.tokens[r.tokens.length - 1];
    if (!bySurname.has(last)) bySurname.set(last, []);
    bySurname.get(last)!.push(i);
  });
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    for (const i of list) {
      const first = records[i].tokens[0];
      if (first.length < 3) continue;
      const roots = new Set<number>();
      for (const j of list) {
        const other = records[j].tokens[0];
        if (other.length > first.length && other.startsWith(first)) roots.add(uf.find(j));
      }
      if (roots.size === 1) {
        const [root] = roots;
        if (uf.find(i) !== root) uf.union(i, root);
      }
    }
  }
}

/**
 * An organisation's first word used alone ("Hollmann" for Hollmann Chemie
 * GmbH, "Amnesty" for Amnesty International) joins it when exactly one
 * organisation in the story starts with that word. Words that name a place or
 * a person somewhere in the story are never shortened names ("Sudan" is not
 * the Sudan People's Liberation Movement).
 */
function linkShortOrganizationNames(records: readonly NameRecord[], uf: UnionFind): void {
  const namesPlaceOrPerson = new Set<number>();
  records.forEach((r, i) => {
    if (r.type === "place" || r.type === "person") namesPlaceOrPerson.add(uf.find(i));
  });
  const orgsByFirst = new Map<string, Set<number>>();
  records.forEach((r, i) => {
    if (r.type !== "organization" || r.tokens.length < 2) return;
    const first = r.tokens[0];
    if (!orgsByFirst.has(first)) orgsByFirst.set(first, new Set());
    orgsByFirst.get(first)!.add(uf.find(i));
  });
  records.forEach((r, i) => {
    if (r.tokens.length !== 1 || r.tokens[0].length < 4 || (r.type !== "organization" && r.type !== "other")) return;
    if (namesPlaceOrPerson.has(uf.find(i))) return;
    const roots = [...(orgsByFirst.get(r.tokens[0]) ?? [])].map((x) => uf.find(x));
    if (new Set(roots).size === 1) uf.union(i, roots[0]);
  });
}

/** Particles that join a place's name to what it is "of" or "on" (São Benedito do Iracema, Frankfurt am Main). */
const placeParticles = new Set(["de", "do", "da", "dos", "das", "del", "della", "delle", "dei", "di", "du", "des", "of", "on", "upon", "am", "an", "im", "sur", "sul"]);

/**
 * A place named by the part of a longer place name before a particle ("São Benedito" for São Benedito do
 * Iracema, "Frankfurt" for Frankfurt am Main) is that place when exactly one longer name in the story
 * extends it that way; with two ("Santiago de Chile", "Santiago de Cuba") it stays alone.
 */
function linkShortPlaceNames(records: readonly NameRecord[], uf: UnionFind): void {
  const placeLike = (r: NameRecord) => r.type === "place" || r.type === "other";
  const shortByKey = new Map<string, number>();
  records.forEach((r, i) => {
    if (placeLike(r) && r.tokens.length >= 1) shortByKey.set(r.tokens.join(" "), i);
  });
  const extensions = new Map<number, Set<number>>();
  records.forEach((r, i) => {
    if (!placeLike(r)) return;
    for (let p = 1; p < r.tokens.length - 1; p++) {
      if (!placeParticles.has(r.tokens[p])) continue;
      const short = shortByKey.get(r.tokens.slice(0, p).join(" "));
      if (short === undefined) continue;
      if (!extensions.has(short)) extensions.set(short, new Set());
      extensions.get(short)!.add(i);
      break;
    }
  });
  for (const [short, longer] of extensions) {
    const roots = new Set([...longer].map((i) => uf.find(i)));
    if (roots.size !== 1) continue;
    // (a short name read as a person somewhere is a person's name too: leave it)
    if (records.some((r, i) => r.type === "person" && uf.find(i) === uf.find(short))) continue;
    uf.union(short, [...longer][0]);
  }
}

/**
 * An alias the text declares, unless it is plainly something else: an
 * acronym for a one-word name must start with its letter ("Indonesia (AP)" is
 * a dateline credit, not Indonesia's acronym).
 */
function plausibleAlias(a: NameRecord, b: NameRecord): boolean {
  const isAcronym = (r: NameRecord) => r.tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(r.original.replace(/[.\s]/g, ""));
  for (const [acr, other] of [[a, b], [b, a]] as const) {
    if (isAcronym(acr) && other.tokens.length === 1 && !isAcronym(other) && acr.tokens[0][0] !== other.tokens[0][0]) return false;
  }
  return true;
}

/** How often each type was given, in the order first given (there are only a few types). */
class TypeCounts {
  private readonly types: EntityType[] = [];
  private readonly counts: number[] = [];
  add(type: EntityType): void {
    const at = this.types.indexOf(type);
    if (at >= 0) this.counts[at]++;
    else {
      this.types.push(type);
      this.counts.push(1);
    }
  }
  /** The type given most often; "other" gives way to a type given as often, otherwise the first given wins. */
  majority(): EntityType {
    let best = 0;
    if (this.types.length === 0) return "other";
    for (let t = 0; t < this.types.length; t++) {
      if (this.counts[t] > this.counts[best] || (this.counts[t] === this.counts[best] && this.types[best] === "other")) best = t;
    }
    return this.types[best];
  }
}

/** Full names for people (accents kept); the most used form for places and organisations. */
function bestName(variants: readonly string[], counts: ReadonlyMap<string, number>, type: EntityType): string {
  const accents = (s: string) => [...s].filter((c) => c.charCodeAt(0) > 127 && /\p{L}/u.test(c)).length;
  const foldedCount = new Map<string, number>();
  for (const v of variants) foldedCount.set(fold(v), (foldedCount.get(fold(v)) ?? 0) + (counts.get(v) ?? 0));
  const ranked = variants
    .map((v, i) => ({ v, i, words: nameTokens(v).length, accents: accents(v), uses: foldedCount.get(fold(v)) ?? 0 }))
    .sort((x, y) =>
      type === "person"
        ? y.words - x.words || y.accents - x.accents || y.uses - x.uses || x.i - y.i
        : y.uses - x.uses || y.accents - x.accents || x.words - y.words || x.i - y.i,
    );
  return ranked[0]?.v ?? "";
}
