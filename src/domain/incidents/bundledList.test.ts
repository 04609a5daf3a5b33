import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_LIST_PATH, bundledList, hasSharedSnapshot, sharedSnapshotPath } from "../../test/incidentList.ts";
import { compactListJson } from "./compactList.ts";
import { readIncidentListText } from "./readIncidentList.ts";

describe("the bundled bug list", () => {
  it.skipIf(!hasSharedSnapshot())("is the shared snapshot, compacted (regenerate with `npm run incidents:asset`)", () => {
    const shared = readIncidentListText(readFileSync(sharedSnapshotPath(), "utf8"));
    if (!shared.ok) throw new Error(shared.message);
    expect(readFileSync(BUNDLED_LIST_PATH, "utf8")).toBe(compactListJson(shared.list));
  });

  it("reads back as the same list it was written from", () => {
    const list = bundledList();
    expect(list.bugs.length).toBeGreaterThan(1000);
    expect(list.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const again = readIncidentListText(compactListJson(list));
    expect(again).toEqual({ ok: true, list });
  });
});
