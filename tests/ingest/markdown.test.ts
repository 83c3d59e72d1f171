import { describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.ts";
import { markdownText } from "../../pipeline/ingest/markdownText.ts";
import { findPageFurniture } from "../../pipeline/ingest/pageFurniture.ts";

const enc = (s: string) => new TextEncoder().encode(s);

// An invented explainer about a fictional refinery fire, written as a Markdown newsletter.
const explainer = `# Dunmore refinery fire: what we know

*By Ada Quill, Harbour Notes — updated 3 May 2024, 09:00*

A fire at the **Dunmore Oil** refinery burned for *six hours*, according to the [county fire service](https://example.org/fire).

## Who was hurt

- Four workers were injured.
- Between 30 and 40 residents were treated, says the [health office][1].

![Smoke over Dunmore](smoke.jpg)

---

[1]: https://example.org/health

*Harbour Notes is a reader-funded newsroom. [Support our work](https://example.org/give) from £3 a month.*
`;

describe("Markdown articles", () => {
  it("reads the text without heading marks, emphasis, link targets, images or rules", () => {
    const text = markdownText(explainer);
    expect(text).toContain("A fire at the Dunmore Oil refinery burned for six hours, according to the county fire service.");
    expect(text).toContain("\nWho was hurt\n");
    expect(text).toContain("Four workers were injured.");
    expect(text).toContain("Between 30 and 40 residents were treated, says the health office.");
    expect(text).not.toMatch(/[*#]|\]\(|!\[|^---$|https?:/m);
  });

  it("keeps snake_case words, lone asterisks and arithmetic as they are", () => {
    expect(markdownText("file_name_here and 2*3*4 and a * b")).toBe("file_name_here and 2*3*4 and a * b");
  });

  it("gives sources whose text is the reduced Markdown, with title, byline and funding appeal recognised", () => {
    const out = ingest([{ name: "explainer.md", bytes: enc(explainer) }]);
    const s = out.sources[0];
    expect(s.format).toBe("md");
    expect(s.title).toBe("Dunmore refinery fire: what we know");
    expect(s.text.startsWith("Dunmore refinery fire: what we know\n\nBy Ada Quill")).toBe(true);
    expect(s.author).toContain("Ada Quill");
    const rules = s.boilerplate.map((b) => b.rule);
    expect(rules).toContain("boilerplate:byline");
    expect(rules).toContain("boilerplate:appeal");
    const appeal = s.boilerplate.find((b) => b.rule === "boilerplate:appeal")!;
    expect([...s.text].slice(appeal.start, appeal.end).join("")).toBe(appeal.text);
    expect(appeal.text).toContain("£3 a month");
  });

  it("stays linear on hostile lines of unclosed brackets and emphasis", () => {
    const t0 = performance.now();
    markdownText("[a ** _b *c `d ".repeat(60_000) + "[".repeat(200_000) + "<!--".repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});

describe("page furniture in news prose", () => {
  it("does not take an article sentence that mentions support for a funding appeal", () => {
    const { spans } = findPageFurniture("Title\n\nThe minister said the government would support our farmers with €2 million.\n");
    expect(spans).toEqual([]);
  });

  it("takes a funding appeal line", () => {
    const { spans } = findPageFurniture("Title\n\nSome text.\n\nSupport independent journalism: donate now.\n");
    expect(spans.map((s) => s.rule)).toEqual(["boilerplate:appeal"]);
  });

  it("takes update notes, app and subscription prompts, a newsletter's privacy notice and '| Updated' datelines", () => {
    const page = [
      "Title",
      "Published: Jun. 9, 2024 at 6:40 AM EDT | Updated: Jun. 9, 2024 at 4:05 PM EDT",
      "By Renee Caldwell | Updated June 10, 2024, 7:12 p.m.",
      "Editor's note: This story was updated at 4:30 p.m. Monday to include the name of a third victim.",
      "This story has been updated.",
      "Two people were killed and five wounded, police said.",
      "Download the KXYZ 7 News app for breaking news alerts on your phone.",
      "Subscribe to Farm Weekly from just £1.50 a week for unlimited access.",
      "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
    ].join("\n\n");
    const f = findPageFurniture(page);
    expect(f.spans.map((s) => s.rule)).toEqual([
      "boilerplate:dateline",
      "boilerplate:byline",
      "boilerplate:update-note",
      "boilerplate:update-note",
      "boilerplate:app-prompt",
      "boilerplate:newsletter",
      "boilerplate:newsletter",
    ]);
    expect(f.published).toBe("2024-06-09");
    expect(f.author).toBe("Renee Caldwell");
  });

  it("keeps article sentences about updates, apps and subscriptions", () => {
    const { spans } = findPageFurniture(
      "Title\n\nThe council said the flood map would be updated next week.\n\nResidents can download a warning app, the mayor said.\n\nThe union said 3,000 members had subscribed to the strike fund.\n",
    );
    expect(spans).toEqual([]);
  });
});
