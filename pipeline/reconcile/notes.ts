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
  /** for each source, the sources it copies or is copied by (see textReuse.copyPairs) */
  copiesOf: ReadonlyMap<string, readonly string[]>;
}

/** Short names for sources: the part before the first "_" when that alone tells them apart. */
export function shortIds(sourceIds: readonly string[]): (id: string) => string {
  const prefix = (id: string) => (id.includes("_") ? id.slice(0, id.indexOf("_")) : id);
  const prefixes = sourceIds.map(prefix);
  const unique = new Set(prefixes).size === prefixes.length && prefixes.every((p) => p.length > 0);
  return (id) => (unique ? prefix(id) : id);
}

function distinctSources(claims: readonly ClaimFeatures[]): string[] {
  return [...new Set(claims.map((c) => c.countedSource))];
}

/** The most common way a value was put, first appearance breaking ties. */
export function representative(claims: readonly ClaimFeatures[]): string {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.display, (counts.get(c.display) ?? 0) + 1);
  let best = claims[0]?.display ?? "";
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** "003, according to local media" when every claim of that source in the group is credited to someone. */
const claimsBySource = new WeakMap<readonly ClaimFeatures[], Map<string, ClaimFeatures[]>>();
function claimsOf(sourceId: string, claims: readonly ClaimFeatures[]): ClaimFeatures[] {
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
  return bySource.get(sourceId) ?? [];
}

function sourceWithCredit(sourceId: string, claims: readonly ClaimFeatures[], ctx: NoteContext): string {
  const own = claimsOf(sourceId, claims);
  const credited = own.filter((c) => c.claim.attribution === "cited" && c.claim.speaker.trim());
  if (own.length > 0 && credited.length === own.length) return `${ctx.shortId(sourceId)}, according to ${credited[0].claim.speaker.trim()}`;
  return ctx.shortId(sourceId);
}

function listSources(sources: readonly string[], claims: readonly ClaimFeatures[], ctx: NoteContext): string {
  const parts = sources.map((s) => sourceWithCredit(s, claims, ctx));
  return parts.join(parts.some((p) => p.includes(",")) ? "; " : ", ");
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** `copiesOf` by number: each source's number, and each source's copies as numbers, in the same order. */
interface CopyGraph {
  number: Map<string, number>;
  ids: string[];
  /** each source's copies whose id sorts after its own, in the order `copiesOf` lists them */
  laterCopies: number[][];
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
  const laterCopies: number[][] = ids.map(() => []);
  for (const [a, bs] of lists) laterCopies[a] = bs.filter((b) => ids[a] < ids[b]);
  g = { number, ids, laterCopies, inFact: new Int32Array(ids.length), parent: new Int32Array(ids.length), epoch: 0 };
  copyGraphs.set(copiesOf, g);
  return g;
}

/** Groups of sources that copy each other, for saying how many independent accounts a fact has. */
function copyNote(sources: readonly string[], ctx: NoteContext): string {
  const g = copyGraphOf(ctx.copiesOf);
  const epoch = ++g.epoch;
  // sources in the fact carry this fact's epoch; each starts as its own group
  for (const s of sources) {
    const n = g.number.get(s);
    if (n === undefined) continue;
    g.inFact[n] = epoch;
    g.parent[n] = n;
  }
  const find = (n: number): number => {
    let root = n;
    while (g.parent[root] !== root) root = g.parent[root];
    // shorten the path for the next look-up; roots stay what they are
    while (n !== root) {
      const next = g.parent[n];
      g.parent[n] = root;
      n = next;
    }
    return root;
  };
  // only the first pairs are named (at most six), the rest counted
  const linked: string[] = [];
  let pairs = 0;
  for (const a of sources) {
    const na = g.number.get(a);
    if (na === undefined) continue;
    for (const nb of g.laterCopies[na]) {
      if (g.inFact[nb] !== epoch) continue;
      const b = g.ids[nb];
      const [ra, rb] = [find(na), find(nb)];
      if (ra !== rb) g.parent[rb] = ra;
      if (++pairs <= 6) linked.push(`${ctx.shortId(a)} and ${ctx.shortId(b)}`);
    }
  }
  if (pairs === 0) return "";
  if (pairs > 6) linked.splice(5, linked.length - 5, `${pairs - 5} more pairs`);
  // a source that no copy links to stands alone
  const roots = new Set<number | string>();
  for (const s of sources) {
    const n = g.number.get(s);
    roots.add(n === undefined ? s : find(n));
  }
  const independent = roots.size;
  return ` ${linked.join(", ")} share copied passages, so they count once: ${independent} independent ${plural(independent, "account", "accounts")}.`;
}

export function factNote(g: FactGroup, status: FactStatus, ctx: NoteContext): string {
  const sources = distinctSources(g.claims);
  const ids = (ss: readonly string[]) => listSources(ss, g.claims, ctx);
  const reuse = sources.length > 1 ? copyNote(sources, ctx) : "";
  const credit = (s: string) => {
    const full = sourceWithCredit(s, g.claims, ctx);
    const short = ctx.shortId(s);
    return full === short ? "" : `, ${full.slice(short.length + 2)}`;
  };
  switch (g.kind) {
    case "quantity": {
      if (status === "conflict") {
        const parts = g.valueClusters
          .map((cl) => ({ cl, srcs: distinctSources(cl) }))
          .sort((a, b) => b.srcs.length - a.srcs.length)
          .map(({ cl, srcs }) => `${srcs.length} ${plural(srcs.length, "source says", "sources say")} ${representative(cl)} (${listSources(srcs, cl, ctx)})`);
        return `${parts.join("; ")}.${reuse}`;
      }
      const displays = [...new Set(g.claims.map((c) => c.display))];
      if (status === "single_source") return `Only ${ctx.shortId(sources[0])} reports this: ${displays.join(", ")}${credit(sources[0])}.`;
      const also = displays.length > 1 ? `; ${displays.map((d) => `"${d}"`).join(" and ")} are compatible` : "";
      return `${sources.length} sources agree on ${representative(g.claims)} (${ids(sources)})${also}.${reuse}`;
    }
    case "date": {
      const byDisplay = new Map<string, string[]>();
      for (const c of g.claims) {
        const k = c.display;
        if (!byDisplay.has(k)) byDisplay.set(k, []);
        if (!byDisplay.get(k)!.includes(c.countedSource)) byDisplay.get(k)!.push(c.countedSource);
      }
      const parts = [...byDisplay].map(([d, ss]) => `${d} (${ss.map(ctx.shortId).join(", ")})`);
      const iso = g.claims.map((c) => c.claim.key).find((k) => /^\d{4}-\d{2}-\d{2}$/.test(k));
      const weekdayJoined = iso && g.claims.some((c) => c.claim.key.trim().toLowerCase() === weekdayOf(iso));
      const why = weekdayJoined ? ` ${iso} was a ${capitalise(weekdayOf(iso))}, so the date and the weekday agree.` : "";
      if (status === "single_source") return `Only ${ctx.shortId(sources[0])} gives this date: ${parts.join("; ")}${credit(sources[0])}.${why}`;
      return `${sources.length} sources give this date: ${parts.join("; ")}.${why}${reuse}`;
    }
    case "item": {
      const names = [...new Set(g.claims.map((c) => c.display.toLowerCase()))];
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
