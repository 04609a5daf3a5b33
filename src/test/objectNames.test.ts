/**
 * Issue 26, item 1: a title with "constructor" in it blanked the app. The
 * related incidents search looked the word's stem up in a plain object and got
 * Object's constructor function back. Every name that a plain object answers
 * by itself ("toString", "__proto__", …) goes here through each part of the
 * domain that reads user text, as a word of a title, a report, a bug list and
 * a whiteboard. The lint rule in `eslint.config.js` keeps new tables off plain
 * objects (`lintRules.test.ts` checks that it fires).
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fieldTitle } from "../domain/draft/fieldTitle.ts";
import { parseDraftText } from "../domain/draft/parseDraft.ts";
import { checkReadiness } from "../domain/draft/readiness.ts";
import { ACTION_KINDS } from "../domain/draft/schema.ts";
import { importReport } from "../domain/import/importReport.ts";
import { choiceValue } from "../domain/import/values.ts";
import { categoryLabel } from "../domain/incidents/categories.ts";
import { readIncidentList } from "../domain/incidents/readIncidentList.ts";
import { buildIncidentIndex, searchIncidents } from "../domain/incidents/searchIndex.ts";
import { documentTerms, queryConcepts } from "../domain/incidents/terms.ts";
import { whiteboardTags } from "../domain/incidents/whiteboard.ts";
import { reviewQuality } from "../domain/quality/reviewQuality.ts";
import { bugzillaLength } from "../domain/render/bugzilla.ts";
import { renderReport } from "../domain/render/render.ts";
import { everyField } from "./adversarial.ts";
import { bundledList } from "./incidentList.ts";
import { runCli } from "./runCli.ts";

/** Every name a plain object answers without being told: `{}["constructor"]` is a function. */
const OBJECT_NAMES = Object.getOwnPropertyNames(Object.prototype);
const NAMES = [...OBJECT_NAMES, ...OBJECT_NAMES.map((name) => name.toLowerCase())].filter((name, i, all) => all.indexOf(name) === i);

const BUGS = NAMES.map((name, i) => ({
  id: 1_900_000 + i,
  summary: `Example CA: ${name} in the subjectAltName`,
  creation_time: "2026-01-05T10:00:00Z",
  status: "NEW",
  resolution: "",
  whiteboard: `[ca-compliance] [${name}] [dv-misissuance]`,
}));

describe("names of Object's own properties, as words of user text", () => {
  it("has the names that broke the app", () => {
    expect(NAMES).toEqual(expect.arrayContaining(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "tostring"]));
  });

  it.each(NAMES)("%s is a word like any other to the search terms", (name) => {
    const terms = [...documentTerms(`CA: ${name} certificates`), ...queryConcepts(`${name} certificates`, true).flatMap((c) => c.terms)];
    for (const term of terms) expect(typeof term).toBe("string");
  });

  it("a bug list with those names in summaries and whiteboards is read, indexed and searched", () => {
    const read = readIncidentList({ bugs: BUGS });
    if (!read.ok) throw new Error(read.message);
    const index = buildIncidentIndex(read.list);
    for (const [i, name] of NAMES.entries()) {
      const words = name.replace(/_/g, " ").trim();
      const found = searchIncidents(index, words, {}, { typing: true });
      // Words of letters are found in the summary; "__proto__" has no letters outside its underscores to differ.
      if (/^[a-z]+$/i.test(words)) expect(found.map((m) => m.bug.id), name).toContain(BUGS[i].id);
      expect(categoryLabel(name)).toBe(name);
      expect(whiteboardTags(`[${name}]`)).toEqual([name.toLowerCase()]);
    }
  });

  it.each(NAMES)("the shipped bug list is searched for %s", (name) => {
    const index = buildIncidentIndex(bundledList());
    expect(() => searchIncidents(index, `${name} ${name}`, {}, { typing: true })).not.toThrow();
    expect(() => searchIncidents(index, name, {}, { typing: false })).not.toThrow();
  });

  it.each(NAMES)("a report whose every field says %s renders, is checked and reads back", (name) => {
    const draft = everyField(name);
    const markdown = renderReport(draft);
    expect(markdown).toContain(name.replace(/_/g, "\\_"));
    expect(checkReadiness(draft).every((p) => typeof p.message === "string")).toBe(true);
    const warnings = reviewQuality(draft, { now: Date.UTC(2026, 0, 1), renderedLength: bugzillaLength(markdown) });
    expect(warnings.every((w) => typeof w.message === "string")).toBe(true);
    const imported = importReport(markdown);
    if ("notAReport" in imported) throw new Error(imported.reason);
    expect(imported.draft.summary.incidentDescription).toBe(name);
  });

  it.each(NAMES)("%s is no choice, no field name and no draft key", (name) => {
    expect(choiceValue(name, ACTION_KINDS, "lenient")).toBeUndefined();
    expect(typeof fieldTitle(name)).toBe("string");
    expect(typeof fieldTitle(`actionItems[0].${name}`)).toBe("string");
    const parsed = parseDraftText(JSON.stringify({ ...everyField("x"), [name]: 1 }));
    expect(parsed.ok).toBe(false);
  });

  it("ccadb-report incidents search constructor answers, with a list holding such summaries too", async () => {
    const listFile = join(tmpdir(), `object-names-${process.pid}.json`);
    writeFileSync(listFile, JSON.stringify({ bugs: BUGS }));
    const bundled = await runCli(["incidents", "search", "constructor", "toString"]);
    // No shipped bug says "constructor": exit 1 is "nothing matched", as documented; it was 2, "internal error".
    expect(bundled.stderr).toMatch(/^0 bugs \(list of/);
    expect(bundled.code).toBe(1);
    const own = await runCli(["incidents", "search", "--list", listFile, "constructor"]);
    expect(own.stderr).not.toContain("error");
    expect(own.code).toBe(0);
    expect(own.stdout).toContain(String(BUGS[0].id));
  }, 60_000);
});
