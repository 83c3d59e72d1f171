/**
 * A chart drawn into the PDF by vega itself: vega's CanvasRenderer draws a
 * rendered chart's scenegraph into an "external context", and this module's
 * PdfCanvasContext is that context, turning the Canvas 2D calls vega makes
 * into pdfkit's. The marks, their order, clipping, text truncation and
 * placement are vega's, the same as in the HTML page's SVG.
 *
 * Why not svg-to-pdfkit on the SVG string, as before: it defines its whole
 * parser and renderer (a few hundred functions) inside each call, so V8
 * compiled them again for every report and threw the code away at every
 * full collection. In corpus mode that was about 15 % of the CPU
 * (1,000 stories × 5 sources, --jobs 2: 159 CPU s with the conflict charts
 * drawn by svg-to-pdfkit, 141 through this context, 136 without them).
 *
 * Only what vega's marks use is implemented: paths (lines, curves, arcs,
 * rectangles), fill, stroke, clip, dashes, transforms, opacity and text.
 * Gradients are not (no chart of ours has one): a gradient fill is skipped.
 */
import { fontNames, type FontName, type GlyphGuard } from "./pdfFonts.ts";

type Doc = PDFKit.PDFDocument;

/** A path step, its points already in the coordinates the chart is drawn in (see PdfCanvasContext). */
type PathStep = ["moveTo" | "lineTo", number, number] | ["bezierCurveTo", number, number, number, number, number, number] | ["closePath"];

/** An affine transform [a, b, c, d, e, f], as in Canvas and PDF. */
type Matrix = [number, number, number, number, number, number];

interface PaintState {
  matrix: Matrix;
  fillStyle: unknown;
  strokeStyle: unknown;
  globalAlpha: number;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  miterLimit: number;
  lineDash: number[];
  lineDashOffset: number;
  font: string;
  textAlign: string;
}

/** A colour pdfkit can take (hex, name or RGB triple) and its alpha, or null for "paint nothing". */
function pdfColour(style: unknown): { colour: string | [number, number, number]; alpha: number } | null {
  if (typeof style !== "string") return null;
  const s = style.trim().toLowerCase();
  if (s === "" || s === "none" || s === "transparent") return null;
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(s);
  if (rgb) return { colour: [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])], alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  return { colour: s, alpha: 1 };
}

/** Control points of a cubic Bézier for the arc from angle a0 to a1 (at most a quarter turn) around (cx, cy). */
function arcSegment(cx: number, cy: number, r: number, a0: number, a1: number): [number, number, number, number, number, number] {
  const k = (4 / 3) * Math.tan((a1 - a0) / 4);
  const [c0, s0, c1, s1] = [Math.cos(a0), Math.sin(a0), Math.cos(a1), Math.sin(a1)];
  return [cx + r * (c0 - k * s0), cy + r * (s0 + k * c0), cx + r * (c1 + k * s1), cy + r * (s1 - k * c1), cx + r * c1, cy + r * s1];
}

/**
 * Canvas keeps a path's points in the coordinates in force when each was
 * added, and vega relies on it: a symbol is traced after translate(x, y),
 * which is undone before the fill. So the context keeps its own transform,
 * maps every point when it is added, and never changes pdfkit's.
 */
export class PdfCanvasContext implements PaintState {
  matrix: Matrix = [1, 0, 0, 1, 0, 0];
  fillStyle: unknown = "#000";
  strokeStyle: unknown = "#000";
  globalAlpha = 1;
  lineWidth = 1;
  lineCap = "butt";
  lineJoin = "miter";
  miterLimit = 10;
  lineDash: number[] = [];
  lineDashOffset = 0;
  font = "10px sans-serif";
  textAlign = "start";
  // set by vega but meaningless in a PDF
  textBaseline = "alphabetic";
  globalCompositeOperation = "source-over";
  readonly pixelRatio = 1;

  private path: PathStep[] = [];
  private readonly saved: PaintState[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly glyphs: GlyphGuard,
  ) {}

  save(): void {
    const { matrix, fillStyle, strokeStyle, globalAlpha, lineWidth, lineCap, lineJoin, miterLimit, lineDash, lineDashOffset, font, textAlign } = this;
    this.saved.push({ matrix, fillStyle, strokeStyle, globalAlpha, lineWidth, lineCap, lineJoin, miterLimit, lineDash, lineDashOffset, font, textAlign });
    // pdfkit's graphics state holds the clip
    this.doc.save();
  }

  restore(): void {
    const state = this.saved.pop();
    if (!state) return;
    Object.assign(this, state);
    this.doc.restore();
  }

  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const [m0, m1, m2, m3, m4, m5] = this.matrix;
    this.matrix = [m0 * a + m2 * b, m1 * a + m3 * b, m0 * c + m2 * d, m1 * c + m3 * d, m0 * e + m2 * f + m4, m1 * e + m3 * f + m5];
  }

  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }

  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }

  rotate(radians: number): void {
    const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
    this.transform(cos, sin, -sin, cos, 0, 0);
  }

  setLineDash(dash: number[]): void {
    this.lineDash = [...dash];
  }

  beginPath(): void {
    this.path = [];
  }

  moveTo(x: number, y: number): void {
    this.path.push(["moveTo", ...this.point(x, y)]);
  }

  lineTo(x: number, y: number): void {
    this.path.push(["lineTo", ...this.point(x, y)]);
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.path.push(["bezierCurveTo", ...this.point(x1, y1), ...this.point(x2, y2), ...this.point(x, y)]);
  }

  quadraticCurveTo(qx: number, qy: number, x: number, y: number): void {
    // as a cubic: the current point is needed for its first control point
    const last = this.path.at(-1);
    const [x0, y0] = last && last[0] !== "closePath" ? (last.slice(-2) as [number, number]) : this.point(qx, qy);
    const [px, py] = this.point(qx, qy);
    const [ex, ey] = this.point(x, y);
    this.path.push(["bezierCurveTo", x0 + (2 / 3) * (px - x0), y0 + (2 / 3) * (py - y0), ex + (2 / 3) * (px - ex), ey + (2 / 3) * (py - ey), ex, ey]);
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }

  closePath(): void {
    this.path.push(["closePath"]);
  }

  arc(cx: number, cy: number, r: number, start: number, end: number, counterClockwise = false): void {
    const turn = 2 * Math.PI;
    let sweep = end - start;
    if (!counterClockwise && sweep < 0) sweep = (sweep % turn) + turn;
    if (counterClockwise && sweep > 0) sweep = (sweep % turn) - turn;
    if (Math.abs(sweep) > turn) sweep = Math.sign(sweep) * turn;
    const [sx, sy] = [cx + r * Math.cos(start), cy + r * Math.sin(start)];
    if (this.path.length === 0) this.moveTo(sx, sy);
    else this.lineTo(sx, sy);
    const pieces = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
    for (let i = 0; i < pieces; i++) {
      const [x1, y1, x2, y2, x, y] = arcSegment(cx, cy, r, start + (sweep * i) / pieces, start + (sweep * (i + 1)) / pieces);
      this.bezierCurveTo(x1, y1, x2, y2, x, y);
    }
  }

  fill(): void {
    const paint = pdfColour(this.fillStyle);
    if (!paint || this.path.length === 0) return;
    this.tracePath();
    this.doc.fillColor(paint.colour, paint.alpha * this.globalAlpha).fill();
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.beginPath();
    this.rect(x, y, w, h);
    this.fill();
  }

  stroke(): void {
    const paint = pdfColour(this.strokeStyle);
    if (!paint || this.path.length === 0 || this.lineWidth <= 0) return;
    this.tracePath();
    const doc = this.doc;
    // vega's transforms are translations and rotations: widths and dashes need no scaling
    doc.lineWidth(this.lineWidth).lineCap(this.lineCap as "butt").lineJoin(this.lineJoin as "miter").miterLimit(this.miterLimit);
    if (this.lineDash.length > 0) doc.dash(this.lineDash as unknown as number, { phase: this.lineDashOffset });
    else doc.undash();
    doc.strokeColor(paint.colour, paint.alpha * this.globalAlpha).stroke();
  }

  clip(): void {
    if (this.path.length === 0) return;
    this.tracePath();
    this.doc.clip();
  }

  fillText(text: string, x: number, y: number): void {
    const paint = pdfColour(this.fillStyle);
    if (!paint || text === "") return;
    const size = Number(/([\d.]+)px/.exec(this.font)?.[1] ?? 10);
    const font: FontName = /\b(bold|bolder|[6-9]00)\b/.test(this.font) ? fontNames.bold : fontNames.sans;
    const safe = this.glyphs.safe(text, font, false, false);
    const doc = this.doc;
    doc.font(font).fontSize(size);
    const width = doc.widthOfString(safe);
    const dx = this.textAlign === "center" ? -width / 2 : this.textAlign === "right" || this.textAlign === "end" ? -width : 0;
    const [keepX, keepY] = [doc.x, doc.y];
    doc.save();
    doc.transform(...this.matrix);
    doc.fillColor(paint.colour, paint.alpha * this.globalAlpha).text(safe, x + dx, y, { lineBreak: false, baseline: "alphabetic" });
    doc.restore();
    [doc.x, doc.y] = [keepX, keepY];
  }

  /** Gradients are not drawn; vega's fill then has nothing to paint with. */
  createLinearGradient(): { addColorStop(): void } {
    return { addColorStop: () => undefined };
  }

  private point(x: number, y: number): [number, number] {
    const [a, b, c, d, e, f] = this.matrix;
    return [a * x + c * y + e, b * x + d * y + f];
  }

  private tracePath(): void {
    const doc = this.doc;
    for (const step of this.path) {
      if (step[0] === "moveTo") doc.moveTo(step[1], step[2]);
      else if (step[0] === "lineTo") doc.lineTo(step[1], step[2]);
      else if (step[0] === "bezierCurveTo") doc.bezierCurveTo(step[1], step[2], step[3], step[4], step[5], step[6]);
      else doc.closePath();
    }
  }
}

/** What vega needs to draw a chart again without running its dataflow: the scene and the frame the SVG had. */
export interface ChartScene {
  scene: unknown;
  /** width and height of the whole chart, padding included, in pixels */
  width: number;
  height: number;
  /** where the scene's origin lies inside that frame */
  origin: [number, number];
  background: string | null;
}
