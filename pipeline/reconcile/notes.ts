/**
 * Why a fact got its verdict, in words a reader checks against the
 * articles: who says what ("3 sources say about 1,600 (000, 001, 002); 1 says
 * about 6,000 (003)"), when a figure is credited to someone else ("according
 * to local media"), and when agreeing sources are copies of one text.
 */
import type { FactStatus } from "./schema.ts";
import type { ClaimFeatures } from "./claimFeatures.ts";
import type { FactGroup } from "./groupFacts.ts";
import { weekdayOf } from "./groupFacts.ts";

export interface NoteContext {
  /** how a source is named in notes ("000" for "000_8262480c16c79db4") */
  shortId: (sourceId: string) => string;
  /** for each source, the sources it copies or is copied by (see textReuse.findReuse) */
  copiesOf: ReadonlyMap<string, readonly string[]>;
}

/** Short names for sources: the part before the first "_" when that alone tells them apart. */
export function shortIds(sourceIds: readonly string[]): (id: string) => string {
  const prefix = (id: string) => (id.includes("_") ? id.slice(0, id.indexOf("_")) : id);
  const prefixes = sourceIds.map(prefix);
  const unique = new Set(prefixes).size === prefixes.length && prefixes.every((p) => p.length > 0);
  if (!unique) return (id) => id;
  // notes name the same sources over and over
  const short = new Map(sourceIds.map((id, i) => [id, prefixes[i]]));
  return (id) => short.get(id) ?? prefix(id);
}

function distinctSources(claims: readonly ClaimFeatures[]): string[] {
  const sources = new Set<string>();
  for (const c of claims) sources.add(c.countedSource);
  return [...sources];
}

/**
 * The most common way a value was put, first appearance breaking ties; a figure given as a number before one
 * given loosely ("31" over "dozens", which agrees with it).
 */
export function representative(claims: readonly ClaimFeatures[]): string {
  const counts = new Map<string, number>();
  const exact = claims.some((c) => c.claim.kind === "quantity" && c.claim.value !== null);
  for (const c of claims) if (!exact || c.claim.value !== null) counts.set(c.display, (counts.get(c.display) ?? 0) + 1);
  let best = counts.keys().next().value ?? claims[0]?.display ?? "";
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** A group's claims by the source that counts for them. */
const claimsBySource = new WeakMap<readonly ClaimFeatures[], Map<string, ClaimFeatures[]>>();
function bySourceOf(claims: readonly ClaimFeatures[]): Map<string, ClaimFeatures[]> {
  let bySource = claimsBySource.get(claims);
  if (!bySource) {
    bySource = new Map();
    for (const c of claims) {
      const list = bySource.get(c.countedSource);
      if (list) list.push(c);
      else bySource.set(c.countedSource, [c]);
    }
    claimsBySource.set(claims, bySource);
  }
  return bySource;
}

function claimsOf(sourceId: string, claims: readonly ClaimFeatures[]): ClaimFeatures[] {
  return bySourceOf(claims).get(sourceId) ?? [];
}

/** creditsOf a group's claims, without voices and with (each list of claims is asked about once per note part). */
const creditCache = [new WeakMap<readonly ClaimFeatures[], ReadonlyMap<string, string>>(), new WeakMap<readonly ClaimFeatures[], ReadonlyMap<string, string>>()];

/**
 * For each source that counts for the claims, whom every one of its claims is credited to, as its first claim
 * names them ("" when not every one is): the extractor's speaker of a claim cited from someone, or with
 * `byVoice` the voice read from the sentence ("the town hall says 61…"), for conflicts, where who says what is
 * the point of the note.
 */
function creditsOf(claims: readonly ClaimFeatures[], byVoice: boolean): ReadonlyMap<string, string> {
  const cache = creditCache[byVoice ? 1 : 0];
  let credits = cache.get(claims);
  if (!credits) {
    // (most facts credit no claim to anyone: then no source is credited, and nothing needs counting)
    if (!claims.some(byVoice ? hasVoice : isCredited)) credits = noCredits;
    else {
      const bySource = new Map<string, string>();
      for (const c of claims) {
        const who = byVoice ? c.voice : c.claim.attribution === "cited" ? c.claim.speaker.trim() : "";
        const known = bySource.get(c.countedSource);
        if (known === undefined || (known !== "" && who === "")) bySource.set(c.countedSource, who);
      }
      credits = bySource;
    }
    cache.set(claims, credits);
  }
  return credits;
}
const noCredits: ReadonlyMap<string, string> = new Map();
const hasVoice = (c: ClaimFeatures) => c.voice !== "";
const isCredited = (c: ClaimFeatures) => c.claim.attribution === "cited" && c.claim.speaker.trim() !== "";

/** "003, according to local media" when every claim of that source is credited to someone (`credits`: creditsOf the claims). */
function creditedName(sourceId: string, credits: ReadonlyMap<string, string>, ctx: NoteContext): string {
  const credit = credits.get(sourceId) ?? "";
  return credit ? `${ctx.shortId(sourceId)}, according to ${credit}` : ctx.shortId(sourceId);
}

function listSources(sources: readonly string[], claims: readonly ClaimFeatures[], ctx: NoteContext, byVoice = false): string {
  const credits = creditsOf(claims, byVoice);
  const parts = sources.map((s) => creditedName(s, credits, ctx));
  return parts.join(parts.some((p) => p.includes(",")) ? "; " : ", ");
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** `copiesOf` by number: each source's number, and each source's copies as numbers, in the same order. */
interface CopyGraph {
  number: Map<string, number>;
  ids: string[];
  /** each source's copies whose id sorts after its own, in the order `copiesOf` lists them: those of source n
   * are laterCopies[laterStart[n] … laterStart[n + 1]) */
  laterStart: Int32Array;
  laterCopies: Int32Array;
  /** work arrays, one slot per source */
  inFact: Int32Array;
  parent: Int32Array;
  epoch: number;
}

const copyGraphs = new WeakMap<ReadonlyMap<string, readonly string[]>, CopyGraph>();

function copyGraphOf(copiesOf: ReadonlyMap<string, readonly string[]>): CopyGraph {
  let g = copyGraphs.get(copiesOf);
  if (g) return g;
  const number = new Map<string, number>();
  const ids: string[] = [];
  const numberOf = (id: string): number => {
    let n = number.get(id);
    if (n === undefined) {
      n = ids.length;
      number.set(id, n);
      ids.push(id);
    }
    return n;
  };
  const lists = [...copiesOf].map(([a, bs]) => [numberOf(a), bs.map(numberOf)] as const);
  const later: number[][] = ids.map(() => []);
  for (const [a, bs] of lists) later[a] = bs.filter((b) => ids[a] < ids[b]);
  const laterStart = new Int32Array(ids.length + 1);
  later.forEach((bs, a) => (laterStart[a + 1] = laterStart[a] + bs.length));
  const laterCopies = new Int32Array(laterStart[ids.length]);
  later.forEach((bs, a) => laterCopies.set(bs, laterStart[a]));
  g = { number, ids, laterStart, laterCopies, inFact: new Int32Array(ids.length), parent: new Int32Array(ids.length), epoch: 0 };
  copyGraphs.set(copiesOf, g);
  return g;
}

/** The group of source `n` in a union-find forest (halving the path on the way). */
function rootOf(parent: Int32Array, n: number): number {
  while (parent[n] !== n) {
    parent[n] = parent[parent[n]];
    n = parent[n];
  }
  return n;
}

/** Groups of sources (each named once) that copy each other, for saying how many independent accounts a fact has. */
function copyNote(sources: readonly string[], ctx: NoteContext): string {
  const g = copyGraphOf(ctx.copiesOf);
  const { inFact, parent, laterStart, laterCopies } = g;
  const epoch = ++g.epoch;
  const numbers = sources.map((s) => g.number.get(s));
  // sources in the fact carry this fact's epoch; each starts as its own group
  for (const n of numbers) {
    if (n === undefined) continue;
    inFact[n] = epoch;
    parent[n] = n;
  }
  // only the first pairs are named (at most six), the rest counted
  const linked: string[] = [];
  let pairs = 0;
  // sources no copy links to stand alone: each link within the fact joins two groups at most
  let joined = 0;
  for (let k = 0; k < sources.length; k++) {
    const na = numbers[k];
    if (na === undefined) continue;
    // (na's group stays a root while its links are walked: each join hangs the other group under it)
    const ra = rootOf(parent, na);
    for (let e = laterStart[na]; e < laterStart[na + 1]; e++) {
      const nb = laterCopies[e];
      if (inFact[nb] !== epoch) continue;
      const rb = rootOf(parent, nb);
      if (ra !== rb) {
        parent[rb] = ra;
        joined++;
      }
      if (++pairs <= 6) linked.push(`${ctx.shortId(sources[k])} and ${ctx.shortId(g.ids[nb])}`);
    }
  }
  if (pairs === 0) return "";
  if (pairs > 6) linked.splice(5, linked.length - 5, `${pairs - 5} more pairs`);
  const independent = sources.length - joined;
  return ` ${linked.join(", ")} share copied passages, so they count once: ${independent} independent ${plural(independent, "account", "accounts")}.`;
}

export function factNote(g: FactGroup, status: FactStatus, ctx: NoteContext, sources: readonly string[] = distinctSources(g.claims)): string {
  const ids = (ss: readonly string[]) => listSources(ss, g.claims, ctx);
  const reuse = sources.length > 1 ? copyNote(sources, ctx) : "";
  const credit = (s: string) => {
    const full = creditedName(s, creditsOf(g.claims, false), ctx);
    const short = ctx.shortId(s);
    return full === short ? "" : `, ${full.slice(short.length + 2)}`;
  };
  switch (g.kind) {
    case "quantity": {
      if (status === "conflict") {
        const parts = g.valueClusters
          .map((cl) => ({ cl, srcs: distinctSources(cl) }))
          .sort((a, b) => b.srcs.length - a.srcs.length)
          .map(({ cl, srcs }) => `${srcs.length} ${plural(srcs.length, "source says", "sources say")} ${representative(cl)} (${listSources(srcs, cl, ctx, true)})`);
        return `${parts.join("; ")}.${reuse}`;
      }
      const displays = [...new Set(g.claims.map((c) => c.display))];
      if (status === "single_source") return `Only ${ctx.shortId(sources[0])} reports this: ${displays.join(", ")}${credit(sources[0])}.`;
      const also = displays.length > 1 ? `; ${displays.map((d) => `"${d}"`).join(" and ")} are compatible` : "";
      return `${sources.length} sources agree on ${representative(g.claims)} (${ids(sources)})${also}.${reuse}`;
    }
    case "date": {
      const byDisplay = new Map<string, Set<string>>();
      for (const c of g.claims) {
        const sources = byDisplay.get(c.display);
        if (sources) sources.add(c.countedSource);
        else byDisplay.set(c.display, new Set([c.countedSource]));
      }
      const parts = [...byDisplay].map(([d, ss]) => `${d} (${[...ss].map(ctx.shortId).join(", ")})`);
      const iso = g.claims.map((c) => c.claim.key).find((k) => /^\d{4}-\d{2}-\d{2}$/.test(k));
      const weekdayJoined = iso && g.claims.some((c) => c.claim.key.trim().toLowerCase() === weekdayOf(iso));
      const why = weekdayJoined ? ` ${iso} was a ${capitalise(weekdayOf(iso))}, so the date and the weekday agree.` : "";
      if (status === "single_source") return `Only ${ctx.shortId(sources[0])} gives this date: ${parts.join("; ")}${credit(sources[0])}.${why}`;
      return `${sources.length} sources give this date: ${parts.join("; ")}.${why}${reuse}`;
    }
    case "item": {
      // (each different display lower-cased once: the claims mostly repeat a few)
      const names = [...new Set([...new Set(g.claims.map((c) => c.display))].map((d) => d.toLowerCase()))];
      if (status === "single_source") return `Only ${ctx.shortId(sources[0])} lists this (${names.join(", ")})${credit(sources[0])}.`;
      return `${sources.length} sources list this (${ids(sources)}) as ${names.map((n) => `"${n}"`).join(", ")}.${reuse}`;
    }
    case "quote": {
      const speakers = sources.map((s) => {
        const sp = claimsOf(s, g.claims).find((c) => c.claim.speaker.trim())?.claim.speaker.trim();
        return `${ctx.shortId(s)}${sp ? `: ${sp}` : ": speaker not named"}`;
      });
      if (status === "single_source") return `Only ${ctx.shortId(sources[0])} has this quote (${speakers.join("; ")}).`;
      return `${sources.length} sources have this quote (${speakers.join("; ")}).${reuse}`;
    }
    default:
      if (status === "single_source") return `Only ${ctx.shortId(sources[0])} reports this${credit(sources[0])}.`;
      return `${sources.length} sources report this (${ids(sources)}).${reuse}`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
