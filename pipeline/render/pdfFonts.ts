/**
 * The PDF's fonts: DejaVu TrueType files embedded (as subsets) so that every
 * reader shows the sources' own spellings, and a guard that replaces any
 * character the fonts lack with a visible "?" instead of an empty box.
 *
 * The font files are found through Node's module resolution, so a run works
 * from any working directory.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { diagnose, type Diagnostic } from "../diagnostics.ts";

export const fontNames = { sans: "DejaVuSans", bold: "DejaVuSans-Bold", mono: "DejaVuSansMono" } as const;
export type FontName = (typeof fontNames)[keyof typeof fontNames];

const fontFiles: Record<FontName, string> = {
  DejaVuSans: "DejaVuSans.ttf",
  "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
  DejaVuSansMono: "DejaVuSansMono.ttf",
};

export const REPLACEMENT = "?";

const ZWSP = 0x200b;
const LONG_WORD = 80;
const LONG_WORD_PIECE = 40;
/** `safe` remembers results for strings up to this length */
const CACHED_TEXT_MAX = 4000;

/**
 * pdfkit breaks a word wider than the line character by character, in time
 * quadratic in the word's length: a 3,000-character token (a data URL, a
 * run of punctuation) takes seconds per measurement. Words over 80 characters
 * get a zero-width space every 40, a break opportunity that draws nothing;
 * shorter words (most URLs) stay whole and searchable.
 */
function breakLongWords(text: string): string {
  if (text.length <= LONG_WORD) return text;
  return text.replace(new RegExp(`[^\\s]{${LONG_WORD + 1},}`, "gu"), (word) => {
    const chars = Array.from(word);
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += LONG_WORD_PIECE) pieces.push(chars.slice(i, i + LONG_WORD_PIECE).join(""));
    return pieces.join("\u200b");
  });
}

let fontDir: string | undefined;
const fontBytes = new Map<FontName, Buffer>();

/** Folder of the DejaVu TTF files inside the installed `dejavu-fonts-ttf` package. */
export function dejavuFontDir(): string {
  if (fontDir === undefined) {
    const require = createRequire(import.meta.url);
    fontDir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  }
  return fontDir;
}

function loadFont(name: FontName): Buffer {
  let bytes = fontBytes.get(name);
  if (!bytes) {
    bytes = readFileSync(join(dejavuFontDir(), fontFiles[name]));
    fontBytes.set(name, bytes);
  }
  return bytes;
}

/** What the guard needs from a font: fontkit's coverage test. */
interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** A parsed (fontkit) font: what pdfkit keeps on `_font.font`. */
interface ParsedFont extends GlyphCoverage {
  _glyphs: Record<number, unknown>;
  getGlyph(id: number, codePoints?: number[]): { id: number } | null;
}

/** pdfkit's shaped run of one word: what its layout cache holds. */
interface WordRun {
  glyphs: ({ id: number } | null)[];
  positions: unknown[];
  advanceWidth: number;
}

/** The slice of pdfkit's EmbeddedFont the shared word cache hooks into. */
interface EmbeddedFont {
  font: ParsedFont;
  subset: unknown;
  layoutRun(text: string): WordRun;
  layoutCached(text: string): WordRun;
}

/**
 * A word shaped once per process: the glyphs' ids and positions, and the
 * glyphs fontkit looked up while shaping it (id and code points, first
 * lookup of each id only), in order.
 */
interface SharedRun {
  lookups: [number, number[]][];
  ids: number[];
  positions: unknown[];
  advanceWidth: number;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((cp, i) => cp === b[i]);
}

/**
 * Words shaped per process and font. Shaping (OpenType substitution and
 * positioning) is most of the PDF's text cost, and most words recur from
 * report to report.
 *
 * fontkit's glyph cache keeps the code points a glyph was first looked up
 * with, and shaping reads them back, so a word's shaping can depend on the
 * words before it (only where one glyph serves several code points). A word
 * is therefore shared only when, while it was shaped, every glyph looked up
 * came back with the code points asked for; and a document reuses it only
 * when none of those glyphs is already cached with other code points. It
 * then repeats the lookups on its own font view, so its glyph cache (and
 * with it the PDF's ToUnicode map) ends up exactly as if it had shaped the
 * word itself.
 */
const sharedRuns = new Map<FontName, Map<string, SharedRun>>();
/**
 * Words kept per font. A shaped word costs about a kilobyte of heap and
 * stays for the life of the process, so a corpus worker's live heap grew
 * with every report until the cap was reached (30,000 words per font:
 * +0.35 MB per story, 45 → 127 MB after 135 stories), and V8's full
 * collections grew with it. The words that recur from report to report are
 * the frequent ones, met in the first reports; 3,000 per font keep the live
 * heap near 90 MB, and 250 stories of the synthetic corpus ran faster than
 * with 30,000 or with none (68 s against 75 and 76 s).
 */
const SHARED_RUNS_MAX = 3_000;

function shareWordRuns(name: FontName, embedded: EmbeddedFont): void {
  let runs = sharedRuns.get(name);
  if (!runs) sharedRuns.set(name, (runs = new Map()));
  const font = embedded.font;
  const glyphs = font._glyphs as Record<number, { codePoints: number[] } | undefined>;
  const own = new Map<string, WordRun>();
  const reusable = (shared: SharedRun) => shared.lookups.every(([id, codePoints]) => {
    const known = glyphs[id];
    return known === undefined || sameCodePoints(known.codePoints, codePoints);
  });
  embedded.layoutCached = function (text: string): WordRun {
    let run = own.get(text);
    if (run) return run;
    const shared = runs.get(text);
    if (shared && reusable(shared)) {
      for (const [id, codePoints] of shared.lookups) font.getGlyph(id, codePoints);
      run = { glyphs: shared.ids.map((id) => font.getGlyph(id)), positions: shared.positions, advanceWidth: shared.advanceWidth };
    } else {
      const lookups: [number, number[]][] = [];
      const seen = new Set<number>();
      let neutral = true;
      const getGlyph = font.getGlyph;
      font.getGlyph = function (this: ParsedFont, id: number, codePoints: number[] = []) {
        const glyph = getGlyph.call(this, id, codePoints) as { codePoints: number[] } | null;
        if (!glyph || !sameCodePoints(glyph.codePoints, codePoints)) neutral = false;
        if (!seen.has(id)) {
          seen.add(id);
          lookups.push([id, codePoints]);
        }
        return glyph as { id: number } | null;
      };
      try {
        run = this.layoutRun(text);
      } finally {
        delete (font as Partial<ParsedFont>).getGlyph;
      }
      if (neutral && !shared && runs.size < SHARED_RUNS_MAX) {
        runs.set(text, { lookups, ids: run.glyphs.map((g) => g?.id ?? 0), positions: run.positions, advanceWidth: run.advanceWidth });
      }
    }
    own.set(text, run);
    return run;
  };
}

/**
 * Fonts parsed once per process. Parsing the TrueType tables (cmap, GSUB,
 * GPOS, hmtx…) again for every report cost more than laying the report
 * out. Each document gets its own view of the shared font (a prototype
 * child with an empty glyph cache): fontkit's glyph cache remembers the code
 * points a glyph was first met with, which end up in the PDF's ToUnicode
 * map, so sharing it would let one report's bytes depend on the reports
 * rendered before it in the same process.
 */
const parsedFonts = new Map<FontName, ParsedFont>();

function documentView(font: ParsedFont): ParsedFont {
  const view = Object.create(font) as ParsedFont;
  view._glyphs = {};
  return view;
}

/**
 * Whether a font has a glyph, per code point, for the whole process:
 * fontkit answers with a binary search over its cmap on every call, and the
 * guard asks once per character of every string drawn.
 */
const coverageCache = new Map<FontName, Map<number, boolean>>();

function hasGlyph(name: FontName, font: GlyphCoverage, cp: number): boolean {
  let known = coverageCache.get(name);
  if (!known) coverageCache.set(name, (known = new Map()));
  let has = known.get(cp);
  if (has === undefined) known.set(cp, (has = font.hasGlyphForCodePoint(cp)));
  return has;
}

/**
 * Per font, the UTF-16 code units (outside the surrogates) known to be drawn
 * unchanged by GlyphGuard.safe: not a control, tab, line break or invisible
 * character, and covered by the font. Filled by safe's slow path as
 * characters are met, so line breaks (kept or not, per call) never enter.
 */
const DRAWN_AS_IS = 1;
const drawableUnitTables = new Map<FontName, Uint8Array>();

function drawableUnits(name: FontName): Uint8Array {
  let table = drawableUnitTables.get(name);
  if (!table) drawableUnitTables.set(name, (table = new Uint8Array(0x10000)));
  return table;
}

/** The slice of a pdfkit document this module touches. */
interface FontHost {
  registerFont(name: string, src: Buffer): unknown;
  font(name: string): unknown;
}

/** Characters that are invisible by design: dropped, never reported. */
function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    (cp >= 0x115f && cp <= 0x1160) ||
    (cp >= 0x17b4 && cp <= 0x17b5) ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

function isControl(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp < 0xa0);
}

/**
 * Registers the fonts with a document and filters text for them. One guard
 * serves one render; `missing` collects every character replaced, so the
 * run reports each once.
 */
export class GlyphGuard {
  private readonly coverage = new Map<FontName, GlyphCoverage>();
  private readonly missingCodePoints = new Set<number>();
  private readonly cache = new Map<string, string>();

  constructor(doc: FontHost) {
    for (const name of Object.values(fontNames)) {
      const parsed = parsedFonts.get(name);
      // pdfkit takes a parsed font in place of the file's bytes
      doc.registerFont(name, parsed ? (documentView(parsed) as unknown as Buffer) : loadFont(name));
      doc.font(name);
      // pdfkit keeps the fontkit font of the current font on `_font.font`
      const current = (doc as unknown as { _font: EmbeddedFont })._font;
      if (!parsed) {
        // The first document, too, works on a view only: the shared font must
        // never compute (and so cache) a layout engine or glyphs of its own,
        // which the views would inherit.
        parsedFonts.set(name, current.font);
        current.font = documentView(current.font);
        current.subset = (current.font as unknown as { createSubset(): unknown }).createSubset();
      }
      shareWordRuns(name, current);
      this.coverage.set(name, current.font);
    }
    doc.font(fontNames.sans);
  }

  /**
   * The text as it can be drawn in `font`: NFC (so accents use the font's
   * precomposed glyphs), tabs as spaces, control and invisible formatting
   * characters dropped, and any character without a glyph replaced by "?".
   * Line breaks are kept only when `keepNewlines` is set; `breakWords`
   * (off for markup such as SVG) adds break opportunities to endless words.
   */
  safe(text: string, font: FontName = fontNames.sans, keepNewlines = false, breakWords = true): string {
    const key = `${font}\u0000${keepNewlines ? 1 : 0}${breakWords ? 1 : 0}\u0000${text}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const coverage = this.coverage.get(font)!;
    const drawable = drawableUnits(font);
    // Lone surrogates would make normalize() throw in some engines and cannot be drawn.
    const normalized = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd").normalize("NFC");
    // Most characters are drawn as they are: copy runs of them with one
    // slice instead of one string per character (a chart's SVG is ~100 KB).
    let out = "";
    let keptFrom = 0;
    for (let i = 0; i < normalized.length; ) {
      const unit = normalized.charCodeAt(i);
      if (drawable[unit] === DRAWN_AS_IS) {
        i++;
        continue;
      }
      const cp = normalized.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      let replacement: string | null = null;
      if (cp === 0x0a) replacement = keepNewlines ? null : " ";
      else if (cp === 0x09) replacement = " ";
      else if (cp === 0x0d || isControl(cp) || isDefaultIgnorable(cp)) replacement = "";
      else if (!hasGlyph(font, coverage, cp)) {
        this.missingCodePoints.add(cp);
        replacement = REPLACEMENT;
      } else if (width === 1) drawable[unit] = DRAWN_AS_IS;
      if (replacement !== null) {
        out += normalized.slice(keptFrom, i) + replacement;
        keptFrom = i + width;
      }
      i += width;
    }
    out += keptFrom === 0 ? normalized : normalized.slice(keptFrom);
    if (breakWords && hasGlyph(font, coverage, ZWSP)) out = breakLongWords(out);
    // long strings (a chart's SVG) are met once: keeping them would only hold memory
    if (this.cache.size < 50_000 && text.length <= CACHED_TEXT_MAX) this.cache.set(key, out);
    return out;
  }

  /** Every character replaced so far, in code point order. */
  missing(): number[] {
    return [...this.missingCodePoints].sort((a, b) => a - b);
  }

  /** One warning for the whole run, or none. */
  diagnostics(): Diagnostic[] {
    const missing = this.missing();
    if (missing.length === 0) return [];
    return [diagnose("render:missing-glyph", [describeCodePoints(missing)], { file: "report.pdf" })];
  }
}

/** `"😀" (U+1F600), "漢" (U+6F22) and 3 more` */
export function describeCodePoints(codePoints: readonly number[], limit = 8): string {
  const shown = codePoints.slice(0, limit).map((cp) => {
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    // a surrogate or control character would garble the terminal line: show its number only
    const printable = !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffd;
    return printable ? `"${String.fromCodePoint(cp)}" (U+${hex})` : `U+${hex}`;
  });
  const rest = codePoints.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}
