/**
 * Claims → facts. Claims are only compared inside their block (same counted
 * thing, same item head, same date…), so the cost grows with the number of
 * claims, not with its square.
 *
 * Quantities are grouped in two passes. First, claims whose values agree and
 * whose event verbs and counted groups are compatible join one cluster (the
 * one with the most similar context). Then clusters whose values disagree are
 * joined into one conflicting fact only when the evidence says they are about
 * the same thing: the same event verb, or sentences that share many rare
 * words — and not when one source stands in both, since an article giving
 * two figures for one noun is almost always talking about two things
 * (capacity and population, a fee and a yearly income), unless it gives them
 * as two voices' competing counts side by side (see competingAccounts).
 *
 * Not handled yet: two accounts of one event with the same figure but
 * different stories (an accident vs a killing) are not told apart; date
 * conflicts are not detected (dates agree or stand alone).
 */
import type { ClaimKind } from "../extract/schema.ts";
import type { ClaimFeatures } from "./claimFeatures.ts";
import { rangesOverlap, type ValueRange } from "./valueCompatibility.ts";
import { stopWords } from "./wordForms.ts";
import { partitiveHeads } from "./newsLexicon.ts";

export interface FactGroup {
  kind: ClaimKind;
  /** claims in first-appearance order */
  claims: ClaimFeatures[];
  /** for quantities: sets of mutually agreeing claims; more than one means the sources conflict */
  valueClusters: ClaimFeatures[][];
}

/** How many rare context words two clusters must share, as a share of the smaller one, to be one thing. */
export const conflictContextThreshold = 0.3;

/**
 * Context words, each once, in the order they came, with their weights and the weights' sum taken in
 * that order (so a bag that grows keeps the same sum as one added up afresh).
 */
export interface WeightedBag {
  readonly words: Set<string>;
  readonly list: string[];
  readonly weights: number[];
  total: number;
}

/** Word weights: rare words say more about what a sentence is about. */
export class ContextWeights {
  /** per word: in how many bags it stands, the last bag counted, and its weight once asked for */
  private readonly words = new Map<string, { df: number; lastBag: number; weight: number | null }>();
  private docs = 0;
  /** bags of word lists already seen, by the list itself (claims of one sentence share their list) */
  private readonly bags = new Map<readonly string[], WeightedBag>();
  constructor(bags: readonly (readonly string[])[]) {
    // the same list given several times counts as many bags (and mostly comes several times in a row: claims of
    // one sentence share their list)
    const times = new Map<readonly string[], number>();
    let last: readonly string[] | null = null;
    let run = 0;
    // (indexed: the loop runs once per call over every claim, mostly before the JIT has compiled it)
    for (let k = 0; k < bags.length; k++) {
      const bag = bags[k];
      this.docs++;
      if (bag === last) {
        run++;
        continue;
      }
      if (last) times.set(last, (times.get(last) ?? 0) + run);
      last = bag;
      run = 1;
    }
    if (last) times.set(last, (times.get(last) ?? 0) + run);
    let id = 0;
    for (const [bag, n] of times) {
      id++;
      for (const w of bag) {
        const entry = this.words.get(w);
        if (!entry) this.words.set(w, { df: n, lastBag: id, weight: null });
        else if (entry.lastBag !== id) {
          entry.df += n;
          entry.lastBag = id;
        }
      }
    }
  }
  weight(w: string): number {
    const entry = this.words.get(w);
    if (!entry) return Math.log(1 + this.docs / 1);
    // the number of bags is fixed once built, so a word's weight is worked out once
    return (entry.weight ??= Math.log(1 + this.docs / entry.df));
  }
  emptyBag(): WeightedBag {
    return { words: new Set(), list: [], weights: [], total: 0 };
  }
  /** Adds a word to a bag unless it is there already. */
  add(bag: WeightedBag, w: string): void {
    const size = bag.words.size;
    bag.words.add(w);
    if (bag.words.size === size) return;
    const wt = this.weight(w);
    bag.list.push(w);
    bag.weights.push(wt);
    bag.total += wt;
  }
  /** The bag of a list of words; the same list gives the same bag, which must not be added to. */
  bagOf(list: readonly string[]): WeightedBag {
    let bag = this.bags.get(list);
    if (!bag) {
      bag = this.emptyBag();
      for (const w of list) this.add(bag, w);
      this.bags.set(list, bag);
    }
    return bag;
  }
  /** Weighted overlap of two bags, 0..1, relative to the smaller bag. */
  similarity(a: WeightedBag, b: WeightedBag): number {
    const [small, large] = a.words.size <= b.words.size ? [a, b] : [b, a];
    let shared = 0;
    const { list, weights } = small;
    for (let i = 0; i < list.length; i++) if (large.words.has(list[i])) shared += weights[i];
    const denom = Math.min(small.total, large.total);
    return denom > 0 ? shared / denom : 0;
  }
}

const kindOrder: Record<string, number> = { quantity: 0, date: 1, item: 2, quote: 3, event: 4 };

function byAppearance(a: ClaimFeatures, b: ClaimFeatures): number {
  return a.sourceIndex - b.sourceIndex || a.claim.start - b.claim.start || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0);
}

/** Group every claim into exactly one fact. */
export function groupFacts(features: readonly ClaimFeatures[]): FactGroup[] {
  const ordered = [...features].sort(byAppearance);
  const weights = new ContextWeights(ordered.map((f) => f.context));
  // blocks by kind and block name, listed in order of first appearance
  const blocks: ClaimFeatures[][] = [];
  const blockOf = new Map<string, Map<string, ClaimFeatures[]>>();
  for (let k = 0; k < ordered.length; k++) {
    const f = ordered[k];
    let ofKind = blockOf.get(f.claim.kind);
    if (!ofKind) {
      ofKind = new Map();
      blockOf.set(f.claim.kind, ofKind);
    }
    const members = ofKind.get(f.block);
    if (members) members.push(f);
    else {
      const block = [f];
      ofKind.set(f.block, block);
      blocks.push(block);
    }
  }
  const itemBlocks = blockOf.get("item");
  if (itemBlocks) joinExtendedHeads(itemBlocks);
  const groups: FactGroup[] = [];
  const dates: ClaimFeatures[] = [];
  const quotes: ClaimFeatures[] = [];
  for (const members of blocks) {
    if (members.length === 0) continue;
    const kind = members[0].claim.kind;
    if (members[0].block.startsWith("unc:")) groups.push(single(members));
    else if (kind === "quantity") groups.push(...groupQuantities(members, weights));
    else if (kind === "item") groups.push(...groupItems(members, weights));
    else if (kind === "date") dates.push(...members);
    else if (kind === "quote") quotes.push(...members);
    else groups.push(single(members));
  }
  groups.push(...groupDates(dates), ...groupQuotes(quotes));
  joinBareFigures(groups);
  joinUnnamedAges(groups);
  for (const g of groups) g.claims.sort(byAppearance);
  return groups.sort((a, b) => (kindOrder[a.kind] ?? 9) - (kindOrder[b.kind] ?? 9) || byAppearance(a.claims[0], b.claims[0]));
}

/** "noun:workers@" → { noun: "workers", frame: "" } for figures of a specific group with no event verb. */
function bareFigure(g: FactGroup): { noun: string; frame: string } | null {
  if (g.kind !== "quantity") return null;
  const m = /^noun:([^@+]+)@(.*)$/.exec(g.claims[0].block);
  if (!m || m[1] === "people" || g.claims.some((c) => c.verbClass !== null || c.block !== g.claims[0].block)) return null;
  return { noun: m[1], frame: m[2] };
}

/** The common part of the claims' value ranges, or null when they have none. */
function commonRange(claims: readonly ClaimFeatures[]): ValueRange | null {
  const r = claims.reduce<ValueRange | null>((acc, c) => (c.range ? (acc ? { lo: Math.max(acc.lo, c.range.lo), hi: Math.min(acc.hi, c.range.hi) } : { ...c.range }) : acc), null);
  return r && r.lo <= r.hi ? r : null;
}

/**
 * A figure for a specific group that no verb ties to an event ("Seven
 * employees of the plant were injured, according to the company" when the
 * verb stands too far away; "five workers had been taken to hospital") is
 * another account of the one outcome fact about that group (workers injured)
 * whose figures it agrees with. Each agreeing set of such figures moves on
 * its own; with no fitting fact, or several, it stays where it was. Changes
 * `groups` in place.
 */
function joinBareFigures(groups: FactGroup[]): void {
  const outcomeFacts = new Map<string, FactGroup[]>();
  for (const g of groups) {
    if (g.kind !== "quantity") continue;
    const keys = new Set<string>();
    for (let k = 0; k < g.claims.length; k++) {
      const c = g.claims[k];
      if (c.group && c.block.startsWith("outcome:") && !c.block.includes("+")) keys.add(`${c.group}@${c.frame}`);
    }
    for (const k of keys) outcomeFacts.set(k, [...(outcomeFacts.get(k) ?? []), g]);
  }
  moveFiguresToFittingFact(groups, (g) => {
    const bare = bareFigure(g);
    return bare ? (outcomeFacts.get(`${bare.noun}@${bare.frame}`) ?? []) : undefined;
  });
}

/**
 * "a 19-year-old man" is the one named person whose age agrees with it ("Tyrell Mason, 19"): each agreeing
 * set of ages given with a common noun joins the named person's age fact with an agreeing cluster, when
 * exactly one fits; with none or several it stays as it is. Changes `groups` in place.
 */
function joinUnnamedAges(groups: FactGroup[]): void {
  const named = new Map<string, FactGroup[]>();
  for (const g of groups) {
    const m = g.kind === "quantity" ? /^age:([^~].*)@(.*)$/.exec(g.claims[0].block) : null;
    if (m) named.set(m[2], [...(named.get(m[2]) ?? []), g]);
  }
  if (named.size === 0) return;
  moveFiguresToFittingFact(groups, (g) => {
    const m = g.kind === "quantity" ? /^age:~.*@(.*)$/.exec(g.claims[0].block) : null;
    return m ? (named.get(m[1]) ?? []) : undefined;
  });
}

/**
 * Each agreeing set of figures of a group for which `candidatesOf` gives
 * candidate facts moves into the one cluster of those facts whose values it
 * fits; with none or several it stays. Groups left empty are dropped.
 * Changes `groups` in place.
 */
function moveFiguresToFittingFact(groups: FactGroup[], candidatesOf: (g: FactGroup) => readonly FactGroup[] | undefined): void {
  let changed = false;
  for (const g of groups) {
    const candidates = candidatesOf(g);
    if (!candidates) continue;
    g.valueClusters = g.valueClusters.filter((figures) => {
      const range = commonRange(figures);
      if (!range) return true;
      const fits: { fact: FactGroup; cluster: ClaimFeatures[] }[] = [];
      for (const fact of candidates) {
        for (const cluster of fact.valueClusters) {
          if (cluster.every((c) => c.range && rangesOverlap(c.range, range))) fits.push({ fact, cluster });
        }
      }
      if (fits.length !== 1) return true;
      fits[0].cluster.push(...figures);
      fits[0].cluster.sort(byAppearance);
      fits[0].fact.claims.push(...figures);
      changed = true;
      return false;
    });
    g.claims = g.valueClusters.flat();
  }
  if (!changed) return;
  const kept = groups.filter((g) => g.claims.length > 0);
  groups.splice(0, groups.length, ...kept);
}

/**
 * An item named with a word added in front of a head phrase of two or more words ("cooking gas cylinders"
 * / "gas cylinders") is that item, when nothing contradicts: no other word is added in front of the same
 * phrase in the story ("butane gas cylinders") and no source lists both. A single head word is left alone
 * ("sniper rifles" are not just any "rifles"). Moves members between `byName`'s blocks in place (an
 * emptied block stays, empty).
 */
function joinExtendedHeads(byName: Map<string, ClaimFeatures[]>): void {
  const parsed = new Map<string, { head: string[]; frame: string }>();
  for (const name of byName.keys()) {
    const m = /^item:(.*)@(.*)$/.exec(name);
    if (m && m[1].includes(" ")) parsed.set(name, { head: m[1].split(" "), frame: m[2] });
  }
  if (parsed.size < 2) return;
  // for each shorter head phrase that exists as a block: the blocks that extend it
  const extensions = new Map<string, string[]>();
  for (const [name, { head, frame }] of parsed) {
    for (let drop = 1; head.length - drop >= 2; drop++) {
      const shorter = `item:${head.slice(drop).join(" ")}@${frame}`;
      if (!parsed.has(shorter)) continue;
      extensions.set(shorter, [...(extensions.get(shorter) ?? []), name]);
      break;
    }
  }
  for (const [shorter, longer] of extensions) {
    if (longer.length !== 1) continue;
    const target = byName.get(shorter)!;
    const moving = byName.get(longer[0])!;
    const sources = new Set(target.map((f) => f.countedSource));
    if (moving.some((f) => sources.has(f.countedSource))) continue;
    const merged = [...target, ...moving].sort(byAppearance);
    target.splice(0, target.length, ...merged);
    moving.splice(0, moving.length);
  }
}

function single(members: ClaimFeatures[]): FactGroup {
  return { kind: members[0].claim.kind, claims: [...members], valueClusters: [[...members]] };
}

/** Agreeing claims grouped together (clusters of items keep only members, sources and context: see addToContext). */
interface Cluster {
  members: ClaimFeatures[];
  sources: Set<string>;
  /** common part of the members' value ranges: in one dimension, pairwise-overlapping ranges share a point */
  range: ValueRange | null;
  verbs: Set<string>;
  groups: Set<string>;
  context: WeightedBag;
  /** words right around the members' figures ("damage") */
  near: Set<string>;
  /** sources with a member no one is credited with (see competingAccounts) */
  unvoiced: Set<string>;
  /** the extractor's own context words ("sentence", "capacity"), when it gave any */
  stated: Set<string>;
  /** the members' smaller places ("" for a figure given for no such place) */
  parts: Set<string>;
  /** the word lists of members already added to context, near and stated (claims share their lists, and
   * adding one again changes nothing) */
  merged: { context: Set<readonly string[]>; near: Set<readonly string[]>; stated: Set<readonly string[]> };
  /** similarity of a claim's context bag to this cluster's, and the cluster context's size it was worked out at */
  similarities: Map<WeightedBag, { size: number; similarity: number }>;
}

function newCluster(f: ClaimFeatures, weights: ContextWeights, addFirst: (c: Cluster, f: ClaimFeatures, weights: ContextWeights) => void = add): Cluster {
  const c: Cluster = {
    members: [],
    sources: new Set(),
    range: null,
    verbs: new Set(),
    groups: new Set(),
    context: weights.emptyBag(),
    near: new Set(),
    unvoiced: new Set(),
    stated: new Set(),
    parts: new Set(),
    merged: { context: new Set(), near: new Set(), stated: new Set() },
    similarities: new Map(),
  };
  addFirst(c, f, weights);
  return c;
}

/**
 * Adds a member to what every cluster keeps: its members, sources and context words (all that grouping items
 * reads). What the member before already put in is not put in again (members of a cluster mostly share their
 * sentence's word lists, and often their source).
 */
function addToContext(c: Cluster, f: ClaimFeatures, weights: ContextWeights): void {
  const last: ClaimFeatures | undefined = c.members[c.members.length - 1];
  c.members.push(f);
  if (last === undefined || last.countedSource !== f.countedSource) c.sources.add(f.countedSource);
  if (f.context !== last?.context && once(c.merged.context, f.context)) for (const w of f.context) weights.add(c.context, w);
}

/** Adds a quantity to a cluster: also its range, verb, group, part, voice and the words around its figure. */
function add(c: Cluster, f: ClaimFeatures, weights: ContextWeights): void {
  const last: ClaimFeatures | undefined = c.members[c.members.length - 1];
  addToContext(c, f, weights);
  const sameSource = last !== undefined && last.countedSource === f.countedSource;
  // the cluster's range is its own copy
  if (f.range) {
    if (c.range) {
      c.range.lo = Math.max(c.range.lo, f.range.lo);
      c.range.hi = Math.min(c.range.hi, f.range.hi);
    } else c.range = { ...f.range };
  }
  if (f.verbClass) c.verbs.add(f.verbClass);
  if (f.group) c.groups.add(f.group);
  if (last === undefined || last.part !== f.part) c.parts.add(f.part);
  if (f.voiceWords.length === 0 && !(sameSource && last.voiceWords.length === 0)) c.unvoiced.add(f.countedSource);
  if (f.near !== last?.near && once(c.merged.near, f.near)) for (const w of f.near) c.near.add(w);
  if (f.stated !== last?.stated && once(c.merged.stated, f.stated)) for (const w of f.stated) c.stated.add(w);
}

/** Adds `x` to the set; whether it was not there before. */
function once<T>(set: Set<T>, x: T): boolean {
  const size = set.size;
  return set.add(x).size !== size;
}

/** weights.similarity(bag, c.context), worked out again only when the cluster's context has grown. */
function similarityTo(c: Cluster, bag: WeightedBag, weights: ContextWeights): number {
  const size = c.context.words.size;
  const known = c.similarities.get(bag);
  if (known && known.size === size) return known.similarity;
  const similarity = weights.similarity(bag, c.context);
  c.similarities.set(bag, { size, similarity });
  return similarity;
}

/** Whether a share's stated group (its extractor context) fits the cluster's, when both state one. */
function sharesGroup(f: ClaimFeatures, c: Cluster): boolean {
  return f.stated.length === 0 || c.stated.size === 0 || f.stated.some((w) => c.stated.has(w));
}

/** Whether the cluster already has this figure from the same source ("11,000 troops" … "more than 11,000 soldiers"). */
function repeatsFigure(f: ClaimFeatures, c: Cluster): boolean {
  const v = f.claim.value;
  if (v === null) return false;
  return c.members.some((m) => m.countedSource === f.countedSource && m.claim.value !== null && Math.abs(m.claim.value - v) <= 0.01 * Math.max(Math.abs(v), 1));
}

/**
 * Whether two sets of figures that disagree may be two accounts of one count, by the smaller places they are
 * given for: "nine houses on Ridge Street" is part of the 52 houses lost, not a rival count of them. Figures
 * for the same place, or for none, may be.
 */
function sameParts(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) for (const y of b) if (x !== y) return false;
  return true;
}

/** Whether anything besides the value ties a claim to a cluster: its own article, its event verb, or a word of its sentence. */
function sameStory(f: ClaimFeatures, c: Cluster, fContext: WeightedBag, weights: ContextWeights): boolean {
  if (c.sources.has(f.countedSource) || (f.verbClass !== null && c.verbs.has(f.verbClass))) return true;
  return f.near.some((w) => c.near.has(w)) || similarityTo(c, fContext, weights) > 0;
}

/** A figure given only as a span of values ("dozens", "hundreds", "between 20 and 30"), not as a number. */
function isLoose(f: ClaimFeatures): boolean {
  return f.claim.value === null && f.range !== null;
}

/** Verb classes and counted groups never mix: "inmates moved" is not "inmates a prison holds". */
function constraintsAllow(verbs: ReadonlySet<string>, groups: ReadonlySet<string>, f: { verbs: ReadonlySet<string>; groups: ReadonlySet<string> }): boolean {
  return atMostOne(verbs, f.verbs) && atMostOne(groups, f.groups);
}

/** constraintsAllow for a cluster and one claim. */
function constraintsAllowClaim(c: Cluster, f: ClaimFeatures): boolean {
  return atMostOneWith(c.verbs, f.verbClass) && atMostOneWith(c.groups, f.group);
}

/** Whether the two sets together hold at most one value. */
function atMostOne(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let only: string | null = null;
  for (const set of [a, b]) {
    for (const x of set) {
      if (only === null) only = x;
      else if (x !== only) return false;
    }
  }
  return true;
}

/** Whether the set and the value (none when null or "") together hold at most one value. */
function atMostOneWith(set: ReadonlySet<string>, value: string | null): boolean {
  if (set.size > 1) return false;
  return !value || set.size === 0 || set.has(value);
}

export function groupQuantities(members: readonly ClaimFeatures[], weights: ContextWeights): FactGroup[] {
  // every age in an age block is the age of one person: values that differ are a conflict
  const onePerson = members[0].block.startsWith("age:") && !members[0].block.startsWith("age:~");
  // pass 1: clusters of agreeing values
  const clusters: Cluster[] = [];
  // figures given loosely ("dozens of homes") are placed after the exact ones, so that they can join the
  // exact figure their own article gives ("dozens of homes" in the lede, "38 homes" further down)
  // a span of time is too common a figure to be one fact on its value alone: "hit by a fire just over a decade
  // ago" and "the most dangerous day in more than a decade" share nothing else
  const valueAlone = members[0].block.startsWith("measure:duration");
  const loose = members.filter(isLoose);
  const ordered = loose.length ? [...members.filter((f) => !isLoose(f)), ...loose] : members;
  for (const f of ordered) {
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    const fContext = weights.bagOf(f.context);
    for (const c of clusters) {
      if (!constraintsAllowClaim(c, f)) continue;
      if (f.range && c.range && !rangesOverlap(f.range, c.range)) continue;
      // a share is of a group: "a third of respondents" and "a third of operations" are two facts
      if (f.claim.key === "percent" && !sharesGroup(f, c)) continue;
      if (valueAlone && !sameStory(f, c, fContext, weights)) continue;
      // "dozens of homes destroyed" in the lede and "38 homes destroyed" further down, a figure other sources
      // give too: the article's own count, given loosely first (not "dozens killed" today and "45 died" last
      // month, a figure no one else gives)
      const restates = isLoose(f) && c.sources.has(f.countedSource) && c.sources.size > 1 && c.members.some((m) => m.countedSource === f.countedSource && !isLoose(m));
      // a second figure from the same article joins only if it repeats the figure or its sentence is about the
      // same thing: "tens of millions" of damage is not the €40 million the company will invest
      // (a rising count's earlier lower bound is a snapshot of the same figure: "has risen to at least six")
      if (c.sources.has(f.countedSource) && !f.rising && !restates && !repeatsFigure(f, c) && similarityTo(c, fContext, weights) < conflictContextThreshold) continue;
      const score = (f.verbClass && c.verbs.has(f.verbClass) ? 2 : 0) + (restates ? 1 : 0) + similarityTo(c, fContext, weights) + 0.01 * c.sources.size;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) add(best, f, weights);
    else clusters.push(newCluster(f, weights));
  }
  // pass 2: clusters with disagreeing values that are evidently about the same thing become one conflicting fact.
  // Candidate pairs are scored once and merged best first; constraints are rechecked on the merged state.
  interface Fact {
    clusters: Cluster[];
    members: ClaimFeatures[];
    unvoiced: Set<string>;
    sources: Set<string>;
    verbs: Set<string>;
    groups: Set<string>;
    parts: Set<string>;
  }
  const facts: Fact[] = clusters.map((c) => ({ clusters: [c], members: [...c.members], unvoiced: new Set(c.unvoiced), sources: new Set(c.sources), verbs: new Set(c.verbs), groups: new Set(c.groups), parts: new Set(c.parts) }));
  const pairs: { i: number; j: number; score: number }[] = [];
  const soleMention = soleMentionSources(members);
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i];
      const b = clusters[j];
      // one article giving two figures for one noun is mostly talking about two things, unless it credits
      // them to two different voices side by side ("the navy puts the number at 43; the town hall says 61")
      const sharesSource = sharesAny(a.sources, b.sources);
      if (sharesSource && !competingAccounts(a, b)) continue;
      if (!constraintsAllow(a.verbs, a.groups, b)) continue;
      if (!sameParts(a.parts, b.parts)) continue;
      // both say what the figure is about, and say different things: a sentence is not an age (unless an article
      // sets the two figures against each other as two voices' accounts: "the agency puts the burnt area at
      // 12,400 hectares, but the council's mapping shows 18,500 hectares of farmland")
      if (!onePerson && !sharesSource && a.stated.size && b.stated.size && !sharesAny(a.stated, b.stated)) continue;
      const sameVerb = sharesAny(a.verbs, b.verbs);
      const sim = weights.similarity(a.context, b.context);
      // (and only when both say what happened in the same words, or neither does: "3 schools damaged" and
      // "12 schools closed" are two facts)
      const sameVerbs = a.verbs.size === b.verbs.size && allIn(a.verbs, b.verbs);
      const sole = sameVerbs && a.verbs.size <= 1 ? soleMention.get(a.verbs.size ? a.verbs.values().next().value! : "") : undefined;
      const onlyFigure = !!sole && allIn(a.sources, sole) && allIn(b.sources, sole);
      // the word the figure is of, right next to it in both ("estimated the damage at €150 million" /
      // "the damage would run to tens of millions"): a measure or amount of the same thing
      const sameTopic = members[0].block.startsWith("measure:") && sharesAny(a.near, b.near);
      if (!sameVerb && !onlyFigure && !sameTopic && !onePerson && sim < conflictContextThreshold) continue;
      pairs.push({ i, j, score: (sameVerb ? 1 : 0) + sim });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const owner = clusters.map((_, i) => i);
  const root = (i: number): number => (owner[i] === i ? i : (owner[i] = root(owner[i])));
  for (const { i, j } of pairs) {
    const ri = root(i);
    const rj = root(j);
    if (ri === rj) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    const a = facts[keep];
    const b = facts[drop];
    if (sharesAny(a.sources, b.sources) && !competingAccounts(a, b)) continue;
    if (!constraintsAllow(a.verbs, a.groups, b)) continue;
    if (!sameParts(a.parts, b.parts)) continue;
    a.clusters.push(...b.clusters);
    a.members.push(...b.members);
    for (const s of b.unvoiced) a.unvoiced.add(s);
    for (const s of b.sources) a.sources.add(s);
    for (const v of b.verbs) a.verbs.add(v);
    for (const g of b.groups) a.groups.add(g);
    for (const p of b.parts) a.parts.add(p);
    b.clusters = [];
    owner[drop] = keep;
  }
  return facts.filter((fact) => fact.clusters.length > 0).map((fact) => {
    const valueClusters = fact.clusters.map((c) => [...c.members].sort(byAppearance)).sort((x, y) => byAppearance(x[0], y[0]));
    return { kind: "quantity" as const, claims: valueClusters.flat(), valueClusters };
  });
}

/** Whether the two sets have a value in common (without copying either: clusters are compared pairwise). */
function sharesAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Whether every value of `a` is in `b`. */
function allIn<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Words that say a figure was revised or has grown: an earlier and a later count, not two accounts. */
const revisionWords = /\b(?:ris(?:en|es)|rose|climb(?:ed|s)?|increas(?:ed|es)|jump(?:ed|s)?|revis(?:ed|es)|updat(?:ed|es)|up from|down from|earlier|previously|initially|now stands)\b/i;
/** Clusters or facts being joined: their members, sources, and sources with a member no one is credited with. */
interface Competing {
  members: readonly ClaimFeatures[];
  sources: ReadonlySet<string>;
  unvoiced: ReadonlySet<string>;
}

/** How many sentences apart two competing figures of one article may stand. */
const competingDistance = 2;

/**
 * Whether every source that stands in both sets of claims gives the two figures as two voices' competing
 * counts: each of its figures credited to someone, the two sides credited to different voices (no word in
 * common: "the navy" and "the Brazilian Navy" are one voice), given side by side (within
 * `competingDistance` sentences), and nothing says one figure replaced the other ("rose from 6 to 9").
 * "Police said 5,000 marched; organisers said 20,000" is one fact in conflict.
 */
function competingAccounts(a: Competing, b: Competing): boolean {
  const shared: string[] = [];
  for (const s of a.sources) {
    if (!b.sources.has(s)) continue;
    // (mostly a figure no one is credited with: then nothing needs comparing)
    if (a.unvoiced.has(s) || b.unvoiced.has(s)) return false;
    shared.push(s);
  }
  for (const s of shared) {
    const sideA = a.members.filter((f) => f.countedSource === s);
    const sideB = b.members.filter((f) => f.countedSource === s);
    const voicesA = new Set<string>();
    for (const f of [...sideA, ...sideB]) if (revisionWords.test(f.sentence)) return false;
    for (const f of sideA) for (const w of f.voiceWords) voicesA.add(w);
    if (sideB.some((f) => f.voiceWords.some((w) => voicesA.has(w)))) return false;
    const sideBySide = sideA.some((x) => sideB.some((y) => x.claim.sourceId === y.claim.sourceId && Math.abs(x.claim.sentenceIndex - y.claim.sentenceIndex) <= competingDistance));
    if (!sideBySide) return false;
  }
  return true;
}

/**
 * Sources that give exactly one figure for a specific counted thing
 * ("aftershocks", "firefighters", "workers"), by what the figures say happened ("" for no event verb):
 * when each of two sources names that thing once, their figures are two accounts of it, whatever the rest
 * of the sentence says ("18 aftershocks by Wednesday morning" vs "more than 30 aftershocks"; "about 200
 * passengers" vs "more than 350 passengers" in an article that also says the boat was licensed to carry 150).
 * Not for people in general, members of something, or measures, which count too many different things,
 * and not for a source that gives the noun several such figures.
 */
function soleMentionSources(members: readonly ClaimFeatures[]): Map<string, Set<string>> {
  const block = members[0]?.block ?? "";
  const noun = /^noun:([^@+]+)/.exec(block)?.[1] ?? "";
  const out = new Map<string, Set<string>>();
  // "members", "units": whose members depends on the rest of the sentence
  if (!noun || noun === "people" || partitiveHeads.has(noun)) return out;
  const counts = new Map<string, Map<string, number>>();
  for (const f of members) {
    const verb = f.verbClass ?? "";
    let ofVerb = counts.get(verb);
    if (!ofVerb) counts.set(verb, (ofVerb = new Map()));
    ofVerb.set(f.countedSource, (ofVerb.get(f.countedSource) ?? 0) + 1);
  }
  for (const [verb, ofVerb] of counts) out.set(verb, new Set([...ofVerb].filter(([, n]) => n === 1).map(([s]) => s)));
  return out;
}

/**
 * Items with the same head are one thing unless their distinguishing modifiers differ (sniper rifles vs
 * rifles). A head phrase of two or more words is specific already (`specificHead`): a word added in front of
 * it alone does not make another thing ("staff intensive care" / "intensive care").
 */
function modifiersCompatible(a: readonly string[], b: readonly string[], specificHead: boolean): boolean {
  if (a.length === 0 || b.length === 0) return specificHead || a.length === b.length;
  return a.some((w) => b.includes(w));
}

function groupItems(members: readonly ClaimFeatures[], weights: ContextWeights): FactGroup[] {
  const clusters: Cluster[] = [];
  const specificHead = / /.test(/^item:(.*)@/.exec(members[0].block)?.[1] ?? "");
  // each cluster's members' modifier lists, each different list once: compatibility depends on the list only
  const modifierLists = new Map<Cluster, Map<string, readonly string[]>>();
  const listKey = (modifiers: readonly string[]) => modifiers.join("\u0000");
  for (const f of members) {
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    const fContext = weights.bagOf(f.context);
    for (const c of clusters) {
      let compatible = true;
      for (const list of modifierLists.get(c)!.values()) {
        if (!modifiersCompatible(list, f.modifiers, specificHead)) {
          compatible = false;
          break;
        }
      }
      if (!compatible) continue;
      const score = similarityTo(c, fContext, weights) + 0.01 * c.sources.size;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    const target = best ?? newCluster(f, weights, addToContext);
    if (best) addToContext(best, f, weights);
    else {
      clusters.push(target);
      modifierLists.set(target, new Map());
    }
    // (the member before mostly names the item the same way: its list is there already)
    const before = target.members[target.members.length - 2];
    if (before?.modifiers !== f.modifiers) modifierLists.get(target)!.set(listKey(f.modifiers), f.modifiers);
  }
  return clusters.map((c) => ({ kind: "item" as const, claims: c.members, valueClusters: [c.members] }));
}

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** ISO date of a date claim when it has one: from its key, else from its day number. */
function isoDate(f: ClaimFeatures): string | null {
  const k = f.claim.key.trim().toLowerCase();
  if (/^\d{4}-\d{2}-\d{2}$/.test(k)) return k;
  if (f.claim.value !== null && Number.isFinite(f.claim.value) && /^(|\d{4}-\d{2}-\d{2})$/.test(k)) {
    return new Date(Math.round(f.claim.value) * 86400000).toISOString().slice(0, 10);
  }
  return null;
}

export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** Dates: the same day agrees; a weekday or a day without year joins the one full date it can be. */
function groupDates(members: readonly ClaimFeatures[]): FactGroup[] {
  const byKey = new Map<string, ClaimFeatures[]>();
  const put = (k: string, f: ClaimFeatures) => {
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(f);
  };
  const fullDates = new Set<string>();
  for (const f of members) {
    const iso = isoDate(f);
    if (iso) fullDates.add(iso);
  }
  const full = [...fullDates].sort();
  for (const f of members) {
    const iso = isoDate(f);
    const k = f.claim.key.trim().toLowerCase();
    if (iso) put(iso, f);
    else if (weekdays.includes(k)) {
      const fits = full.filter((d) => weekdayOf(d) === k);
      put(fits.length === 1 ? fits[0] : k, f);
    } else if (/^(?:--|xxxx-)?(\d{2}-\d{2})$/.test(k)) {
      const md = /(\d{2}-\d{2})$/.exec(k)![1];
      const fits = full.filter((d) => d.endsWith(md));
      put(fits.length === 1 ? fits[0] : k, f);
    } else put(`${k}@${f.frame}`, f);
  }
  return [...byKey.values()].map((claims) => ({ kind: "date" as const, claims, valueClusters: [claims] }));
}

/** Quotes: the same words in several sources, found through an index of their rarer words. */
function groupQuotes(members: readonly ClaimFeatures[]): FactGroup[] {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const postings = new Map<string, number[]>();
  const quotes = members.map((f) => quoteWordsOf(f.quoteWords));
  quotes.forEach((q, i) => {
    for (const w of q.all) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  members.forEach((_, i) => {
    // candidates: earlier quotes sharing the rarest words of this one, compared once per group already formed
    const rare = rarest(quotes[i].all, postings, 3);
    const tried = new Set<number>();
    for (const w of rare) {
      for (const j of postings.get(w)!) {
        if (j >= i) break;
        const r = find(j);
        if (tried.has(r) || tried.size >= 50) continue;
        tried.add(r);
        if (quotesMatch(quotes[i], quotes[j])) {
          parent[find(i)] = r;
          break;
        }
      }
      if (find(i) !== i) break;
    }
  });
  const byRoot = new Map<number, ClaimFeatures[]>();
  members.forEach((f, i) => {
    const r = find(i);
    if (!byRoot.has(r)) byRoot.set(r, []);
    byRoot.get(r)!.push(f);
  });
  return [...byRoot.values()].map((claims) => ({ kind: "quote" as const, claims, valueClusters: [claims] }));
}

/** A quote's words, each once, and those of them that are not function words. */
interface QuoteWords {
  all: ReadonlySet<string>;
  content: readonly string[];
  contentSet: ReadonlySet<string>;
}

function quoteWordsOf(words: readonly string[]): QuoteWords {
  const all = new Set(words);
  const content = [...all].filter((w) => !stopWords.has(w));
  return { all, content, contentSet: new Set(content) };
}

/** The `n` words standing in the fewest quotes (then in string order), fewest first. */
function rarest(words: ReadonlySet<string>, postings: ReadonlyMap<string, readonly number[]>, n: number): string[] {
  const picked: { w: string; count: number }[] = [];
  for (const w of words) {
    const count = postings.get(w)!.length;
    let at = picked.length;
    while (at > 0 && (picked[at - 1].count > count || (picked[at - 1].count === count && picked[at - 1].w > w))) at--;
    if (at >= n) continue;
    picked.splice(at, 0, { w, count });
    if (picked.length > n) picked.pop();
  }
  return picked.map((p) => p.w);
}

/**
 * Same quote: nearly all content words of the shorter one stand in the longer
 * one (a partial quote of a longer statement counts); one- and two-word
 * quotes must match exactly.
 */
function quotesMatch(a: QuoteWords, b: QuoteWords): boolean {
  const ca = a.content;
  const cb = b.contentSet;
  const small = Math.min(ca.length, cb.size);
  if (small === 0) return a.all.size === b.all.size && [...a.all].every((w) => b.all.has(w));
  let shared = 0;
  for (const w of ca) if (cb.has(w)) shared++;
  if (small < 3) return shared === ca.length && ca.length === cb.size;
  return shared / small >= 0.75;
}
