import { describe, expect, it } from "vitest";
import { forClosedIncident } from "./closedTense.ts";

describe("forClosedIncident", () => {
  it("puts is/are into the past and keeps line breaks", () => {
    expect(forClosedIncident("Issuance is stopped.\nThe affected certificates are revoked.").text).toBe("Issuance was stopped.\nThe affected certificates were revoked.");
    expect(forClosedIncident("Is it fixed? It isn't clear.").text).toBe("Was it fixed? It wasn\u2019t clear.");
  });

  it("leaves out sentences about the future and lists them, never claiming they came true", () => {
    const result = forClosedIncident("We issued 40 certificates. 12 will be revoked late (see Analysis). We plan to add a lint.");
    expect(result.text).toBe("We issued 40 certificates.");
    expect(result.leftOut).toEqual(["12 will be revoked late (see Analysis).", "We plan to add a lint."]);
  });

  it("removes references to sections a Closure Summary does not have", () => {
    expect(forClosedIncident("40 certificates were affected (see the Appendix). See the Timeline for details.").text).toBe("40 certificates were affected.");
    expect(forClosedIncident("- Lint added (details in Action Item #2)").text).toBe("- Lint added");
  });

  it("keeps words that only contain is/are and text with no references", () => {
    expect(forClosedIncident("This island area was unaffected; the basis stands.").text).toBe("This island area was unaffected; the basis stands.");
  });

  it("keeps paragraphs apart and drops lines left empty", () => {
    expect(forClosedIncident("First paragraph is here.\n\nSee the Appendix.\n\nLast one is here.").text).toBe("First paragraph was here.\n\nLast one was here.");
  });
});
