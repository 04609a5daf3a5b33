import { describe, expect, it } from "vitest";
import { draftOf } from "../quality/testDrafts.ts";
import { BUGZILLA_MAX_CHARS, commentUrl, newBugLink } from "../render/bugzilla.ts";
import { pasteNotice } from "./pasteNotice.ts";
import { postingSteps } from "./postingSteps.ts";
import { CCADB_ADDRESS, postingTarget } from "./postingTarget.ts";
import { tooLong } from "./tooLong.ts";

const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe("posting a report where it belongs", () => {
  it("opens a new bug until the bug number is known, then comments on that bug", () => {
    expect(postingTarget(draftOf("preliminary"))).toEqual({ kind: "new-bug" });
    expect(postingTarget(draftOf("full", { bug: null }))).toEqual({ kind: "new-bug" });
    expect(postingTarget(draftOf("full", { bug: 1234567 }))).toEqual({ kind: "comment", bug: 1234567 });
    expect(commentUrl(1234567)).toBe("https://bugzilla.mozilla.org/show_bug.cgi?id=1234567#comment");
  });

  it("a new bug: paste when the report did not fit in the link, then record the bug number", () => {
    expect(ids(postingSteps(draftOf("preliminary"), { kind: "new-bug" }))).toEqual(["paste", "preview", "submit", "record-bug"]);
    expect(ids(postingSteps(draftOf("preliminary"), { kind: "new-bug" }, true))[0]).toBe("check");
  });

  it("a Closure comment asks for the needinfo to incident-reporting@ccadb.org; a Full report's does not", () => {
    const closure = postingSteps(draftOf("closure", { bug: 1234567 }), { kind: "comment", bug: 1234567 });
    expect(ids(closure)).toEqual(["paste", "preview", "needinfo", "submit"]);
    expect(closure[2].text).toContain(`“Request information from” and enter ${CCADB_ADDRESS}`);
    expect(ids(postingSteps(draftOf("full"), { kind: "comment", bug: 1 }))).not.toContain("needinfo");
  });

  it("a security-sensitive report gets the guidelines' steps for its bug", () => {
    const secret = draftOf("preliminary", { securitySensitive: true });
    expect(ids(postingSteps(secret, { kind: "new-bug" }))).toEqual(["paste", "summary", "preview", "security-group", "security-cc", "security-email", "submit", "record-bug"]);
    expect(ids(postingSteps(secret, { kind: "comment", bug: 5 }))).toEqual(["paste", "preview", "security-group", "security-public", "submit"]);
  });

  it("a report too long for one comment gets the guidelines' alternatives, with the Appendix's share", () => {
    const draft = draftOf("full", { appendix: { text: "x".repeat(70_000), certificates: [] } });
    expect(tooLong(draft, "x".repeat(BUGZILLA_MAX_CHARS))).toBeNull();
    const result = tooLong(draft, `${"x".repeat(BUGZILLA_MAX_CHARS + 10)}\n\n`);
    expect(result).toMatchObject({ length: BUGZILLA_MAX_CHARS + 10, over: 10 });
    expect(result?.alternatives[0]).toContain("(now 70,000 characters)");
    expect(result?.alternatives.join(" ")).toMatch(/crt\.sh/);
  });
});

describe("a security-sensitive report never travels in a URL", () => {
  it("opens the new-bug form without the report, and says why", () => {
    const secret = draftOf("preliminary", { securitySensitive: true });
    const link = newBugLink(secret, "## Preliminary Incident Report\n\nshort");
    expect(link).toMatchObject({ leftOut: "security-sensitive" });
    expect(new URL(link.url).searchParams.has("comment")).toBe(false);
    expect(link.url).not.toContain("Preliminary%20Incident");
    // Nor its title: a prefilled Summary would put it in the same logs.
    const titled = newBugLink(draftOf("preliminary", { securitySensitive: true, caOwner: "Example CA", title: "Key compromise at HSM vendor" }), "x");
    expect(new URL(titled.url).searchParams.has("short_desc")).toBe(false);
    expect(titled.url).not.toMatch(/Key|compromise|Example/);
    expect(pasteNotice("security-sensitive", true)).toMatch(/neither it nor its title.*Summary and Description fields are empty.*Copy summary line/);
    expect(pasteNotice("security-sensitive", true)).toMatch(/security-sensitive, so neither it nor its title is put in the link.*has been copied, paste it there/);
    expect(pasteNotice("too-long", false)).toMatch(/too long to fit in the link.*copy the report and paste it there/);
  });

  it("a short report that is not sensitive still travels in the link", () => {
    expect(newBugLink(draftOf("preliminary"), "short")).toMatchObject({ leftOut: null });
  });
});
