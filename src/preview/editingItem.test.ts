import { describe, expect, it } from "vitest";
import { editingItem } from "./editingItem.ts";

const timeline = [
  { id: "late", at: "2025-03-05T10:00Z", event: "Later" },
  { id: "blank", at: "", event: "" },
  { id: "early", at: "2025-03-04T10:00Z", event: "Earlier" },
];
const lessons = {
  wentWell: [],
  didNotGoWell: [
    { id: "d1", text: "First" },
    { id: "d2", text: "  " },
    { id: "d3", text: "Third" },
  ],
  gotLucky: [],
  additional: [{ id: "a1", text: "Only" }],
};

describe("editingItem", () => {
  it("finds a timeline entry where the report lists it, in time order", () => {
    expect(editingItem("timeline.0.event", { timeline, lessons })).toEqual({ section: "timeline", position: 1 });
    expect(editingItem("timeline.2.at", { timeline, lessons })).toEqual({ section: "timeline", position: 0 });
  });
  it("is nothing for an entry the report does not list yet", () => {
    expect(editingItem("timeline.1.at", { timeline, lessons })).toBeNull();
  });
  it("keeps the draft's order for the tables and contributing factors", () => {
    expect(editingItem("actionItems.2.status", { timeline, lessons })).toEqual({ section: "actionItems", position: 2 });
    expect(editingItem("rootCauses.0.title", { timeline, lessons })).toEqual({ section: "rootCauses", position: 0 });
  });
  it("finds a lesson in its Lessons Learned list", () => {
    expect(editingItem("lessons.didNotGoWell.0.text", { timeline, lessons })).toEqual({ section: "lessons", position: 0, group: 1 });
    // The blank second lesson is not in the report: the third is its second bullet, and the blank one is nowhere.
    expect(editingItem("lessons.didNotGoWell.2.text", { timeline, lessons })).toEqual({ section: "lessons", position: 1, group: 1 });
    expect(editingItem("lessons.didNotGoWell.1.text", { timeline, lessons })).toBeNull();
    expect(editingItem("lessons.additional.0.text", { timeline, lessons })).toEqual({ section: "lessons", position: 0, group: 3 });
    expect(editingItem("lessons.elsewhere.0.text", { timeline, lessons })).toBeNull();
  });
  it("finds a single field by the label its bullet has, its as-written words included", () => {
    expect(editingItem("summary.ccadbId", { timeline, lessons })).toEqual({ section: "summary", position: 0, label: "CA Owner CCADB unique ID" });
    expect(editingItem("impact.asWritten.totalCertificates", { timeline, lessons })).toEqual({ section: "impact", position: 0, label: "Total number of certificates" });
  });
  it("is nothing for what the report body does not show, or no field", () => {
    expect(editingItem("title", { timeline, lessons })).toBeNull();
    expect(editingItem("summary.nothing", { timeline, lessons })).toBeNull();
    expect(editingItem(null, { timeline, lessons })).toBeNull();
  });
});
