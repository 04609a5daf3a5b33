import { describe, expect, it } from "vitest";
import { emptyDraft } from "./newDraft.ts";
import { migrate } from "./migrate.ts";
import { parseDraftText, parseDraftValue } from "./parseDraft.ts";
import { formatProblem, problemSection, type Problem } from "./problems.ts";

/** An empty draft as plain JSON data, to break on purpose. */
function raw(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(emptyDraft()));
}

/** A shallow copy of a nested object of `raw()`. */
function copy(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? { ...value } : {};
}

function problems(value: unknown): Problem[] {
  const result = parseDraftValue(value);
  if (result.ok) throw new Error("expected the draft to be rejected");
  return result.problems;
}

function lines(value: unknown): string[] {
  return problems(value).map(formatProblem);
}

describe("parseDraftText", () => {
  it("accepts an empty draft, with or without a byte order mark", () => {
    const text = JSON.stringify(emptyDraft());
    expect(parseDraftText(text).ok).toBe(true);
    expect(parseDraftText(`\uFEFF${text}`).ok).toBe(true);
  });

  it("says where the JSON breaks, in lines and columns", () => {
    const result = parseDraftText('{\n  "format": "x",\n  }', "draft.json");
    expect(result).toEqual({
      ok: false,
      problems: [{ path: "", message: expect.stringMatching(/^draft\.json is not valid JSON: line 3, column 3: /) }],
    });
  });

  it("says when the file ends too early", () => {
    const result = parseDraftText('{"format":', "d.json");
    expect(!result.ok && result.problems[0].message).toMatch(/d\.json is not valid JSON: line 1, column 11: the file ends before the JSON does/);
  });

  it("says when the file is empty", () => {
    const result = parseDraftText("  \n", "d.json");
    expect(!result.ok && result.problems[0].message).toMatch(/d\.json is empty/);
  });
});

describe("parseDraftValue", () => {
  it("accepts a half-written draft and returns it typed", () => {
    const result = parseDraftValue(raw());
    expect(result.ok && result.draft.kind).toBe("full");
  });

  it("rejects what is not an object", () => {
    expect(lines([])).toEqual(["expected a JSON object (a ccadb-incident-report-draft file), got a list (JSON array)"]);
    expect(lines("x")).toEqual(["expected a JSON object (a ccadb-incident-report-draft file), got a string"]);
    expect(lines(null)).toHaveLength(1);
  });

  it("says a file with another format tag is not a draft, and stops there", () => {
    expect(lines({ ...raw(), format: "something-else", junk: 1 })).toEqual([
      'format: this is not a ccadb-incident-report-draft file (its "format" is "something-else"; expected "ccadb-incident-report-draft")',
    ]);
    expect(lines({ hello: "world" })[0]).toMatch(/^format: this is not a ccadb-incident-report-draft file \(it has no "format"/);
  });

  it("says a newer version is newer than this tool", () => {
    expect(lines({ ...raw(), version: 2 })).toEqual([
      "version: version 2 is newer than this tool, which reads versions up to 1: update ccadb-report",
    ]);
  });

  it("rejects a missing or impossible version", () => {
    expect(lines({ ...raw(), version: "1" })[0]).toMatch(/^version: expected a version number .* got "1"/);
    expect(lines({ ...raw(), version: 0 })[0]).toMatch(/^version: version 0 does not exist/);
  });

  it("names unknown keys, one problem per key, with the likely typo", () => {
    const draft = raw();
    draft.summary = { ...copy(draft.summary), sumary: "x", extra: 1 };
    expect(lines(draft)).toEqual(['summary: unknown key "sumary"', 'summary: unknown key "extra"']);

    const misspelt = raw();
    misspelt.actionItem = misspelt.actionItems;
    delete misspelt.actionItems;
    expect(lines(misspelt)).toEqual([
      "actionItems: is missing: expected a list (JSON array)",
      'unknown key "actionItem" (did you mean "actionItems"?)',
    ]);
  });

  it("lists the allowed values of a choice without the empty one", () => {
    const draft = raw();
    draft.actionItems = [{ id: "a1", description: "", kind: "Fix", addresses: [], evaluationCriteria: "", dueDate: "", status: "" }];
    expect(lines(draft)).toEqual([
      'actionItems[0].kind: expected one of Prevent, Mitigate, Detect (or "" while not chosen yet), got "Fix"',
    ]);
  });

  it("explains counts", () => {
    const draft = raw();
    draft.impact = { ...copy(draft.impact), totalCertificates: "12", remainingValidCertificates: 1.5 };
    expect(lines(draft)).toEqual([
      'impact.totalCertificates: expected a whole number, "N/A" or null, got "12"',
      'impact.remainingValidCertificates: expected a whole number, "N/A" or null, got 1.5',
    ]);
  });

  it("takes the bug number as a positive whole number, null or absent", () => {
    for (const bug of [1234567, null, undefined]) {
      expect(parseDraftValue({ ...raw(), bug }).ok).toBe(true);
    }
    expect(lines({ ...raw(), bug: "1234567" })).toEqual(['bug: expected a whole number, got "1234567"']);
    expect(lines({ ...raw(), bug: 0 }).length).toBe(1);
  });

  it("explains wrong types, missing keys, bad hashes and duplicate ids, all at once", () => {
    const draft = raw();
    draft.title = 42;
    delete draft.closure;
    draft.timeline = [
      { id: "t1", at: "2025-01-01T00:00Z", event: "x" },
      { id: "t1", at: "2025-01-01T00:00Z", event: "y" },
    ];
    draft.appendix = {
      text: "",
      certificates: [
        {
          precertificateSha256: "abc",
          certificateSha256: "",
          subject: "",
          issuer: "",
          notBefore: "",
          notAfter: "",
          serial: "",
          dnsNames: [],
          revoked: "No",
          revocationDate: "",
          revocationReason: "",
        },
      ],
    };
    expect(lines(draft)).toEqual([
      "title: expected text (a JSON string), got 42",
      'appendix.certificates[0].precertificateSha256: expected 64 hex digits, or empty, got "abc"',
      'appendix.certificates[0].revoked: expected one of Yes, Planned, Delayed, N/A, got "No"',
      "closure: is missing: expected an object",
    ]);
    const dupes = raw();
    dupes.timeline = draft.timeline;
    expect(lines(dupes)).toEqual(['timeline[1].id: duplicate id "t1": ids must be unique within the draft']);
  });

  it("runs migrations before the schema (version 1 is current: identity)", () => {
    const draft = raw();
    expect(migrate(draft)).toEqual(draft);
    expect(migrate("x")).toBe("x");
  });
});

describe("problemSection", () => {
  it("is the first segment of the path", () => {
    expect(problemSection({ path: "actionItems[2].kind", message: "" })).toBe("actionItems");
    expect(problemSection({ path: "summary.ccadbId", message: "" })).toBe("summary");
    expect(problemSection({ path: "", message: "" })).toBe("");
  });
});
