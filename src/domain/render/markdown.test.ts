import { describe, expect, it } from "vitest";
import { bugzillaHtml } from "../../test/bugzilla.ts";
import { parseHtml, topLevelBlocks } from "../../test/reportStructure.ts";
import { bugzillaLength, newBugLink, summaryLine } from "./bugzilla.ts";
import { cell, labelledBullet, labelledList, table } from "./markdown.ts";
import { emptyDraft } from "../draft/newDraft.ts";
import { renderSection } from "./render.ts";

describe("table cells", () => {
  it("escape every pipe, also in code spans, and flatten lines", () => {
    expect(cell("a | b\n`x|y`\n\n  c")).toBe("a \\| b `x\\|y` c");
    expect(cell("   ")).toBe("_(not yet provided)_");
  });

  it("render in Bugzilla as one row with the right cells", () => {
    const md = `${table(["A", "B"], [["x | y\nz", "`a|b` <br> c"]])}\n\nafter\n`;
    const [t, p] = topLevelBlocks(parseHtml(bugzillaHtml(md)));
    expect(t).toEqual({ type: "table", header: ["A", "B"], rows: [["x | y z", "a|b <br> c"]] });
    expect(p).toEqual({ type: "other", tag: "p", text: "after" });
  });
});

describe("labelled bullets", () => {
  it("keep a one-line value on the label line", () => {
    expect(labelledBullet("Relevant policies", "BR 7.1.2")).toBe("- **Relevant policies:** BR 7.1.2");
    expect(labelledBullet("Relevant policies", " \n ")).toBe("- **Relevant policies:** _(not yet provided)_");
  });

  it("indent values of several lines under the bullet", () => {
    expect(labelledBullet("Incident description", "one\r\ntwo  \n\nthree")).toBe("- **Incident description:**\n  one\n  two\n\n  three");
  });

  it("never let user text turn a label into a heading or a table header", () => {
    for (const value of ["text\n---", "---", "|---", "text\n===", "-"]) {
      const html = bugzillaHtml(`${labelledBullet("Description", value)}\n- **Next:** x\n`);
      expect(html).not.toMatch(/<h\d|<table/);
      expect(html).toContain("<strong>Description:</strong>");
      expect(html).toContain("<strong>Next:</strong>");
    }
  });

  it("put block syntax below the label, where it stays a block", () => {
    const html = bugzillaHtml(`${labelledBullet("Detection", "- one\n- two")}\n`);
    expect(html).toContain("<li>one</li>");
  });

  it("nest lessons as a list under their label", () => {
    expect(labelledList("What went well", ["Fast", "", "Two\nlines"])).toBe("- **What went well:**\n  - Fast\n  - Two\n    lines");
    expect(labelledList("Where we got lucky", [])).toBe("- **Where we got lucky:** _(not yet provided)_");
    expect(labelledList("Where we got lucky", [], "N/A")).toBe("- **Where we got lucky:** N/A");
  });
});

describe("Bugzilla facts", () => {
  it("counts characters as Bugzilla does", () => {
    expect(bugzillaLength("a😀\r\nb \n\n")).toBe(4);
  });

  it("makes the Summary line from CA Owner and title", () => {
    expect(summaryLine({ caOwner: "Example CA ", title: "Incorrect Subject RDN Encoding" })).toBe("Example CA: Incorrect Subject RDN Encoding");
  });

  it("prefills the new-bug form, and the security form for sensitive incidents", () => {
    const draft = { ...emptyDraft(), caOwner: "Example CA", title: "Bad OCSP" };
    const link = newBugLink(draft, "## Full Incident Report\n");
    const url = new URL(link.url);
    expect(url.searchParams.get("component")).toBe("CA Certificate Compliance");
    expect(url.searchParams.get("short_desc")).toBe("Example CA: Bad OCSP");
    expect(url.searchParams.get("comment")).toBe("## Full Incident Report\n");
    const secure = new URL(newBugLink({ ...draft, securitySensitive: true }, "x").url);
    expect(secure.searchParams.get("component")).toBe("CA Security Vulnerability");
    expect(secure.searchParams.get("groups")).toBe("ca-program-security");
    const long = newBugLink(draft, "x".repeat(20_000));
    expect(long.leftOut).toBe("too-long");
    expect(new URL(long.url).searchParams.has("comment")).toBe(false);
  });
});

describe("the issuance answer", () => {
  // "Yes." is the app's line: an explanation that is a delimiter row must not make it a table header.
  it.each(["|---|", "|---|\nbecause", "\t|---|", ":-:", "| - |"])("stays a line of text with the explanation %j", (why) => {
    const draft = emptyDraft("full");
    draft.impact.issuanceStopped = "Yes";
    draft.impact.issuanceStoppedExplanation = why;
    const html = bugzillaHtml(`${renderSection(draft, "impact")}\n`);
    expect(html).not.toMatch(/<t[hd]/);
    expect(html).toMatch(/Yes\./);
  });
});
