import { describe, expect, it } from "vitest";
import { FatalDiagnostic, messages } from "../../pipeline/diagnostics.ts";
import { ingest, sourceIdFor } from "../../pipeline/ingest/index.ts";
import { findPageFurniture } from "../../pipeline/ingest/pageFurniture.ts";
import { CodePointIndex } from "../../pipeline/codePoints.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const article = `Flood forces thousands from homes in Riverton

Heavy rain caused the Riverton river to burst its banks on Monday, and the town's mayor said more than 3,000 people were evacuated.
Emergency crews rescued 42 residents from rooftops, according to the fire service.`;

function fatalOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof FatalDiagnostic) return e.diagnostic;
    throw e;
  }
  throw new Error("expected a fatal diagnostic");
}

describe("ingest", () => {
  it("reads text, takes the title from the first line and the id from the file name", () => {
    const out = ingest([{ name: "flood-a.txt", bytes: enc(article) }]);
    expect(out.sources).toHaveLength(1);
    const s = out.sources[0];
    expect(s.id).toBe("flood-a");
    expect(s.title).toBe("Flood forces thousands from homes in Riverton");
    expect(s.encoding).toBe("utf-8");
    expect(s.language).toBe("en");
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("strips a UTF-8 byte order mark and decodes UTF-16 with one", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Título\n\nSí, Héctor said “yes” — twice.")]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from("Héctor’s title\n\nText here.", "utf16le"))]);
    const out = ingest([
      { name: "a.txt", bytes: bom },
      { name: "b.txt", bytes: utf16 },
    ]);
    expect(out.sources[0].text.startsWith("Título")).toBe(true);
    expect(out.sources[0].encoding).toBe("utf-8-bom");
    expect(out.sources[1].text).toBe("Héctor’s title\n\nText here.");
    expect(out.sources[1].encoding).toBe("utf-16le");
  });

  it("decodes legacy Windows-1252 with a warning naming the file", () => {
    const bytes = new Uint8Array([...enc("Caf"), 0xe9, ...enc(" owner says "), 0x93, ...enc("closed"), 0x94, ...enc(".\n")]);
    const out = ingest([{ name: "legacy.txt", bytes }]);
    expect(out.sources[0].text).toBe("Café owner says “closed”.\n");
    const d = out.diagnostics.find((x) => x.rule === "ingest:legacy-encoding");
    expect(d?.file).toBe("legacy.txt");
    expect(d?.severity).toBe("warning");
  });

  it("refuses empty and binary files, naming them", () => {
    const empty = fatalOf(() => ingest([{ name: "ok.txt", bytes: enc(article) }, { name: "blank.txt", bytes: enc("  \n\n ") }]));
    expect(empty.rule).toBe("ingest:empty-file");
    expect(empty.file).toBe("blank.txt");
    expect(empty.reason).toBe(messages["ingest:empty-file"]());
    const binary = fatalOf(() => ingest([{ name: "photo.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }]));
    expect(binary.rule).toBe("ingest:binary-file");
    expect(binary.file).toBe("photo.txt");
  });

  it("skips other files with a notice and fails on a folder with no articles", () => {
    const out = ingest([{ name: "a.txt", bytes: enc(article) }, { name: "notes.json", bytes: enc("{}") }]);
    expect(out.skipped.map((s) => s.file)).toEqual(["notes.json"]);
    expect(out.diagnostics.find((d) => d.rule === "ingest:skipped-file")?.severity).toBe("info");
    expect(fatalOf(() => ingest([{ name: "x.json", bytes: enc("{}") }])).rule).toBe("ingest:empty-folder");
    expect(fatalOf(() => ingest([])).rule).toBe("ingest:empty-folder");
  });

  it("enforces the size and count limits", () => {
    expect(fatalOf(() => ingest([{ name: "big.txt", bytes: enc(article) }], { maxArticleBytes: 100 })).rule).toBe("ingest:too-large");
    const many = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.txt`, bytes: enc(article + i) }));
    expect(fatalOf(() => ingest(many, { maxArticles: 3 })).rule).toBe("ingest:too-many-files");
  });

  it("reports identical articles as duplicates of the first", () => {
    const out = ingest([{ name: "a.txt", bytes: enc(article) }, { name: "b.txt", bytes: enc(article + "\n") }]);
    expect(out.sources[1].duplicateOf).toBe("a");
    expect(out.diagnostics.some((d) => d.rule === "ingest:duplicate" && d.file === "b.txt")).toBe(true);
  });

  it("detects an article in another language", () => {
    const es = "Inundación en el valle\n\nLas lluvias de la semana obligaron a miles de personas a dejar sus casas, según las autoridades del estado, que dijeron que la situación es grave y que el río sigue creciendo por la noche.";
    const out = ingest([{ name: "es.txt", bytes: enc(es) }]);
    expect(out.sources[0].language).toBe("es");
    expect(out.diagnostics.some((d) => d.rule === "ingest:language")).toBe(true);
  });

  it("reduces HTML to the article, without scripts, navigation or footers", () => {
    const html = `<!doctype html><html><head><title>Quake hits coast - The Daily Example</title>
      <meta name="author" content="Jane Roe"><meta property="og:site_name" content="The Daily Example">
      <meta property="article:published_time" content="2024-03-05T10:00:00Z"><script>var x = "<p>not text</p>";</script></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Quake hits coast</h1>
      <p>A magnitude 6.1 earthquake struck the coast on Tuesday &mdash; officials said 12 people died.</p>
      <p>Rescuers searched the rubble of 30&nbsp;buildings.</p></article><footer>© The Daily Example</footer></body></html>`;
    const s = ingest([{ name: "quake.html", bytes: enc(html) }]).sources[0];
    expect(s.format).toBe("html");
    expect(s.title).toBe("Quake hits coast");
    expect(s.text).toBe("Quake hits coast\n\nA magnitude 6.1 earthquake struck the coast on Tuesday — officials said 12 people died.\n\nRescuers searched the rubble of 30 buildings.");
    expect(s.author).toBe("Jane Roe");
    expect(s.publisher).toBe("The Daily Example");
    expect(s.published).toBe("2024-03-05");
  });

  it("makes file names safe as ids", () => {
    expect(sourceIdFor("--rm -rf ..txt")).toBe("rm_-rf_");
    expect(sourceIdFor("../../etc/passwd.txt")).toBe("etc_passwd");
    expect(sourceIdFor("Ñandú report.md")).toBe("Ñandú_report");
  });
});

describe("page furniture", () => {
  const page = [
    "Storm batters coast",
    "Residents fled as winds reached 150 km/h. JOHN DOE/AFP via Getty Images",
    "",
    "The storm made landfall on Sunday, the weather service said.",
    "",
    "Read more:",
    "Ten things to know about storms",
    "Why the coast floods every year",
    "",
    "Officials said 2,000 homes lost power.",
    "Written by: Ana Lima",
    "This article is owned by Coastal Times.",
    "WATCH: Waves crash over the sea wall",
    "Leave a Reply",
  ].join("\n");

  it("sets aside comment prompts, link blocks, bylines, credits and teasers, keeping author and publisher", () => {
    const f = findPageFurniture(page);
    expect(f.spans.map((s) => s.text)).toEqual([
      "JOHN DOE/AFP via Getty Images",
      "Read more:",
      "Ten things to know about storms",
      "Why the coast floods every year",
      "Written by: Ana Lima",
      "This article is owned by Coastal Times.",
      "WATCH: Waves crash over the sea wall",
      "Leave a Reply",
    ]);
    expect(f.author).toBe("Ana Lima");
    expect(f.publisher).toBe("Coastal Times");
    const index = new CodePointIndex(page);
    for (const s of f.spans) expect(index.slice(s.start, s.end)).toBe(s.text);
  });

  it("takes the publisher from a copyright line without its rights notice", () => {
    expect(findPageFurniture("Title\n\nText here.\n\nCopyright 2024 Nile Courier. All rights reserved.").publisher).toBe("Nile Courier");
    expect(findPageFurniture("Title\n\nText here.\n\n© The Harbour Times. All Rights Reserved").publisher).toBe("Harbour Times");
  });

  it("keeps the article's own sentences", () => {
    const kept = findPageFurniture(page).spans.map((s) => s.text).join("\n");
    expect(kept).not.toContain("Officials said 2,000 homes lost power.");
    expect(kept).not.toContain("The storm made landfall");
  });
});
