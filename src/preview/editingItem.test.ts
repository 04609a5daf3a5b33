import { describe, expect, it } from "vitest";
import { editingItem } from "./editingItem.ts";

const timeline = [
  { id: "late", at: "2025-03-05T10:00Z", event: "Later" },
  { id: "blank", at: "", event: "" },
  { id: "early", at: "2025-03-04T10:00Z", event: "Earlier" },
];

describe("editingItem", () => {
  it("finds a timeline entry where the report lists it, in time order", () => {
    expect(editingItem("timeline.0.event", { timeline })).toEqual({ section: "timeline", position: 1 });
    expect(editingItem("timeline.2.at", { timeline })).toEqual({ section: "timeline", position: 0 });
  });
  it("is nothing for an entry the report does not list yet", () => {
    expect(editingItem("timeline.1.at", { timeline })).toBeNull();
  });
  it("keeps the draft's order for the tables and contributing factors", () => {
    expect(editingItem("actionItems.2.status", { timeline })).toEqual({ section: "actionItems", position: 2 });
    expect(editingItem("rootCauses.0.title", { timeline })).toEqual({ section: "rootCauses", position: 0 });
  });
  it("finds a lesson in its Lessons Learned list", () => {
    expect(editingItem("lessons.didNotGoWell.1.text", { timeline })).toEqual({ section: "lessons", position: 1, group: 1 });
    expect(editingItem("lessons.additional.0.text", { timeline })).toEqual({ section: "lessons", position: 0, group: 3 });
    expect(editingItem("lessons.elsewhere.0.text", { timeline })).toBeNull();
  });
  it("finds a single field by the label its bullet has, its as-written words included", () => {
    expect(editingItem("summary.ccadbId", { timeline })).toEqual({ section: "summary", position: 0, label: "CA Owner CCADB unique ID" });
    expect(editingItem("impact.asWritten.totalCertificates", { timeline })).toEqual({ section: "impact", position: 0, label: "Total number of certificates" });
  });
  it("is nothing for what the report body does not show, or no field", () => {
    expect(editingItem("title", { timeline })).toBeNull();
    expect(editingItem("summary.nothing", { timeline })).toBeNull();
    expect(editingItem(null, { timeline })).toBeNull();
  });
});
