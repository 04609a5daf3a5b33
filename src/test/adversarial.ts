/**
 * Drafts whose every text field is one long run of a single character, and
 * prose of the same size, for render, readiness, quality review and Markdown
 * import (issue 15: a super-linear pattern on a run of spaces froze the page). Used by `adversarial.test.ts` (what each
 * operation makes of them) and `npm run bench:adversarial` (the timings,
 * which live with the benchmark).
 */
import { readyDraft } from "../domain/draft/readyDraft.ts";
import { DraftSchema, type Draft } from "../domain/draft/schema.ts";
import { renderReport } from "../domain/render/render.ts";

/** Each whitespace class cmark-gfm tells apart, and the punctuation Markdown is made of. */
export const ADVERSARIAL_RUNS = {
  space: " ",
  tab: "\t",
  "line feed": "\n",
  "carriage return": "\r",
  "form feed": "\f",
  "vertical tab": "\v",
  "no-break space": "\u00a0",
  "em space": "\u2003",
  "ideographic space": "\u3000",
  "*": "*",
  _: "_",
  "`": "`",
  "[": "[",
  "|": "|",
  "\\": "\\",
  "<": "<",
} as const;

const PROSE_SENTENCE = "The CA issued 12 certificates with an incorrect subject encoding, and revoked them within five days. ";

/** `size` characters of ordinary prose, in lines of a few sentences. */
export function prose(size: number): string {
  const paragraph = `${PROSE_SENTENCE.repeat(4).trimEnd()}\n`;
  return paragraph.repeat(Math.ceil(size / paragraph.length)).slice(0, size);
}

/** The string leaves of a value, as paths. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function setAt(target: unknown, path: readonly (string | number)[], text: string): void {
  let holder: unknown = target;
  for (const part of path.slice(0, -1)) holder = Reflect.get(holder as object, part);
  Reflect.set(holder as object, path[path.length - 1], text);
}

/** A full report with one item in each list, as-written text for the typed fields, and no certificate rows. */
function base(): Draft {
  const draft = readyDraft("full");
  const first = <T>(items: T[]) => items.slice(0, 1);
  const lessons = { wentWell: first(draft.lessons.wentWell), didNotGoWell: first(draft.lessons.didNotGoWell), gotLucky: first(draft.lessons.gotLucky), additional: first(draft.lessons.additional) };
  return {
    ...draft,
    summary: { ...draft.summary, asWritten: { source: "x", nonComplianceStart: "x" } },
    impact: { ...draft.impact, asWritten: { issuanceStopped: "x", totalCertificates: "x" } },
    timeline: first(draft.timeline),
    relatedIncidents: first(draft.relatedIncidents).map((r) => ({ ...r, asWritten: { bug: "x" } })),
    rootCauses: first(draft.rootCauses),
    lessons: {
      wentWell: lessons.wentWell.length ? lessons.wentWell : [{ id: "w1", text: "x" }],
      didNotGoWell: lessons.didNotGoWell.length ? lessons.didNotGoWell : [{ id: "d1", text: "x" }],
      gotLucky: lessons.gotLucky.length ? lessons.gotLucky : [{ id: "g1", text: "x" }],
      additional: lessons.additional.length ? lessons.additional : [{ id: "a1", text: "x" }],
    },
    actionItems: first(draft.actionItems).map((a) => ({ ...a, asWritten: { kind: "x", status: "x" } })),
    appendix: { ...draft.appendix, certificates: [] },
  };
}

/** The paths of every field that takes free text (ids, references, enums and the format do not). */
function textPaths(draft: Draft): (string | number)[][] {
  return stringPaths(draft).filter((path) => {
    const probe = structuredClone(draft);
    setAt(probe, path, "free text");
    return path.at(-1) !== "id" && !path.includes("addresses") && DraftSchema.safeParse(probe).success;
  });
}

/** A draft whose every text field is `text`. */
export function everyField(text: string): Draft {
  const draft = base();
  for (const path of textPaths(draft)) setAt(draft, path, text);
  return DraftSchema.parse(draft);
}

const TOKEN = "QQfieldQQ";

/**
 * The report's Markdown with the draft's text, as is, where each field's value
 * goes: what a user could paste to the importer. (The rendered report itself
 * holds no run of spaces: the renderer shows a blank value as the placeholder.)
 */
export function reportWithRuns(draft: Draft): string {
  const text = draft.summary.incidentDescription;
  return renderReport(everyField(TOKEN)).replaceAll(TOKEN, text);
}
