import { describe, expect, it } from "vitest";
import { newBugLink, summaryLine } from "../render/bugzilla.ts";
import { draftOf } from "../quality/testDrafts.ts";
import { cleanSummaryText, summaryTextNotice } from "./summaryText.ts";

const BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];

describe("the Bugzilla summary line carries no bidi controls or line breaks", () => {
  it("removes every bidi override, isolate and mark, and makes line breaks a space", () => {
    for (const c of BIDI) expect(cleanSummaryText(`ab${c}cd`)).toEqual({ text: "abcd", bidi: 1, breaks: 0 });
    expect(cleanSummaryText("one\r\ntwo\nthree\u2028four\u0085five\u000Bsix").text).toBe("one two three four five six");
    expect(cleanSummaryText("Example CA: Bad OCSP")).toEqual({ text: "Example CA: Bad OCSP", bidi: 0, breaks: 0 });
  });

  it("the summary line, copied and sent to Bugzilla's form, is the cleaned one", () => {
    const draft = draftOf("preliminary", { caOwner: "Evil\u202ECA", title: "txt.exe\nSecond line" });
    expect(summaryLine(draft)).toBe("EvilCA: txt.exe Second line");
    const url = new URL(newBugLink(draft, "x").url);
    expect(url.searchParams.get("short_desc")).toBe("EvilCA: txt.exe Second line");
  });

  it("says what was left out and from which field", () => {
    expect(summaryTextNotice({ caOwner: "Example CA", title: "Bad OCSP" })).toBeNull();
    const notice = summaryTextNotice({ caOwner: "Evil\u202ECA", title: "a\nb" });
    expect(notice).toContain("from CA Owner and the brief title");
    expect(notice).toContain("1 bidirectional control character was removed");
    expect(notice).toContain("1 line break or control character was replaced by a space");
  });
});
