import { describe, expect, it } from "vitest";
import { bugzillaHtml } from "../../test/bugzilla.ts";
import { markdownHints } from "./markdownHints.ts";

const kinds = (text: string, tableCell = false) => markdownHints(text, { tableCell }).map((h) => h.kind);

describe("markdownHints", () => {
  it("says a table cell's lines are joined", () => {
    expect(kinds("Deploy the linter.\nAudit the profiles.", true)).toEqual(["table-cell-lines"]);
    expect(kinds("One line only.", true)).toEqual([]);
    expect(kinds("One line.\n\n", true)).toEqual([]);
  });
  it("says a line typed right after a list joins its last bullet", () => {
    const [hint] = markdownHints("- first\n- second\nThen we stopped issuance.", { tableCell: false });
    expect(hint.kind).toBe("after-list");
    expect(hint.message).toContain("leave a blank line after the list");
    expect(kinds("- first\n- second\n\nThen we stopped issuance.")).toEqual([]);
    expect(kinds("- first\n  continued under it")).toEqual([]);
    expect(kinds("1. first\n2. second")).toEqual([]);
  });
  it("says a line starting with # becomes a heading, but not #123 or a tag", () => {
    expect(kinds("Intro\n# Details")).toEqual(["heading"]);
    expect(kinds("See #123 and #hashtag")).toEqual([]);
  });
  it("says a short bug number becomes a link", () => {
    expect(kinds("We will update this bug 6 months later.")).toEqual(["bug-link"]);
    expect(kinds("See bug 1234567.")).toEqual([]);
  });
  it("is nothing for ordinary text", () => {
    expect(kinds("The linter now checks every profile.\n\nIt runs before issuance.")).toEqual([]);
  });
});

describe("what the hints say matches what Bugzilla's renderer does", () => {
  it("a line after a list is inside the last bullet; after a blank line it is not", () => {
    expect(bugzillaHtml("- first\n- second\nThen we stopped.")).toMatch(/<li>second<br \/>\s*Then we stopped\.<\/li>/);
    expect(bugzillaHtml("- first\n- second\n\nThen we stopped.")).toMatch(/<\/ul>\s*<p>Then we stopped\.<\/p>/);
  });
  it("a # line is a heading", () => {
    expect(bugzillaHtml("Intro\n# Details")).toContain("<h1>Details</h1>");
  });
});
