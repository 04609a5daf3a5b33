/**
 * Issue 15: a long run of one whitespace character or of one Markdown
 * punctuation character, in every field, is handled as text: the report keeps
 * its structure in Bugzilla, readiness sees a blank run as blank, the quality
 * review says of a 100,000-character run what it says of a short one, and the
 * importer reads the run back whole. Before the fix, 100,000 spaces took
 * 34.8 s to render: such a pattern fails here by the test timeout. How long that takes, against prose of the
 * same size, is a benchmark (`npm run bench:adversarial`, target at most 3
 * times prose), not a test: the machines that run the tests are shared.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkReadiness } from "../domain/draft/readiness.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { importReport } from "../domain/import/importReport.ts";
import { reviewQuality } from "../domain/quality/reviewQuality.ts";
import { bugzillaLength } from "../domain/render/bugzilla.ts";
import { renderReport } from "../domain/render/render.ts";
import { ADVERSARIAL_RUNS, everyField, prose, reportWithRuns } from "./adversarial.ts";
import { bugzillaHtml } from "./bugzilla.ts";
import { parseHtml, topLevelBlocks } from "./reportStructure.ts";

const SIZE = 100_000;

function headings(draft: Draft): string[] {
  return topLevelBlocks(parseHtml(bugzillaHtml(renderReport(draft))))
    .filter((block) => block.type === "heading")
    .map((block) => (block.type === "heading" ? `${"#".repeat(block.level)} ${block.text}` : ""));
}

const problemPaths = (draft: Draft) => checkReadiness(draft).map((problem) => problem.path);

const warnings = (draft: Draft) =>
  reviewQuality(draft, { now: Date.UTC(2025, 5, 1), renderedLength: bugzillaLength(renderReport(draft)) }).map((warning) => [warning.rule, warning.path]);

describe("a long run of one character in every field", () => {
  let proseDraft: Draft;
  let proseHeadings: string[];
  beforeAll(() => {
    proseDraft = everyField(prose(SIZE));
    proseHeadings = headings(proseDraft);
  });

  it.each(Object.entries(ADVERSARIAL_RUNS))("a run of %s", (_, character) => {
    const run = character.repeat(SIZE);
    const draft = everyField(run);
    const blank = run.trim() === "";

    expect(headings(draft), "the headings Bugzilla shows").toEqual(proseHeadings);
    // A run of blanks is as blank as one blank; a run of punctuation is text, as prose is.
    expect(problemPaths(draft)).toEqual(problemPaths(blank ? everyField(character) : proseDraft));
    // Only the length differs: a long run of text is too long for one Bugzilla comment.
    const long = warnings(draft);
    expect(long.filter(([rule]) => rule !== "report-length")).toEqual(warnings(everyField(character.repeat(1_000))));
    expect(long.some(([rule]) => rule === "report-length")).toBe(!blank);

    const imported = importReport(reportWithRuns(draft));
    if ("notAReport" in imported) throw new Error(`not read as a report: ${imported.reason}`);
    expect(imported.draft.kind).toBe("full");
    expect(imported.draft.summary.incidentDescription).toBe(blank ? "" : run);
  }, 60_000);
});
