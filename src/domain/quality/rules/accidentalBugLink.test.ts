import { describe, expect, it } from "vitest";
import { readyDraft } from "../../draft/readyDraft.ts";
import { accidentalBugLink } from "./accidentalBugLink.ts";

function withDescription(text: string) {
  const draft = readyDraft("full");
  draft.summary.incidentDescription = text;
  return draft;
}

describe("accidental-bug-link", () => {
  it("warns where prose would become a Bugzilla link", () => {
    const [warning] = accidentalBugLink(withDescription("We will update this bug 6 months after closure."));
    expect(warning).toMatchObject({ rule: "accidental-bug-link", path: "summary.incidentDescription" });
    expect(warning.message).toContain("“bug 6”");
    expect(accidentalBugLink(withDescription("See attachment 12 for the list."))).toHaveLength(1);
  });

  it("stays quiet for real incident bugs and ordinary text", () => {
    expect(accidentalBugLink(withDescription("Like bug 1900129, the CRL expired."))).toEqual([]);
    expect(accidentalBugLink(withDescription("A software bug in 2 of our 6 issuing CAs."))).toEqual([]);
    expect(accidentalBugLink(withDescription("We will update this bug six months after closure."))).toEqual([]);
  });
});
