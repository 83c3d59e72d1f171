import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { renderPdf } from "../../pipeline/render/pdf.ts";
import { PdfCanvasContext } from "../../pipeline/render/pdfCanvas.ts";
import type { GlyphGuard } from "../../pipeline/render/pdfFonts.ts";
import { floodReport } from "./reportFixtures.ts";
import { writePdf } from "./pdfTools.ts";

vi.setConfig({ testTimeout: 60_000 });

/** A stand-in for pdfkit that records the path points and paint calls it receives. */
function recordingDoc() {
  const calls: (string | number)[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args.filter((a): a is string | number => typeof a === "number" || typeof a === "string")]);
      return doc;
    };
  const doc = {
    x: 0,
    y: 0,
    ...Object.fromEntries(
      ["save", "restore", "moveTo", "lineTo", "bezierCurveTo", "closePath", "fill", "stroke", "clip", "fillColor", "strokeColor", "lineWidth", "lineCap", "lineJoin", "miterLimit", "dash", "undash", "transform", "font", "fontSize", "text"].map((n) => [n, record(n)]),
    ),
    widthOfString: (s: string) => s.length * 5,
  };
  return { doc: doc as unknown as PDFKit.PDFDocument, calls };
}

const passThrough = { safe: (text: string) => text } as unknown as GlyphGuard;

describe("PdfCanvasContext", () => {
  it("places a path where the transform was when its points were added, as a canvas does", () => {
    const { doc, calls } = recordingDoc();
    const ctx = new PdfCanvasContext(doc, passThrough);
    ctx.fillStyle = "#123456";
    // vega draws a symbol this way: translate, trace, translate back, then fill
    ctx.translate(100, 50);
    ctx.beginPath();
    ctx.moveTo(1, 2);
    ctx.lineTo(3, 4);
    ctx.translate(-100, -50);
    ctx.fill();
    expect(calls.filter((c) => c[0] === "moveTo" || c[0] === "lineTo")).toEqual([
      ["moveTo", 101, 52],
      ["lineTo", 103, 54],
    ]);
    expect(calls).toContainEqual(["fillColor", "#123456", 1]);
    expect(calls.at(-1)).toEqual(["fill"]);
  });

  it("draws a full circle as curves through four points on it", () => {
    const { doc, calls } = recordingDoc();
    const ctx = new PdfCanvasContext(doc, passThrough);
    ctx.beginPath();
    ctx.arc(10, 10, 5, 0, 2 * Math.PI);
    ctx.fill();
    const ends = calls.filter((c) => c[0] === "bezierCurveTo").map((c) => [Math.round(c[5] as number), Math.round(c[6] as number)]);
    expect(ends).toEqual([
      [10, 15],
      [5, 10],
      [10, 5],
      [15, 10],
    ]);
  });

  it("paints nothing for a transparent fill and restores what save kept", () => {
    const { doc, calls } = recordingDoc();
    const ctx = new PdfCanvasContext(doc, passThrough);
    ctx.save();
    ctx.fillStyle = "transparent";
    ctx.globalAlpha = 0.5;
    ctx.rect(0, 0, 5, 5);
    ctx.fill();
    ctx.restore();
    expect(calls.some((c) => c[0] === "fill")).toBe(false);
    expect([ctx.fillStyle, ctx.globalAlpha]).toEqual(["#000", 1]);
  });
});

describe("a conflict chart in report.pdf", () => {
  it("puts each value's label where its value lies on the axis", async () => {
    const model = floodReport();
    const block = model.conflicts[0];
    const file = writePdf(await renderPdf({ ...model, conflicts: [block] }));
    // word boxes of the page with the chart: each label sits right of its dot
    const html = execFileSync("pdftotext", ["-bbox", "-f", "2", "-l", "2", file, "-"], { encoding: "utf8" });
    const xOf = (word: string) => {
      const m = new RegExp(`<word xMin="([\\d.]+)"[^>]*>${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</word>`).exec(html);
      return m ? Number(m[1]) : NaN;
    };
    const points = [...block.chart].sort((a, b) => a.value - b.value);
    const xs = points.map((p) => xOf(p.valueLabel.split(" ").at(-1)!));
    expect(xs.every(Number.isFinite)).toBe(true);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs.at(-1)! - xs[0]).toBeGreaterThan(100);
  });
});
