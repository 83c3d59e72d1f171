import { describe, expect, it } from "vitest";
import { safeStoryName, storyOutputNames } from "../../pipeline/corpus/storyNames.ts";
import { safeJoin } from "../../pipeline/files.ts";

describe("story output names", () => {
  it("turns untrusted folder names into plain, safe folder names", () => {
    expect(safeStoryName("-rf")).toBe("rf");
    expect(safeStoryName("../evil")).toBe("evil");
    expect(safeStoryName("..")).toBe("story");
    expect(safeStoryName("Séisme à Port-Elvan")).toBe("Séisme_à_Port-Elvan");
    expect(safeStoryName("<script>alert(1)</script>")).toBe("script_alert_1_script");
    expect(safeStoryName("x".repeat(300))).toHaveLength(100);
    for (const hostile of ["../../etc", "-", "--force", "a/../../b", "\u0000", ".hidden", "C:\\x"]) {
      const name = safeStoryName(hostile);
      expect(name, hostile).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
      expect(safeJoin("/tmp/out", name).startsWith("/tmp/out/"), hostile).toBe(true);
    }
  });

  it("keeps names apart that clash after cleaning, by case, or with the corpus's own files", () => {
    const names = storyOutputNames(["b", "a b", "a_b", "A_B", "index.html", "Stories.csv", "bench"]);
    expect(Object.fromEntries(names)).toEqual({
      // clashes are numbered in the sorted order of the original names (capitals sort first)
      "A_B": "A_B",
      "a b": "a_b-2",
      "a_b": "a_b-3",
      b: "b",
      "index.html": "index.html-2",
      "Stories.csv": "Stories.csv-2",
      bench: "bench-2",
    });
  });
});
