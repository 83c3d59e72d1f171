import { describe, expect, it } from "vitest";
import { corpusProgress } from "../../pipeline/corpus/progress.ts";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, columns: 80, write: (s: string) => chunks.push(s), chunks };
}

describe("corpus progress", () => {
  it("draws a bar with stories done, rate and time left on a terminal", () => {
    let now = 0;
    const s = stream(true);
    const p = corpusProgress(10, s, { now: () => now });
    now = 2000;
    p.storyDone(true);
    now = 4000;
    p.storyDone(true);
    const last = s.chunks.at(-1)!;
    expect(last).toMatch(/^\r\x1b\[2K\[█+░+\] 2\/10 stories · 0\.5\/s · 0:16 left$/);
    p.line("warning: something");
    expect(s.chunks.slice(-3)).toEqual(["\r\x1b[2K", "warning: something\n", expect.stringContaining("2/10 stories")]);
    p.finish();
    expect(s.chunks.at(-1)).toBe("\n");
  });

  it("does not count kept stories in the rate", () => {
    let now = 0;
    const s = stream(true);
    const p = corpusProgress(4, s, { now: () => now });
    p.storyDone(false);
    p.storyDone(false);
    now = 1000;
    p.storyDone(true);
    expect(s.chunks.at(-1)).toContain("3/4 stories · 1.0/s · 0:01 left");
  });

  it("writes plain lines no more often than the interval when not on a terminal", () => {
    let now = 0;
    const s = stream(false);
    const p = corpusProgress(100, s, { now: () => now, intervalMs: 10_000 });
    for (let i = 1; i <= 50; i++) {
      now = i * 1000;
      p.storyDone(true);
    }
    p.finish();
    expect(s.chunks.every((c) => !c.includes("\r") && !c.includes("\x1b") && c.endsWith("\n"))).toBe(true);
    expect(s.chunks).toHaveLength(5);
    expect(s.chunks[0]).toBe("corpus: 10/100 stories, 1.0 stories/s, about 1:30 left\n");
  });
});
