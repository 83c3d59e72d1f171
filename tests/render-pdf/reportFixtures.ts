/**
 * Report models of invented events, built directly (no pipeline run), for
 * the PDF tests: a small flood report with the spellings that must survive
 * text extraction, and a generator for large reports (many sources, many
 * facts, long cells).
 */
import type {
  ClaimRef,
  ConflictBlock,
  CoverageRow,
  FactGroup,
  FactRow,
  NameEntry,
  QuoteGroup,
  ReportModel,
  ReportSource,
  ReusePair,
} from "../../pipeline/render/reportModel.ts";

const icons = { agree: "✓", conflict: "✗", single_source: "●" } as const;
const labels = { agree: "Agree", conflict: "Conflict", single_source: "Single source" } as const;

function source(ordinal: number, id: string, label: string, title: string, published: string, words: number): ReportSource {
  return {
    ordinal,
    id,
    label,
    file: `${id}.txt`,
    title,
    publisher: label,
    author: "",
    published,
    language: "en",
    encoding: "utf-8",
    words,
    sentences: Math.round(words / 20),
    paragraphs: Math.round(words / 60),
    claims: 10,
    factsUnique: 2,
    factsConflicting: 1,
    duplicateOf: "",
    anchor: `source-${ordinal}`,
    textParagraphs: [],
  };
}

function claim(src: ReportSource, n: number, text: string, valueLabel: string, sentence: string, speaker = ""): ClaimRef {
  return {
    claimId: `${src.id}:q${n}`,
    sourceId: src.id,
    sourceOrdinal: src.ordinal,
    sourceLabel: src.label,
    text,
    valueLabel,
    unit: "",
    sentence,
    sentenceIndex: n,
    speaker,
    authority: speaker ? `according to ${speaker}` : "the outlet itself",
    anchor: `s${src.ordinal}-${n}`,
  };
}

function fact(
  id: string,
  kind: string,
  label: string,
  status: FactRow["status"],
  claims: ClaimRef[],
  note: string,
): FactRow {
  const sourceIds = [...new Set(claims.map((c) => c.sourceId))];
  return {
    id,
    kind,
    kindLabel: { quantity: "Quantities", date: "Dates", item: "Items", event: "Events", quote: "Quotes" }[kind] ?? kind,
    label,
    status,
    statusLabel: labels[status],
    statusIcon: icons[status],
    sourceCount: sourceIds.length,
    sourceIds,
    sourceOrdinals: claims.map((c) => c.sourceOrdinal).join(" "),
    sourceLabels: [...new Set(claims.map((c) => c.sourceLabel))],
    values: [...new Set(claims.map((c) => c.valueLabel))],
    note,
    weight: 0.5,
    claims,
  };
}

function coverageRows(facts: readonly FactRow[], sources: readonly ReportSource[]): CoverageRow[] {
  return [...facts]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((f) => ({
      factId: f.id,
      label: f.label,
      kind: f.kind,
      status: f.status,
      statusLabel: f.statusLabel,
      statusIcon: f.statusIcon,
      sourceOrdinals: f.sourceOrdinals,
      cells: sources.map((s) => {
        const mine = f.claims.filter((c) => c.sourceId === s.id);
        return { sourceId: s.id, reported: mine.length > 0, value: mine.map((c) => c.text).join("|"), anchor: mine[0]?.anchor ?? "" };
      }),
    }));
}

const method = {
  paragraphs: [
    "Each article is read as plain text; claims about the same thing are grouped across articles into one fact.",
    "A fact is in conflict when two sources give incompatible values.",
  ],
  limits: ["The grouping is automatic; check the sentences behind any fact that matters."],
  notices: [],
};

/** An invented flood in an invented town, with accents, curly quotes and em dashes in the sources' own words. */
export function floodReport(): ReportModel {
  const a = source(1, "valle-times", "Valle Times", "Floods hit Tocorón — thousands evacuated", "2031-04-02", 640);
  const b = source(2, "rio-herald", "Río Herald", "River bursts its banks in Tocorón", "2031-04-03", 820);
  const c = source(3, "wire", "Wire Service", "Flood: “We lost everything,” says Héctor Aranguren", "2031-04-03", 510);
  const sources = [a, b, c];

  const evacuated = fact(
    "F001",
    "quantity",
    "people evacuated",
    "conflict",
    [
      claim(a, 1, "1,600 residents", "1,600", "About 1,600 residents were evacuated from Tocorón — most of them overnight."),
      claim(b, 2, "6,000 people", "about 6,000", "Officials said about 6,000 people had left their homes."),
      claim(c, 3, "between 400 and 500 families", "400–500", "Between 400 and 500 families were moved, according to the mayor.", "mayor Héctor Aranguren"),
    ],
    "2 sources say 1,600 or fewer; 1 says about 6,000",
  );
  const rainfall = fact(
    "F002",
    "quantity",
    "rainfall in millimetres",
    "conflict",
    [
      claim(a, 4, "210 millimetres", "210", "The town received 210 millimetres of rain in a day."),
      claim(b, 5, "180 mm", "180", "Gauges recorded 180 mm of rain."),
    ],
    "1 source says 210; 1 says 180",
  );
  const bridges = fact(
    "F003",
    "quantity",
    "bridges destroyed",
    "agree",
    [
      claim(a, 6, "two bridges", "2", "Two bridges were destroyed."),
      claim(b, 7, "2 bridges", "2", "The flood swept away 2 bridges."),
    ],
    "2 sources say 2",
  );
  const shelter = fact("F004", "item", "shelters opened", "single_source", [claim(c, 8, "the school gym", "the school gym", "The school gym was opened as a shelter.")], "only Wire Service");
  const quoteFact = fact(
    "F005",
    "quote",
    "Héctor Aranguren: we lost everything",
    "agree",
    [
      claim(a, 9, "“We lost everything”", "“We lost everything”", "“We lost everything,” said Héctor Aranguren.", "Héctor Aranguren"),
      claim(c, 10, "“we have lost everything”", "“we have lost everything”", "“We have lost everything,” Aranguren told reporters.", "Aranguren"),
    ],
    "2 sources quote the same words",
  );
  const facts = [evacuated, rainfall, bridges, shelter, quoteFact];

  const conflicts: ConflictBlock[] = [evacuated, rainfall].map((f) => ({
    fact: f,
    readings: f.claims,
    valueGroups: f.values.map((v) => {
      const cs = f.claims.filter((c) => c.valueLabel === v);
      return { valueLabel: v, sourceIds: cs.map((c) => c.sourceId), sourceLabels: cs.map((c) => c.sourceLabel) };
    }),
    chart:
      f.id === "F001"
        ? [
            { sourceId: a.id, sourceLabel: a.label, value: 1600, min: 1600, max: 1600, valueLabel: "1,600" },
            { sourceId: b.id, sourceLabel: b.label, value: 6000, min: 6000, max: 6000, valueLabel: "about 6,000" },
            { sourceId: c.id, sourceLabel: c.label, value: 450, min: 400, max: 500, valueLabel: "400–500" },
          ]
        : [
            { sourceId: a.id, sourceLabel: a.label, value: 210, min: 210, max: 210, valueLabel: "210" },
            { sourceId: b.id, sourceLabel: b.label, value: 180, min: 180, max: 180, valueLabel: "180" },
          ],
    chartUnit: f.id === "F001" ? "people" : "millimetres",
  }));

  const factGroups: FactGroup[] = [
    { kind: "quantity", heading: "Quantities", facts: [bridges], agreeCount: 1, singleSourceCount: 0 },
    { kind: "item", heading: "Items", facts: [shelter], agreeCount: 0, singleSourceCount: 1 },
  ];
  const names: NameEntry[] = [
    {
      id: "E1",
      name: "Héctor Aranguren",
      type: "person",
      sourceCount: 2,
      mentionCount: 3,
      spellingsDiffer: true,
      variants: [
        { text: "Héctor Aranguren", sourceIds: [a.id], sourceLabels: [a.label], count: 2 },
        { text: "Hector Aranguren", sourceIds: [c.id], sourceLabels: [c.label], count: 1 },
      ],
    },
    {
      id: "E2",
      name: "Tocorón",
      type: "place",
      sourceCount: 3,
      mentionCount: 5,
      spellingsDiffer: false,
      variants: [{ text: "Tocorón", sourceIds: [a.id, b.id, c.id], sourceLabels: [a.label, b.label, c.label], count: 5 }],
    },
  ];
  const quotes: QuoteGroup[] = [
    {
      factId: quoteFact.id,
      speaker: "Héctor Aranguren",
      status: "agree",
      statusLabel: "Agree",
      statusIcon: "✓",
      sourceCount: 2,
      sourceOrdinals: "1 3",
      wordingDiffers: true,
      note: quoteFact.note,
      versions: quoteFact.claims,
    },
  ];
  const reuse: ReusePair[] = [
    {
      sourceA: a.id,
      sourceB: c.id,
      labelA: a.label,
      labelB: c.label,
      similarity: 0.31,
      similarityLabel: "31%",
      sharedWords: 48,
      longestPassage: "the river rose two metres in an hour — faster than anyone in Tocorón could remember",
    },
  ];
  return {
    title: "Triangulate: Floods hit Tocorón — thousands evacuated",
    subtitle: "A comparison of 3 news articles",
    date: "2031-04-03",
    keywords: ["Tocorón", "Héctor Aranguren"],
    event: {
      headline: "Floods hit Tocorón — thousands evacuated",
      titles: sources.map((s) => s.title),
      topEntities: ["Tocorón", "Héctor Aranguren"],
      published: "2031-04-02 to 2031-04-03",
      description: "3 articles about “Floods hit Tocorón — thousands evacuated”, most often naming Tocorón, Héctor Aranguren; published 2031-04-02 to 2031-04-03.",
    },
    counts: { sources: 3, facts: 5, agree: 2, conflict: 2, singleSource: 1, claims: 10, entities: 2, quotes: 1, reusePairs: 1 },
    sources,
    topConflicts: [
      { factId: "F001", sentence: "people evacuated: 1 source (Valle Times) says 1,600; 1 source (Río Herald) says about 6,000; 1 source (Wire Service) says 400–500." },
      { factId: "F002", sentence: "rainfall in millimetres: 1 source (Valle Times) says 210; 1 source (Río Herald) says 180." },
    ],
    conflicts,
    factGroups,
    coverage: {
      sources: sources.map((s) => ({ id: s.id, label: s.label, ordinal: s.ordinal })),
      rows: coverageRows(facts, sources),
      perSource: sources.map((s) => ({ sourceId: s.id, label: s.label, unique: s === c ? [{ id: "F004", label: "shelters opened" }] : [], omitted: [] })),
    },
    names,
    quotes,
    reuse,
    method,
  };
}

const places = ["Ríobamba", "Łódź", "São Tomé", "Zürich", "Øresund", "Kraków", "Münster", "Curaçao"];
const nouns = ["workers", "families", "firefighters", "houses", "vehicles", "tonnes of debris", "hectares", "litres of water"];

/** A large invented factory-fire report: `nSources` sources and `nFacts` facts, with long cells. */
export function largeReport(nSources: number, nFacts: number, options: { longCell?: boolean } = {}): ReportModel {
  const sources = Array.from({ length: nSources }, (_, i) =>
    source(i + 1, `outlet-${String(i + 1).padStart(2, "0")}`, `Outlet ${i + 1} ${places[i % places.length]}`, `Fire at the ${places[i % places.length]} plant: report ${i + 1}`, `2032-01-${String((i % 28) + 1).padStart(2, "0")}`, 400 + i * 37),
  );
  const facts: FactRow[] = [];
  for (let f = 0; f < nFacts; f++) {
    const status: FactRow["status"] = f % 5 === 0 ? "conflict" : f % 3 === 0 ? "single_source" : "agree";
    const count = status === "single_source" ? 1 : 2 + (f % Math.max(1, nSources - 1));
    const picked = Array.from({ length: Math.min(count, nSources) }, (_, k) => sources[(f + k * 3) % nSources]).filter((s, i, all) => all.indexOf(s) === i);
    const noun = nouns[f % nouns.length];
    const claims = picked.map((s, k) => {
      const value = status === "conflict" ? 100 * (f + 1) + k * 250 : 100 * (f + 1);
      const sentence =
        `In ${places[(f + k) % places.length]}, officials said ${value.toLocaleString("en-US")} ${noun} were affected — “a figure that may rise,” one added.` +
        (options.longCell && f === 5 && k === 0 ? " " + "The investigation into the cause of the fire continues, and inspectors are reviewing the maintenance records of every machine on the production floor. ".repeat(40) : "");
      return claim(s, f * 10 + k, `${value} ${noun}`, value.toLocaleString("en-US"), sentence, k % 2 ? "the fire chief" : "");
    });
    facts.push(
      fact(`F${String(f + 1).padStart(3, "0")}`, f % 4 === 1 ? "date" : f % 4 === 2 ? "item" : "quantity", `${noun} affected, count ${f + 1}`, status, claims, status === "conflict" ? `${claims.length} sources give different numbers of ${noun}` : `${claims.length} source(s) agree`),
    );
  }
  const conflictRows = facts.filter((f) => f.status === "conflict");
  const conflicts: ConflictBlock[] = conflictRows.map((f) => ({
    fact: f,
    readings: f.claims,
    valueGroups: f.values.map((v) => {
      const cs = f.claims.filter((c) => c.valueLabel === v);
      return { valueLabel: v, sourceIds: cs.map((c) => c.sourceId), sourceLabels: cs.map((c) => c.sourceLabel) };
    }),
    chart: f.claims.map((c) => {
      const n = Number(c.valueLabel.replace(/,/g, ""));
      return { sourceId: c.sourceId, sourceLabel: c.sourceLabel, value: n, min: n, max: n, valueLabel: c.valueLabel };
    }),
    chartUnit: "count",
  }));
  const groups = ["quantity", "date", "item"].map((kind) => {
    const inKind = facts.filter((f) => f.kind === kind && f.status !== "conflict");
    return {
      kind,
      heading: inKind[0]?.kindLabel ?? kind,
      facts: inKind,
      agreeCount: inKind.filter((f) => f.status === "agree").length,
      singleSourceCount: inKind.filter((f) => f.status === "single_source").length,
    };
  });
  const names: NameEntry[] = Array.from({ length: 40 }, (_, i) => ({
    id: `E${i + 1}`,
    name: `${places[i % places.length]} Official ${i + 1}`,
    type: "person",
    sourceCount: 1 + (i % nSources),
    mentionCount: 2 + i,
    spellingsDiffer: i % 4 === 0,
    variants: [{ text: `${places[i % places.length]} Official ${i + 1}`, sourceIds: [sources[0].id], sourceLabels: [sources[0].label], count: 2 }],
  }));
  return {
    title: "Triangulate: Fire at the Ríobamba plant",
    subtitle: `A comparison of ${nSources} news articles`,
    date: "2032-01-20",
    keywords: ["Ríobamba", "fire"],
    event: {
      headline: "Fire at the Ríobamba plant",
      titles: sources.map((s) => s.title),
      topEntities: ["Ríobamba"],
      published: "2032-01-01 to 2032-01-20",
      description: `${nSources} articles about “Fire at the Ríobamba plant”.`,
    },
    counts: {
      sources: nSources,
      facts: nFacts,
      agree: facts.filter((f) => f.status === "agree").length,
      conflict: conflictRows.length,
      singleSource: facts.filter((f) => f.status === "single_source").length,
      claims: facts.reduce((n, f) => n + f.claims.length, 0),
      entities: names.length,
      quotes: 0,
      reusePairs: 0,
    },
    sources,
    topConflicts: conflicts.slice(0, 5).map((c) => ({ factId: c.fact.id, sentence: `${c.fact.label}: sources say ${c.fact.values.join(", ")}.` })),
    conflicts,
    factGroups: groups.filter((g) => g.facts.length > 0),
    coverage: {
      sources: sources.map((s) => ({ id: s.id, label: s.label, ordinal: s.ordinal })),
      rows: coverageRows(facts, sources),
      perSource: sources.map((s) => ({
        sourceId: s.id,
        label: s.label,
        unique: facts.filter((f) => f.status === "single_source" && f.sourceIds[0] === s.id).map((f) => ({ id: f.id, label: f.label })),
        omitted: [],
      })),
    },
    names,
    quotes: [],
    reuse: [],
    method,
  };
}
