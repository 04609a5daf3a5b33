import { describe, expect, it } from "vitest";
import { toLines } from "./lines.ts";
import { fromPageText, isPageText } from "./pageText.ts";

const texts = (text: string) => fromPageText(toLines(text)).map((l) => l.text);

describe("text copied from the Bugzilla page -> the Markdown line model", () => {
  it("tells page text from Markdown by its report heading", () => {
    expect(isPageText(toLines("Preliminary Incident Report\nSummary"))).toBe(true);
    expect(isPageText(toLines("## Preliminary Incident Report\n### Summary"))).toBe(false);
    expect(isPageText(toLines("We will post a Preliminary Incident Report soon."))).toBe(false);
  });

  it("makes bare heading lines headings, keeping the pasted line", () => {
    const lines = fromPageText(toLines("Full Incident Report - ETSI Finding #2\nSummary\nBackground"));
    expect(lines.map((l) => l.text)).toEqual(["## Full Incident Report - ETSI Finding #2", "### Summary", "### Background"]);
    expect(lines[1].pasted).toBe("Summary");
  });

  it("makes `•` bullets and a lone `-` before a loose item list items", () => {
    expect(texts("•\tOne\n\t•\tTwo\n-\n\nThree")).toEqual(["- One", "  - Two", "- Three"]);
  });

  it("makes tab-separated rows a table, with the delimiter row after the first, on the first row's line", () => {
    const lines = fromPageText(toLines("Date\tEvent\n2025-03-04\tReport | received"));
    expect(lines.map((l) => [l.n, l.text])).toEqual([
      [1, "| Date | Event |"],
      [1, "| --- | --- |"],
      [2, "| 2025-03-04 | Report \\| received |"],
    ]);
  });

  it("marks the page's comment headers, with the author lines above them", () => {
    const lines = fromPageText(toLines("Full Incident Report\n\nJane Doe\nComment 3 • 2 days ago\n\nThanks."));
    expect(lines.filter((l) => l.boundary).map((l) => l.n)).toEqual([3, 4]);
  });
});
