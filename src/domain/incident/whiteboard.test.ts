import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasSharedSnapshot, sharedSnapshotPath } from "../../test/incidentList.ts";
import { readWhiteboard } from "./whiteboard.ts";
import { dateReadings } from "./whiteboardDate.ts";

describe("dateReadings", () => {
  it.each([
    ["2025-10-02", ["2025-10-02"]],
    ["2-Oct-2025", ["2025-10-02"]],
    ["01-Nov-2023", ["2023-11-01"]],
    ["2025-Oct-02", ["2025-10-02"]],
    ["October 2, 2025", ["2025-10-02"]],
    ["2 October 2025", ["2025-10-02"]],
    ["9-9-2025", ["2025-09-09"]],
    ["23.2.2024", ["2024-02-23"]],
    ["2/23/2024", ["2024-02-23"]],
    // Two readings: day first or month first. Both are shown, the author is asked.
    ["12.3.2026", ["2026-03-12", "2026-12-03"]],
    ["03/04/2026", ["2026-03-04", "2026-04-03"]],
    ["3-1-2023", ["2023-01-03", "2023-03-01"]],
    // Not dates: nothing is guessed.
    ["2025-02-30", []],
    ["31.31.2025", []],
    ["soon", []],
    ["Q3 2025", []],
  ])("%s", (text, readings) => {
    expect(dateReadings(text)).toEqual(readings);
  });
});

describe("readWhiteboard", () => {
  it("reads tags, revocation delay, Next update and close on", () => {
    expect(readWhiteboard("[ca-compliance] [leaf-revocation-delay] [close on 2025-11-20] Next update 2025-10-02")).toEqual({
      tags: ["leaf-revocation-delay"],
      revocationDelay: true,
      nextUpdate: { written: "2025-10-02", readings: ["2025-10-02"] },
      closeOn: { written: "2025-11-20", readings: ["2025-11-20"] },
    });
    expect(readWhiteboard("[ca-compliance] [ov-misissuance] Next update at 12.3.2026").nextUpdate).toEqual({ written: "12.3.2026", readings: ["2026-03-12", "2026-12-03"] });
    expect(readWhiteboard("[ca-revocation-delay] Next update: after the ceremony").nextUpdate).toEqual({ written: "after the ceremony", readings: [] });
    expect(readWhiteboard("[dv-misissuance]")).toMatchObject({ revocationDelay: false, nextUpdate: null, closeOn: null });
  });

  // The figures are in the README ("The incident's clock").
  it.runIf(hasSharedSnapshot())("reads every date of the 1,688 real whiteboards: read, two readings asked, none not understood", () => {
    const { bugs } = JSON.parse(readFileSync(sharedSnapshotPath(), "utf8")) as { bugs: Array<{ id: number; whiteboard: string }> };
    const counts = { whiteboards: bugs.length, withDate: 0, read: 0, ambiguous: 0, notUnderstood: 0, revocationDelay: 0 };
    const wrong: string[] = [];
    for (const bug of bugs) {
      const reading = readWhiteboard(bug.whiteboard ?? "");
      if (reading.revocationDelay) counts.revocationDelay++;
      for (const date of [reading.nextUpdate, reading.closeOn]) {
        if (date === null) continue;
        counts.withDate++;
        if (date.readings.length === 1) counts.read++;
        else if (date.readings.length === 2) counts.ambiguous++;
        else counts.notUnderstood++;
        // An ISO date reads as itself; any other reading of it would be silently wrong.
        if (/^\d{4}-\d{2}-\d{2}$/.test(date.written) && date.readings[0] !== date.written) wrong.push(`${bug.id}: ${date.written}`);
      }
      // Every whiteboard that mentions a next update or a close date yields one.
      if (/next\s*update/i.test(bug.whiteboard ?? "") && reading.nextUpdate === null) wrong.push(`${bug.id}: next update missed`);
      if (/close on/i.test(bug.whiteboard ?? "") && reading.closeOn === null) wrong.push(`${bug.id}: close on missed`);
    }
    expect(wrong).toEqual([]);
    expect(counts).toEqual({ whiteboards: 1688, withDate: 86, read: 85, ambiguous: 1, notUnderstood: 0, revocationDelay: 158 });
  });
});
