// Page furniture on invented stories (a wildfire in Attica, a transport strike in Lyon, a flood in
// Bihar, a shooting in Texas): what a page prints around the article is set aside, the article's own
// sentences are not — a rule that eats a news sentence is worse than a leak.
import { describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.ts";
import { findPageFurniture } from "../../pipeline/ingest/pageFurniture.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const TITLE = "Wildfire forces 12 villages to evacuate near Athens";
const LEDE = "Firefighters evacuated 12 villages overnight as a wildfire spread north of Athens, the fire service said on Thursday.";

/** The rule that set each of `lines` aside (in order), placed after a title and a lede. */
function rulesOf(...lines: string[]): string[] {
  const text = [TITLE, LEDE, ...lines].join("\n\n");
  const f = findPageFurniture(text);
  return lines.map((l) => f.spans.find((s) => s.text === l)?.rule ?? "kept");
}

describe("page furniture: prompts and notes", () => {
  it("sets aside newsletter sign-ups, wherever the prompt stands in a short line", () => {
    expect(rulesOf(
      "Sign up to the Morning Dispatch, sent every weekday at 6am.",
      "Get the latest Lyon news sent straight to your inbox. Sign up to our free newsletter here.",
      "Stay informed. Subscribe to our daily briefing.",
      "after newsletter promotion",
    )).toEqual(["boilerplate:newsletter", "boilerplate:newsletter", "boilerplate:newsletter", "boilerplate:newsletter"]);
  });

  it("sets aside a live page's own notes", () => {
    expect(rulesOf(
      "This live blog is now closed. Follow our continuing coverage of the wildfires here.",
      "Follow our live coverage of the strike here.",
      "This is a developing story. Check back for updates.",
      "This article was translated from Greek.",
    )).toEqual(["boilerplate:update-note", "boilerplate:update-note", "boilerplate:update-note", "boilerplate:update-note"]);
  });

  it("sets aside share bars, comment counts and title-case teasers", () => {
    expect(rulesOf(
      "Share: Facebook · X · WhatsApp · Comments (1,087)",
      "Comments (1,087)",
      "Reuse this content",
      "Follow us on X @AtticaNews",
      "Watch: Firefighters battle the blaze near Varnavas",
      "Related: Greece's worst fire seasons in numbers",
      "Read also: What to pack when you are told to leave",
    )).toEqual([
      "boilerplate:share", "boilerplate:comments", "boilerplate:share", "boilerplate:share",
      "boilerplate:media-teaser", "boilerplate:media-teaser", "boilerplate:media-teaser",
    ]);
  });

  it("sets aside newsroom contacts, press-release labels, cookie notices and click-here prompts", () => {
    expect(rulesOf(
      "Got a story? Contact our newsdesk on 0161 496 0000.",
      "Have you been affected by the fires? Get in touch by email.",
      "For more information, please contact the press office.",
      "Press release",
      "We use cookies to improve your experience on our site.",
      "A fund has been set up for the families. Click here to donate.",
      "Image source, Reuters",
    )).toEqual([
      "boilerplate:contact", "boilerplate:contact", "boilerplate:contact", "boilerplate:label",
      "boilerplate:cookies", "boilerplate:prompt", "boilerplate:photo-credit",
    ]);
  });
});

describe("page furniture: credits and ownership", () => {
  it("sets aside wire credits and keeps the reporter as author", () => {
    const page = [TITLE, LEDE, "(Reporting by Eleni Markou in Athens and Nikos Pappas in Patras; Editing by Tom Hale)"].join("\n\n");
    const f = findPageFurniture(page);
    expect(f.spans.map((s) => s.rule)).toEqual(["boilerplate:credit"]);
    expect(f.author).toBe("Eleni Markou");
    expect(rulesOf(
      "Additional reporting by Luc Martin in Lyon",
      "Associated Press writer Jim Beam in Austin contributed to this report.",
      "Reporting by Priya Nair; Editing by Tom Hale",
    )).toEqual(["boilerplate:credit", "boilerplate:credit", "boilerplate:credit"]);
  });

  it("reads the holder from copyright lines of other shapes", () => {
    expect(findPageFurniture(`${TITLE}\n\n${LEDE}\n\n© Attica Observer 2023`).publisher).toBe("Attica Observer");
    const ap = findPageFurniture(`${TITLE}\n\n${LEDE}\n\nCopyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.`);
    expect(ap.publisher).toBe("Associated Press");
    expect(ap.spans.map((s) => s.rule)).toEqual(["boilerplate:ownership"]);
  });

  it("sets aside an edition line and keeps the paper's name", () => {
    const f = findPageFurniture(`${TITLE}\n\nLyon Matin — English edition\nBy Claire Dubois\n\n${LEDE}`);
    expect(f.spans.map((s) => s.text)).toEqual(["Lyon Matin — English edition", "By Claire Dubois"]);
    expect(f.publisher).toBe("Lyon Matin");
  });

  it("sets aside a job title and a section path in the header only", () => {
    const header = findPageFurniture(`${TITLE}\n\nNews | Environment\nBy Eleni Markou\nEnvironment correspondent\n\n${LEDE}`);
    expect(header.spans.map((s) => s.rule)).toEqual(["boilerplate:section", "boilerplate:byline", "boilerplate:byline"]);
    expect(rulesOf("Environment correspondent", "News | Environment")).toEqual(["kept", "kept"]);
  });
});

describe("page furniture keeps the article's sentences", () => {
  it("keeps news sentences that share words with furniture", () => {
    const sentences = [
      "Residents can sign up for fire alerts on the council website, the mayor said.",
      "Police warned that fake messages may arrive in your inbox, officers said.",
      "Subscribers lost power for six hours, the utility said.",
      "Watch commanders said 12 officers were hurt.",
      "Related charges were filed against three other men on Monday.",
      "Video-sharing sites removed 40 clips, the regulator said.",
      "The bulletin, sent every weekday to 3,000 farmers, warned of more rain.",
      "For more information on shelters, residents were told to call 112, the agency said.",
      "The paper printed a special Sunday edition.",
      "This is a developing story, the spokesman said, adding that 14 people were missing.",
      "Share prices fell 4% on Monday.",
      "Copyright lawyers said the case could take two years to reach court.",
      "\"Sign up now, before the shelters fill,\" the mayor told residents.",
      "A link reading \"click here\" led to a fake donation page, and 40 people reported losing money, police said.",
    ];
    expect(rulesOf(...sentences)).toEqual(sentences.map(() => "kept"));
  });

  it("sets aside a Markdown live blog's furniture and nothing of its entries", () => {
    const md = [
      "# Lyon transport strike: metro and trams halted – as it happened",
      "",
      "*The Metro live team · Tuesday 7 March 2023*",
      "",
      "### 18:30 CET",
      "",
      "Union leaders said 3,000 drivers had joined the walkout, and the operator said 80% of trams were halted.",
      "",
      "---",
      "",
      "*This live blog is now closed. Follow our continuing coverage of the strike [here](https://example.org/lyon).*",
      "",
      "Share: [Facebook](https://facebook.com/x) · [X](https://x.com/y) · Comments (312)",
      "",
      "Sign up to The Metro's Europe briefing, sent every weekday at 7am.",
    ].join("\n");
    const s = ingest([{ name: "live.md", bytes: enc(md) }]).sources[0];
    expect(s.published).toBe("2023-03-07");
    expect(s.publisher).toBe("The Metro");
    expect(s.boilerplate.map((b) => b.rule)).toEqual([
      "boilerplate:dateline", "boilerplate:update-note", "boilerplate:share", "boilerplate:newsletter",
    ]);
    const setAside = s.boilerplate.map((b) => b.text).join("\n");
    expect(setAside).not.toContain("3,000 drivers");
    expect(setAside).not.toContain("18:30");
  });
});

describe("page furniture: subscription pitches, tag lists, release ends and reader call-outs", () => {
  it("sets aside a subscription pitch after a colon and a newsletter box's pitch", () => {
    expect(rulesOf(
      "Support regional reporting: subscribe to the Chronicle from $3 a week.",
      "Keep reading. Subscribe for just €2.99 a month.",
      "Get the week's biggest wildfire stories in your inbox every Friday.",
    )).toEqual(["boilerplate:newsletter", "boilerplate:newsletter", "boilerplate:newsletter"]);
  });

  it("sets aside tag lists, the end marks of a release and a wire desk's sign-off", () => {
    expect(rulesOf(
      "Topics: wildfires, greece, emergencies",
      "Tags: Attica, evacuation",
      "ENDS",
      "-ends-",
      "###",
      "- 30 -",
      "jm/sst",
      "abc/def/ghi",
    )).toEqual([
      "boilerplate:topics", "boilerplate:topics", "boilerplate:label", "boilerplate:label", "boilerplate:label",
      "boilerplate:label", "boilerplate:credit", "boilerplate:credit",
    ]);
  });

  it("sets aside a question to the reader followed by how to reach the newsroom", () => {
    expect(rulesOf(
      "Has the fire affected your village? Contact our newsroom on 210 555 0100.",
      "Were you evacuated? Email news@example.org",
      "Did you see the fire start? Tell us what you saw.",
    )).toEqual(["boilerplate:contact", "boilerplate:contact", "boilerplate:contact"]);
  });

  it("keeps sentences about subscriptions, topics and questions that are the article's", () => {
    const sentences = [
      "Subscribers will pay from $4 a week under the new plan, the company said.",
      "\"Subscribe for $1 a week, they told us, and then the price tripled,\" one reader said.",
      "Residents were told to subscribe to text alerts, which cost nothing.",
      "Topics discussed included the evacuation of 12 villages and the cost of the fire.",
      "Do you know what it is like to lose everything? Call it what it is: a disaster.",
      "\"Were you there? Call me,\" the officer shouted at the crowd of 200.",
      "The 30 firefighters ended their shift at dawn.",
      "Update: the fire service said on Friday that 12 villages had been evacuated.",
    ];
    expect(rulesOf(...sentences)).toEqual(sentences.map(() => "kept"));
  });

  it("keeps a 'Key points' summary as text: its bullets are the article's own statements", () => {
    const page = [
      TITLE,
      "",
      "Key points:",
      "- Twelve villages near Athens have been evacuated",
      "- More than 200 firefighters are at the fire",
      "",
      LEDE,
    ].join("\n");
    expect(findPageFurniture(page).spans).toEqual([]);
  });
});
