/**
 * Builds the three inputs reconcile reads (ingest, segment, extract outputs)
 * from short invented articles, with claims and mentions located by the
 * words they quote, so tests state facts the way a reader would.
 */
import type { Claim, ClaimKind, EntityType, ExtractOutput, Mention } from "../../pipeline/extract/schema.ts";
import type { IngestOutput, Source } from "../../pipeline/ingest/schema.ts";
import type { SegmentOutput, Sentence } from "../../pipeline/segment/schema.ts";
import { codePointLength } from "../../pipeline/codePoints.ts";
import { reconcile } from "../../pipeline/reconcile/index.ts";
import { resolveEntities } from "../../pipeline/reconcile/resolveEntities.ts";
import type { Fact, ReconcileOutput } from "../../pipeline/reconcile/schema.ts";

export interface ClaimSpec {
  /** the claim's words as they stand in the article */
  find: string;
  kind?: ClaimKind;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: string;
  key?: string;
  qualifier?: Claim["qualifier"];
  verb?: string;
  context?: string;
  speaker?: string;
  attribution?: Claim["attribution"];
}

export interface MentionSpec {
  find: string;
  name?: string;
  title?: string;
  type: EntityType;
  alias?: string;
}

export interface SourceSpec {
  id: string;
  text: string;
  published?: string;
  language?: string;
  duplicateOf?: string;
  claims?: ClaimSpec[];
  mentions?: MentionSpec[];
}

function cp(text: string, unitIndex: number): number {
  return codePointLength(text.slice(0, unitIndex));
}

function splitSentences(id: string, text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const para of text.split("\n")) {
    if (para.trim()) {
      for (const m of para.matchAll(/[^.!?]+(?:[.!?]+["”]?|$)/g)) {
        const raw = m[0];
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (!body) continue;
        const start = offset + m.index! + lead;
        out.push({
          index: out.length,
          paragraph,
          start: cp(text, start),
          end: cp(text, start + body.length),
          text: body,
          kind: "body",
        });
      }
      paragraph++;
    }
    offset += para.length + 1;
  }
  return out;
}

export function buildCorpus(specs: readonly SourceSpec[]): { ingest: IngestOutput; segment: SegmentOutput; extract: ExtractOutput } {
  const sources: Source[] = specs.map((s) => ({
    id: s.id,
    file: `${s.id}.txt`,
    format: "txt",
    encoding: "utf-8",
    sha256: "0".repeat(64),
    text: s.text,
    title: s.text.split("\n")[0],
    publisher: "",
    author: "",
    published: s.published ?? "",
    language: s.language ?? "en",
    boilerplate: [],
    duplicateOf: s.duplicateOf ?? "",
  }));
  const segmented = specs.map((s) => {
    const sentences = splitSentences(s.id, s.text);
    return { sourceId: s.id, paragraphs: [], sentences, words: s.text.split(/\s+/).filter(Boolean).length };
  });
  const extracted = specs.map((s, si) => {
    const sentences = segmented[si].sentences;
    const locate = (find: string, from: number) => {
      const at = s.text.indexOf(find, from);
      if (at < 0) throw new Error(`fixture ${s.id}: ${JSON.stringify(find)} not in text`);
      const start = cp(s.text, at);
      const end = start + codePointLength(find);
      const sentence = sentences.find((x) => x.start <= start && end <= x.end);
      return { at, start, end, sentenceIndex: sentence?.index ?? 0 };
    };
    const counters = new Map<string, number>();
    const searchFrom = new Map<string, number>();
    const claims: Claim[] = (s.claims ?? []).map((c) => {
      const kind = c.kind ?? "quantity";
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      const where = locate(c.find, searchFrom.get(c.find) ?? 0);
      searchFrom.set(c.find, where.at + 1);
      return {
        id: `${s.id}:${kind[0]}${n}`,
        sourceId: s.id,
        kind,
        text: c.find,
        start: where.start,
        end: where.end,
        sentenceIndex: where.sentenceIndex,
        value: c.value === undefined ? null : c.value,
        valueMin: c.min ?? null,
        valueMax: c.max ?? null,
        unit: c.unit ?? "",
        qualifier: c.qualifier ?? "",
        verb: c.verb ?? "",
        key: c.key ?? "",
        context: c.context ?? "",
        speaker: c.speaker ?? "",
        attribution: c.attribution ?? "",
      };
    });
    const mentionFrom = new Map<string, number>();
    const mentions: Mention[] = (s.mentions ?? []).map((m) => {
      const where = locate(m.find, mentionFrom.get(m.find) ?? 0);
      mentionFrom.set(m.find, where.at + 1);
      return {
        sourceId: s.id,
        text: m.find,
        name: m.name ?? m.find,
        title: m.title ?? "",
        type: m.type,
        start: where.start,
        end: where.end,
        sentenceIndex: where.sentenceIndex,
        alias: m.alias ?? "",
      };
    });
    return { sourceId: s.id, claims, mentions };
  });
  return {
    ingest: { sources, skipped: [], diagnostics: [] },
    segment: { sources: segmented },
    extract: { sources: extracted },
  };
}

/** Reconcile of a corpus built from specs. */
export function runReconcile(specs: readonly SourceSpec[]): ReconcileOutput {
  const c = buildCorpus(specs);
  return reconcile(c.ingest, c.segment, c.extract);
}

/** The fact a claim was assigned to. */
export function factOf(out: ReconcileOutput, claimId: string): Fact {
  const factId = out.assignments.find((a) => a.claimId === claimId)?.factId;
  return out.facts.find((f) => f.id === factId)!;
}

let mentionPosition = 0;
/** A mention at a fresh position, for entity-resolution tests. */
export function mention(sourceId: string, name: string, type: EntityType = "person", extra: Partial<Mention> = {}): Mention {
  mentionPosition += 10;
  return { sourceId, text: name, name, title: "", type, start: mentionPosition, end: mentionPosition + name.length, sentenceIndex: 0, alias: "", ...extra };
}

/** resolveEntities over mentions grouped by source. */
export function resolveMentions(mentions: readonly Mention[]) {
  const bySource = new Map<string, Mention[]>();
  for (const m of mentions) bySource.set(m.sourceId, [...(bySource.get(m.sourceId) ?? []), m]);
  return resolveEntities([...bySource].map(([sourceId, ms]) => ({ sourceId, mentions: ms })));
}

/** The entity a given variant ended up in. */
export function entityWith(out: ReturnType<typeof resolveMentions>, variant: string) {
  const e = out.entities.find((x) => x.variants.includes(variant));
  if (!e) throw new Error(`no entity with variant ${variant}`);
  return e;
}
