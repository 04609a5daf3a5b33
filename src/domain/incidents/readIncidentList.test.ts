import { describe, expect, it } from "vitest";
import { compactListJson } from "./compactList.ts";
import { readIncidentList, readIncidentListText } from "./readIncidentList.ts";
import { whiteboardTags } from "./whiteboard.ts";

const restBug = { id: 1900129, summary: "Example CA: CRLs with a wrong nextUpdate", creation_time: "2024-05-30T12:00:00Z", status: "RESOLVED", resolution: "FIXED", whiteboard: "[ca-compliance] [crl-failure] Next update 2024-06-30" };

describe("readIncidentList", () => {
  it("reads the REST API's shape: date, tags without the component's own, oldest first, one bug per id", () => {
    const older = { ...restBug, id: 1800000, creation_time: "2023-01-02T00:00:00Z", status: "ASSIGNED", resolution: "", whiteboard: "" };
    const result = readIncidentList({ retrieved: "2026-03-06 (latest bug)", bugs: [restBug, older, restBug] });
    expect(result).toEqual({
      ok: true,
      list: {
        retrieved: "2026-03-06",
        bugs: [
          { id: 1800000, date: "2023-01-02", summary: restBug.summary, status: "ASSIGNED", resolution: "", tags: [] },
          { id: 1900129, date: "2024-05-30", summary: restBug.summary, status: "RESOLVED", resolution: "FIXED", tags: ["crl-failure"] },
        ],
      },
    });
  });

  it("takes the newest bug's date when the list states none, and reads its own compact form back", () => {
    const result = readIncidentList({ bugs: [restBug] });
    expect(result.ok && result.list.retrieved).toBe("2024-05-30");
    if (!result.ok) return;
    expect(readIncidentListText(compactListJson(result.list))).toEqual(result);
  });

  it("refuses what is not a bug list, saying what and where", () => {
    expect(readIncidentListText("{")).toMatchObject({ ok: false, message: expect.stringMatching(/^not JSON/) });
    expect(readIncidentListText(`{"bugs":${"[".repeat(10_000)}${"]".repeat(10_000)}}`)).toEqual({
      ok: false,
      message: "the file nests JSON arrays and objects more than 64 levels deep (at line 1, column 72): an incident list nests only a few levels, so it was not read",
    });
    expect(readIncidentList([1, 2])).toEqual({ ok: false, message: 'not a list of CA Certificate Compliance bugs: expected a JSON object with a "bugs" list' });
    expect(readIncidentList({ bugs: [] })).toEqual({ ok: false, message: "the list has no bugs" });
    expect(readIncidentList({ bugs: [restBug, { ...restBug, id: "x" }, { ...restBug, summary: 3 }] })).toEqual({
      ok: false,
      message: "bug #2 in the list: id is not a bug number; bug #3 in the list: bug 1900129: no summary",
    });
    expect(readIncidentList({ bugs: [{ ...restBug, creation_time: "yesterday" }] })).toMatchObject({ ok: false, message: "bug #1 in the list: bug 1900129: creation time is not a date" });
  });
});

describe("the incident list's limits", () => {
  it("refuse more bugs than ten times the real list, and a 15 MB summary, before indexing", () => {
    const many = readIncidentList({ bugs: Array.from({ length: 10_001 }, (_, i) => ({ ...restBug, id: i + 1 })) });
    expect(many).toEqual({ ok: false, message: expect.stringMatching(/10,001 bugs: this finder reads at most 10,000/) });
    const long = readIncidentList({ bugs: [{ ...restBug, summary: "x".repeat(15 * 1024 * 1024) }] });
    expect(long).toEqual({ ok: false, message: expect.stringMatching(/bug 1900129: a text of 15,728,640 characters/) });
    expect(readIncidentList({ bugs: Array.from({ length: 10_000 }, (_, i) => ({ ...restBug, id: i + 1 })) }).ok).toBe(true);
  });
});

describe("whiteboardTags", () => {
  it("keeps bracketed categories, in one spelling, without ca-compliance and closing notes", () => {
    expect(whiteboardTags("[ca-compliance] [ov-misissuance] [disclosure failure] [close on 2026-03-06] Next update 2026-04-30")).toEqual(["ov-misissuance", "disclosure-failure"]);
  });
});
