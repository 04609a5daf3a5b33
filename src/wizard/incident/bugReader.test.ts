import { describe, expect, it } from "vitest";
import { bugReadingOf, incidentBug } from "../../test/bmoBug.ts";
import { readFromFile } from "./bugReader.ts";

/** The file `ccadb-report bug 1900001 --json` writes (the same function makes it). */
function readingFile(name = "bug-1900001.json"): File {
  const reading = bugReadingOf(incidentBug(), Date.parse("2025-03-24T00:00Z"));
  return new File([JSON.stringify(reading, null, 2)], name, { type: "application/json" });
}

describe("readFromFile (the fallback where the browser cannot reach Bugzilla)", () => {
  it("reads a bug reading file into the same list of changes, with no latest draft (the file holds no comment text)", async () => {
    const result = await readFromFile(readingFile(), 1900001, { becameAwareAt: "2025-02-28T08:00Z", posted: [], questions: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.read.latest).toBeNull();
    expect(result.read.merge.changes).toContain("Adds: Full report posted 2025-03-10 08:00 UTC (comment 3).");
    expect(result.read.merge.record.becameAwareAt).toBe("2025-02-28T08:00Z");
  });

  it("refuses another bug's reading, and a file that is not one", async () => {
    expect(await readFromFile(readingFile(), 1900002, { posted: [], questions: [] })).toEqual({
      ok: false,
      message: "bug-1900001.json is the reading of bug 1900001, and this draft's bug is 1900002: nothing was changed",
    });
    const draft = await readFromFile(new File(['{"format":"ccadb-incident-report-draft"}'], "draft.json"), 1900001, { posted: [], questions: [] });
    expect(draft.ok === false && draft.message).toMatch(/^draft\.json is not a bug reading \(ccadb-bug-reading\): format: /);
    const text = await readFromFile(new File(["Bug 1900001 - comment 0"], "page.txt"), 1900001, { posted: [], questions: [] });
    expect(text).toEqual({ ok: false, message: "page.txt is not JSON: a bug reading is the JSON file `ccadb-report bug N --json` writes" });
  });
});
