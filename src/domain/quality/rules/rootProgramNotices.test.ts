import { describe, expect, it } from "vitest";
import { draftOf } from "../testDrafts.ts";
import { rootProgramNotices } from "./rootProgramNotices.ts";

describe("root-program-notices", () => {
  it("lists each program of a security-sensitive report not yet ticked, with its address and policy", () => {
    const warnings = rootProgramNotices(draftOf("preliminary", { securitySensitive: true, rootProgramNotices: { ccadb: true } }));
    expect(warnings.map((w) => w.path)).toEqual(["rootProgramNotices", "rootProgramNotices"]);
    expect(warnings[0].message).toBe(
      "The Chrome Root Program is not ticked as notified. Email chrome-root-program@google.com with a description of the incident and an initial timeline for public disclosure, then tick it under Review › Root programs to notify.",
    );
    expect(warnings[1].message).toContain("Email msroot@microsoft.com");
    expect(warnings[1].guideline).toContain("Microsoft Trusted Root Program Requirements 2.1.18");
  });

  it("says nothing once every program is ticked, for a public report, or for a third party", () => {
    expect(rootProgramNotices(draftOf("full", { securitySensitive: true, rootProgramNotices: { ccadb: true, chrome: true, microsoft: true } }))).toEqual([]);
    expect(rootProgramNotices(draftOf("full"))).toEqual([]);
    expect(rootProgramNotices(draftOf("preliminary", { securitySensitive: true, author: "third-party" }))).toEqual([]);
  });
});
