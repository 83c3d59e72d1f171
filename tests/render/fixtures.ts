/**
 * RenderInput fixtures for invented events, built directly (not through the
 * other stages) so render's tests do not depend on extraction quality.
 * Offsets are real code-point offsets into the invented texts.
 */
import { createHash } from "node:crypto";
import { CodePointIndex } from "../../pipeline/codePoints.ts";
import type { Claim, ClaimKind, Mention } from "../../pipeline/extract/schema.ts";
import type { Source } from "../../pipeline/ingest/schema.ts";
import type { Entity, EntityMention, Fact, FactStatus, Reuse } from "../../pipeline/reconcile/schema.ts";
import type { Paragraph, Sentence } from "../../pipeline/segment/schema.ts";
import type { RenderInput } from "../../pipeline/render/index.ts";
import type { Diagnostic } from "../../pipeline/diagnostics.ts";

export interface ArticleSpec {
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  published?: string;
  paragraphs: string[];
}

export interface ClaimSpec {
  source: string;
  fact: string;
  kind: ClaimKind;
  /** the claim's words; must occur in the source's text (first occurrence is used) */
  text: string;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: string;
  qualifier?: Claim["qualifier"];
  speaker?: string;
  attribution?: Claim["attribution"];
}

export interface FactSpec {
  id: string;
  kind: ClaimKind;
  label: string;
  status: FactStatus;
  note: string;
  weight?: number;
}

export interface EntitySpec {
  id: string;
  type: Entity["type"];
  name: string;
  /** spellings to look for in the texts */
  spellings: string[];
}

function sentencesOf(text: string, paragraphs: { start: number; end: number; kind: Paragraph["kind"] }[], index: CodePointIndex) {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    const pStartUnit = index.toUnit(p.start);
    const body = index.slice(p.start, p.end);
    const re = /[^.!?]+(?:[.!?]+["”’]?|$)\s*/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null && m[0].length > 0) {
      const trimmed = m[0].trimEnd();
      const startUnit = pStartUnit + m.index;
      const endUnit = startUnit + trimmed.length;
      const start = index.toCodePoint(startUnit);
      const end = index.toCodePoint(endUnit);
      out.push({ index: out.length, paragraph: pi, start, end, text: index.slice(start, end), kind: p.kind });
    }
  });
  return out;
}

export function buildInput(
  articles: readonly ArticleSpec[],
  facts: readonly FactSpec[],
  claims: readonly ClaimSpec[],
  entities: readonly EntitySpec[] = [],
  reuse: readonly Reuse[] = [],
  diagnostics: readonly Diagnostic[] = [],
): RenderInput {
  const sources: Source[] = [];
  const segmented = [];
  const indexes = new Map<string, CodePointIndex>();
  const sentencesBySource = new Map<string, Sentence[]>();
  for (const a of articles) {
    const text = [a.title, ...a.paragraphs].join("\n\n");
    const index = new CodePointIndex(text);
    indexes.set(a.id, index);
    const paragraphs: Paragraph[] = [];
    let unit = 0;
    [a.title, ...a.paragraphs].forEach((p, i) => {
      const start = index.toCodePoint(unit);
      const end = index.toCodePoint(unit + p.length);
      paragraphs.push({ index: i, start, end, kind: i === 0 ? "title" : "body" });
      unit += p.length + 2;
    });
    const sentences = sentencesOf(text, paragraphs, index);
    sentencesBySource.set(a.id, sentences);
    sources.push({
      id: a.id,
      file: `${a.id}.txt`,
      format: "txt",
      encoding: "utf-8",
      sha256: createHash("sha256").update(text).digest("hex"),
      text,
      title: a.title,
      publisher: a.publisher ?? "",
      author: a.author ?? "",
      published: a.published ?? "",
      language: "en",
      boilerplate: [],
      duplicateOf: "",
    });
    segmented.push({
      sourceId: a.id,
      paragraphs,
      sentences,
      words: text.split(/\s+/).filter(Boolean).length,
    });
  }

  const locate = (sourceId: string, needle: string) => {
    const index = indexes.get(sourceId)!;
    const unit = index.text.indexOf(needle);
    if (unit < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in ${sourceId}`);
    const start = index.toCodePoint(unit);
    const end = index.toCodePoint(unit + needle.length);
    const sentence = sentencesBySource.get(sourceId)!.find((s) => s.start <= start && s.end >= end);
    return { start, end, sentenceIndex: sentence?.index ?? 0 };
  };

  const claimsBySource = new Map<string, Claim[]>(articles.map((a) => [a.id, []]));
  const claimFact = new Map<string, string>();
  for (const c of claims) {
    const list = claimsBySource.get(c.source)!;
    const at = locate(c.source, c.text);
    const id = `${c.source}:${c.kind[0]}${list.length + 1}`;
    list.push({
      id,
      sourceId: c.source,
      kind: c.kind,
      text: c.text,
      ...at,
      value: c.value ?? null,
      valueMin: c.min ?? null,
      valueMax: c.max ?? null,
      unit: c.unit ?? "",
      qualifier: c.qualifier ?? "",
      verb: "",
      key: c.fact,
      context: "",
      speaker: c.speaker ?? "",
      attribution: c.attribution ?? "",
    });
    claimFact.set(id, c.fact);
  }
  const allClaims = [...claimsBySource.values()].flat();

  const builtFacts: Fact[] = facts.map((f) => {
    const mine = allClaims.filter((c) => claimFact.get(c.id) === f.id);
    return {
      id: f.id,
      kind: f.kind,
      label: f.label,
      status: f.status,
      sourceIds: [...new Set(mine.map((c) => c.sourceId))],
      values: [...new Set(mine.map((c) => c.text))],
      claimIds: mine.map((c) => c.id),
      note: f.note,
      weight: f.weight ?? 0.5,
    };
  });

  const mentions: EntityMention[] = [];
  const extractMentions = new Map<string, Mention[]>(articles.map((a) => [a.id, []]));
  const builtEntities: Entity[] = entities.map((e) => {
    const seen = new Set<string>();
    for (const a of articles) {
      const index = indexes.get(a.id)!;
      for (const spelling of e.spellings) {
        let from = 0;
        for (;;) {
          const unit = index.text.indexOf(spelling, from);
          if (unit < 0) break;
          from = unit + spelling.length;
          const start = index.toCodePoint(unit);
          const end = index.toCodePoint(unit + spelling.length);
          const sentenceIndex = sentencesBySource.get(a.id)!.find((s) => s.start <= start && s.end >= end)?.index ?? 0;
          mentions.push({ entityId: e.id, sourceId: a.id, text: spelling, sentenceIndex, start, end });
          extractMentions.get(a.id)!.push({ sourceId: a.id, text: spelling, name: spelling, title: "", type: e.type, start, end, sentenceIndex, alias: "" });
          seen.add(spelling);
        }
      }
    }
    const mine = mentions.filter((m) => m.entityId === e.id);
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      variants: [...seen],
      sourceIds: [...new Set(mine.map((m) => m.sourceId))],
      mentionCount: mine.length,
    };
  });

  const tallies = articles.map((a) => {
    const unique = builtFacts.filter((f) => f.sourceIds.length === 1 && f.sourceIds[0] === a.id).map((f) => f.id);
    const omitted = builtFacts
      .filter((f) => f.sourceIds.length >= 2 && f.sourceIds.length > articles.length / 2 && !f.sourceIds.includes(a.id))
      .map((f) => f.id);
    return {
      sourceId: a.id,
      factsUnique: unique.length,
      factsConflicting: builtFacts.filter((f) => f.status === "conflict" && f.sourceIds.includes(a.id)).length,
      omitted,
      unique,
    };
  });

  return {
    ingest: { sources, skipped: [], diagnostics: [...diagnostics] },
    segment: { sources: segmented },
    extract: {
      sources: articles.map((a) => ({ sourceId: a.id, claims: claimsBySource.get(a.id)!, mentions: extractMentions.get(a.id)! })),
    },
    reconcile: {
      facts: builtFacts,
      assignments: allClaims.map((c) => ({ claimId: c.id, factId: claimFact.get(c.id)! })),
      entities: builtEntities,
      mentions,
      reuse: [...reuse],
      tallies,
    },
    diagnostics,
  };
}

/** A factory fire in an invented town, told by three outlets that disagree on the toll. */
export function factoryFireInput(hostile = false): RenderInput {
  const hostileParagraph = hostile
    ? [
        'A reader comment read <script>alert(1)</script> and <img src=x onerror="document.title=\'pwned\'"> next to a <a href="javascript:alert(2)">link</a>.',
        "The template text {{title}} and {{{raw}}} and {{#each x}}loop{{/each}} appeared in the caption.",
      ]
    : [];
  const articles: ArticleSpec[] = [
    {
      id: "harbour-post",
      title: "Fire at Velmora textile plant kills 12",
      publisher: "Harbour Post",
      author: "Ines Carvalho",
      published: "2024-03-14",
      paragraphs: [
        "At least 12 workers died when fire swept through the Velmora textile plant on Tuesday night.",
        "Fire chief Oskar Lindqvist said 85 firefighters fought the blaze for six hours.",
        "“The doors were locked from outside,” Lindqvist said.",
        "Investigators found gas canisters, a burnt generator and blocked exits.",
        ...hostileParagraph,
      ],
    },
    {
      id: "daily-meridian",
      title: "Velmora factory blaze: 19 dead, owners questioned",
      publisher: "Daily Meridian",
      published: "2024-03-15",
      paragraphs: [
        "Nineteen people were killed in the fire at the Velmora textile plant, according to the regional health office.",
        "About 85 firefighters were deployed, said Oskar Lindqvist, the fire chief.",
        "“The doors were locked from the outside,” Lindqvist told reporters.",
        "Police questioned the plant's two owners on Wednesday.",
        "The −5 °C night slowed the firefighters, and 3 × more engines were called.",
      ],
    },
    {
      id: "riverside-news",
      title: "Velmora textile plant fire toll rises to 12",
      publisher: "Riverside News",
      published: "2024-03-14",
      paragraphs: [
        "Twelve workers died in the fire at the Velmora textile plant, the mayor, Ana Petrović, said.",
        "Investigators found gas canisters and blocked exits at the site.",
        "Mayor Ana Petrovic declared three days of mourning 🕯️ for the town.",
      ],
    },
  ];
  const facts: FactSpec[] = [
    { id: "F001", kind: "quantity", label: "workers killed", status: "conflict", note: "2 sources say 12; 1 says 19", weight: 0.9 },
    { id: "F002", kind: "quantity", label: "firefighters deployed", status: "agree", note: "2 sources say about 85", weight: 0.6 },
    { id: "F003", kind: "item", label: "gas canisters found", status: "agree", note: "2 sources report it" },
    { id: "F004", kind: "item", label: "burnt generator found", status: "single_source", note: "only Harbour Post reports it" },
    { id: "F005", kind: "event", label: "owners questioned", status: "single_source", note: "only Daily Meridian reports it" },
    { id: "F006", kind: "quote", label: "Lindqvist on the locked doors", status: "agree", note: "2 sources quote it, in slightly different words" },
    { id: "F007", kind: "quantity", label: "days of mourning", status: "single_source", note: "only Riverside News reports it" },
    { id: "F008", kind: "quantity", label: "temperature", status: "single_source", note: "only Daily Meridian reports it" },
  ];
  if (hostile) facts.push({ id: "F009", kind: "event", label: "reader comment <script>alert(3)</script>", status: "single_source", note: "=HYPERLINK(\"http://x\")" });
  const claims: ClaimSpec[] = [
    { source: "harbour-post", fact: "F001", kind: "quantity", text: "At least 12 workers", value: 12, unit: "workers", qualifier: "at_least" },
    { source: "daily-meridian", fact: "F001", kind: "quantity", text: "Nineteen people", value: 19, unit: "people", speaker: "the regional health office", attribution: "cited" },
    { source: "riverside-news", fact: "F001", kind: "quantity", text: "Twelve workers", value: 12, unit: "workers", speaker: "Ana Petrović", attribution: "cited" },
    { source: "harbour-post", fact: "F002", kind: "quantity", text: "85 firefighters", value: 85, unit: "firefighters", speaker: "Oskar Lindqvist", attribution: "cited" },
    { source: "daily-meridian", fact: "F002", kind: "quantity", text: "About 85 firefighters", value: 85, unit: "firefighters", qualifier: "about", speaker: "Oskar Lindqvist", attribution: "cited" },
    { source: "harbour-post", fact: "F003", kind: "item", text: "gas canisters" },
    { source: "riverside-news", fact: "F003", kind: "item", text: "gas canisters" },
    { source: "harbour-post", fact: "F004", kind: "item", text: "a burnt generator" },
    { source: "daily-meridian", fact: "F005", kind: "event", text: "Police questioned the plant's two owners" },
    { source: "harbour-post", fact: "F006", kind: "quote", text: "The doors were locked from outside", speaker: "Lindqvist", attribution: "quote" },
    { source: "daily-meridian", fact: "F006", kind: "quote", text: "The doors were locked from the outside", speaker: "Lindqvist", attribution: "quote" },
    { source: "riverside-news", fact: "F007", kind: "quantity", text: "three days", value: 3, unit: "days" },
    { source: "daily-meridian", fact: "F008", kind: "quantity", text: "−5 °C", value: -5, unit: "°C" },
  ];
  if (hostile) claims.push({ source: "harbour-post", fact: "F009", kind: "event", text: "<script>alert(1)</script>" });
  const entities: EntitySpec[] = [
    { id: "E001", type: "person", name: "Oskar Lindqvist", spellings: ["Oskar Lindqvist", "Lindqvist"] },
    { id: "E002", type: "person", name: "Ana Petrović", spellings: ["Ana Petrović", "Ana Petrovic"] },
    { id: "E003", type: "place", name: "Velmora", spellings: ["Velmora"] },
  ];
  const reuse: Reuse[] = [
    { sourceA: "harbour-post", sourceB: "riverside-news", similarity: 0.1234, sharedWords: 9, longestPassage: "in the fire at the Velmora textile plant" },
  ];
  const diagnostics: Diagnostic[] = [
    { rule: "ingest:legacy-encoding", severity: "warning", reason: "not UTF-8; decoded as windows-1252", file: "riverside-news.txt", line: null, column: null, hint: "" },
  ];
  return buildInput(articles, facts, claims, entities, reuse, diagnostics);
}

/** A large invented event: 20 outlets, 150 facts, for layout checks. Deterministic. */
export function largeInput(): RenderInput {
  const outlets = Array.from({ length: 20 }, (_, i) => `outlet-${String(i + 1).padStart(2, "0")}`);
  const kinds: ClaimKind[] = ["quantity", "date", "item", "event", "quote"];
  const facts: FactSpec[] = [];
  const claims: ClaimSpec[] = [];
  const paragraphsBy = new Map<string, string[]>(outlets.map((o) => [o, []]));
  for (let f = 1; f <= 150; f++) {
    const id = `F${String(f).padStart(3, "0")}`;
    const kind = kinds[f % kinds.length];
    const reporters = outlets.filter((_, i) => (i * 7 + f * 3) % 20 < 1 + (f % 9));
    const status: FactStatus = reporters.length === 1 ? "single_source" : f % 6 === 0 ? "conflict" : "agree";
    facts.push({ id, kind, label: `${kind} detail number ${f} of the Lake Orvann flood`, status, note: `${reporters.length} source(s) report it`, weight: (f % 10) / 10 });
    reporters.forEach((o, i) => {
      const value = status === "conflict" && i % 2 === 1 ? 1000 + f * 10 : 400 + f;
      const variant = status === "conflict" && i % 2 === 1 ? "denied" : "reported";
      const words = kind === "quantity" ? `${value} evacuated residents in district ${f}` : kind === "quote" ? `We need help in district ${f} now` : `detail ${f} ${variant} in district ${f}`;
      const sentence = kind === "quote" ? `“${words},” said the district ${f} warden.` : `Officials said there were ${words} on Sunday.`;
      paragraphsBy.get(o)!.push(sentence);
      claims.push({ source: o, fact: id, kind, text: words, value: kind === "quantity" ? value : null, unit: kind === "quantity" ? "residents" : "", speaker: kind === "quote" ? `the district ${f} warden` : "", attribution: kind === "quote" ? "quote" : "" });
    });
  }
  const articles: ArticleSpec[] = outlets.map((o, i) => ({
    id: o,
    title: `Lake Orvann flood: report ${i + 1} from a very long headline about evacuations and damage in the valley`,
    publisher: `Regional Outlet Number ${i + 1}`,
    published: `2024-05-${String(10 + (i % 5)).padStart(2, "0")}`,
    paragraphs: paragraphsBy.get(o)!.length ? paragraphsBy.get(o)! : ["Nothing more was reported."],
  }));
  const entities: EntitySpec[] = [
    { id: "E001", type: "place", name: "Lake Orvann", spellings: ["Lake Orvann"] },
  ];
  return buildInput(articles, facts, claims, entities);
}
