/**
 * "N/A only where the author said N/A": the rendered report contains `N/A`
 * exactly where the draft holds `N/A`, and a missing value reads
 * `_(not yet provided)_`, never N/A.
 *
 * The oracle: replace every `N/A` value of the draft by a sentinel and render
 * again. If N/A came only from the draft's N/A values, the second report has
 * no N/A left, and as many sentinels as the first had N/As.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyDraftWithAsWritten as anyDraft } from "../../test/arbitraries.ts";
import { NOT_APPLICABLE, NOT_YET_PROVIDED } from "../draft/catalogue.ts";
import { emptyDraft } from "../draft/newDraft.ts";
import { readyDraft } from "../draft/readyDraft.ts";
import { DraftSchema, REPORT_KINDS, type Draft, type LessonList } from "../draft/schema.ts";
import { EXAMPLES } from "../examples/index.ts";
import { largeDraft } from "../examples/largeDraft.ts";
import { PLACEHOLDER } from "./markdown.ts";
import { renderReport } from "./render.ts";

const SENTINEL_TEXT = "QQsentinelQQ";
const SENTINEL_COUNT = 987_654_321;

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The draft with its strings rewritten by `f` (certificate rows, which are not rendered, dropped). */
function mapStrings(draft: Draft, f: (text: string, key: string) => string, count: (value: number | "N/A" | null) => number | "N/A" | null): Draft {
  const impact = { ...draft.impact, totalCertificates: count(draft.impact.totalCertificates), remainingValidCertificates: count(draft.impact.remainingValidCertificates) };
  const plain = { ...draft, impact, appendix: { ...draft.appendix, certificates: [] } };
  return DraftSchema.parse(JSON.parse(JSON.stringify(plain), (key: string, value: unknown) => (typeof value === "string" ? f(value, key) : value)));
}

/** Only whole N/A values left: "N/A" inside longer text becomes "n/a". */
const wholeValuesOnly = (draft: Draft) => mapStrings(draft, (t) => (t.trim() === NOT_APPLICABLE ? t : t.replaceAll(NOT_APPLICABLE, "n/a")), (c) => c);
/** Every N/A value replaced by a sentinel. */
const sentinels = (draft: Draft) =>
  mapStrings(draft, (t) => (t.trim() === NOT_APPLICABLE ? t.replace(NOT_APPLICABLE, SENTINEL_TEXT) : t), (c) => (c === NOT_APPLICABLE ? SENTINEL_COUNT : c));

/** Lists the author marked N/A that the report shows empty: each reads N/A. */
function markedEmptyLists(draft: Draft): number {
  if (draft.kind !== "full") return 0;
  return (draft.notApplicable ?? []).filter((list) =>
    list === "relatedIncidents" ? draft.relatedIncidents.length === 0 : draft.lessons[list.slice("lessons.".length) as LessonList].every((l) => l.text.trim() === ""),
  ).length;
}

function checkNotApplicable(input: Draft) {
  const draft = wholeValuesOnly(input);
  const unmarked = { ...draft, notApplicable: [] };
  const withoutNa = renderReport(sentinels(unmarked));
  expect(occurrences(withoutNa, NOT_APPLICABLE)).toBe(0);
  const naValues = occurrences(renderReport(unmarked), NOT_APPLICABLE);
  expect(naValues).toBe(occurrences(withoutNa, SENTINEL_TEXT) + occurrences(withoutNa, String(SENTINEL_COUNT)));
  expect(occurrences(renderReport(draft), NOT_APPLICABLE)).toBe(naValues + markedEmptyLists(draft));
}

describe("N/A only where the draft holds N/A", () => {
  it("in every example and the large draft", () => {
    for (const draft of [...EXAMPLES.map((e) => e.draft), largeDraft()]) checkNotApplicable(draft);
  });

  it("in any draft the file schema accepts", () => {
    fc.assert(fc.property(anyDraft, checkNotApplicable), { numRuns: Number(process.env.FC_RUNS ?? 200) });
  });

  it("a list marked N/A reads N/A while it is empty, and the placeholder without the mark", () => {
    const draft = { ...readyDraft("full"), relatedIncidents: [] };
    expect(renderReport(draft)).toMatch(/### Related Incidents\n\n_\(not yet provided\)_\n/);
    expect(renderReport({ ...draft, notApplicable: ["relatedIncidents"] })).toMatch(/### Related Incidents\n\nN\/A\n/);
  });
});

/** The draft without its as-written values (their keys share names with typed fields). */
const withoutAsWritten = (draft: Draft): Draft =>
  DraftSchema.parse(JSON.parse(JSON.stringify(draft), (key: string, value: unknown) => (key === "asWritten" ? undefined : value)));

/** Keys whose strings are not report text (ids, enums that cannot be empty, references). */
const KEPT = new Set(["id", "format", "kind", "author", "certificateKind"]);

describe("missing values read as not yet provided", () => {
  it("every field of an empty draft shows the placeholder, and no N/A", () => {
    for (const kind of REPORT_KINDS) {
      const markdown = renderReport(emptyDraft(kind));
      expect(markdown).not.toContain(NOT_APPLICABLE);
      const values = markdown.split("\n").filter((line) => /^\s*- \*\*[^*]+:\*\* /.test(line) || /^[_a-z]/i.test(line));
      for (const line of values.filter((l) => !l.startsWith("All Action Items"))) expect(line).toContain(PLACEHOLDER);
    }
  });

  it("a draft with every text blank shows the placeholder at every label and no N/A", () => {
    fc.assert(
      fc.property(anyDraft, (input) => {
        const blank = mapStrings(withoutAsWritten({ ...input, notApplicable: [] }), (t, key) => (KEPT.has(key) || /^\d+$/.test(key) ? t : ""), () => null);
        const markdown = renderReport(blank);
        expect(markdown).not.toContain(NOT_APPLICABLE);
        expect(markdown).toContain(NOT_YET_PROVIDED);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 50) },
    );
  });
});
