/**
 * "Is this report ready to post?" Every problem at once, in template order,
 * each with the JSON path of the field it is about (the first segment names
 * the section, so the wizard can badge its steps).
 *
 * Which fields exist, which are required and where N/A is allowed all come
 * from the catalogue; this file adds the rules that span fields.
 */
import { isDone } from "../closure/actionItemsDone.ts";
import {
  FIELDS,
  ITEM_FIELDS,
  ITEM_NAMES,
  LESSON_FIELDS,
  NOT_APPLICABLE,
  REPORT_KIND_LABELS,
  SECTIONS,
  SECTION_IDS,
  fieldsOf,
  lessonName,
  type FieldSpec,
  type ItemList,
  type SectionId,
} from "./catalogue.ts";
import { nulProblems } from "./nulStrings.ts";
import { clip, problemSection, shortQuote, type Problem } from "./problems.ts";
import { fieldWrittenText, itemWrittenText } from "./asWritten.ts";
import { checkField, isBlank, writtenProblem, type ReadinessContext } from "./readinessFields.ts";
import { LESSON_LISTS, type Draft, type LessonList, type NotApplicableList } from "./schema.ts";
import { reportLengthProblem } from "../render/lengthProblem.ts";

type Check = (draft: Draft, ctx: ReadinessContext) => Problem[];

function inKind(section: SectionId, ctx: ReadinessContext): boolean {
  const kinds: readonly string[] = SECTIONS[section].kinds;
  return kinds.includes(ctx.kind);
}

/** The catalogue's fields of one repeatable list, checked for every item. */
function checkItems<L extends ItemList>(draft: Draft, ctx: ReadinessContext, list: L): Problem[] {
  const specs: ReadonlyArray<[string, FieldSpec]> = Object.entries(ITEM_FIELDS[list]);
  const items: readonly object[] = draft[list];
  return items.flatMap((item, index) =>
    specs.flatMap(([prop, spec]) => {
      const name = `\u201c${spec.label}\u201d of ${ITEM_NAMES[list](index + 1)}`;
      const written = itemWrittenText(item, prop);
      const found = written !== null ? writtenProblem(ctx, spec, name, written) : checkField(draft, ctx, spec, Reflect.get(item, prop), name);
      return found ? [{ path: `${list}[${index}].${prop}`, ...found }] : [];
    }),
  );
}

/** "Full reports have at least one ..." */
function atLeastOne(draft: Draft, ctx: ReadinessContext, list: ItemList, what: string, why: string): Problem[] {
  if (ctx.kind !== "full" || draft[list].length > 0) return [];
  return [{ path: list, message: `a ${REPORT_KIND_LABELS.full} needs at least one ${what}: ${why}` }];
}

/**
 * The ids the action items name: `addressed` by one that is not canceled (a
 * canceled action item remediates nothing), `named` by any. Made once per
 * check, not once per item: with 2,000 contributing factors and 2,000 action
 * items, rebuilding it per item took 17 s (issue 26).
 */
type Coverage = { addressed: ReadonlySet<string>; named: ReadonlySet<string> };

function coverageOf(draft: Draft): Coverage {
  const addressed = new Set<string>();
  const named = new Set<string>();
  for (const item of draft.actionItems) {
    for (const id of item.addresses) {
      named.add(id);
      if (item.status !== "Canceled") addressed.add(id);
    }
  }
  return { addressed, named };
}

function unaddressed(coverage: Coverage, itemId: string, name: string): string | null {
  if (coverage.addressed.has(itemId)) return null;
  const onlyCanceled = coverage.named.has(itemId);
  return `${name} ${onlyCanceled ? "is addressed only by canceled action items" : "has no action item"}: each one "MUST have at least one corresponding Action Item"; list it under \u201cCorresponding Root Cause(s)\u201d of an action item`;
}

const checkTimeline: Check = (draft, ctx) =>
  inKind("timeline", ctx)
    ? [
        ...atLeastOne(draft, ctx, "timeline", "timeline entry", "the guidelines expect \u201ca detailed timeline of all events and actions leading up to and taken during and after the incident\u201d"),
        ...checkItems(draft, ctx, "timeline"),
      ]
    : [];

/**
 * A list the author may leave empty only by marking it N/A: empty and
 * unmarked, the report shows "(not yet provided)" there, and the guidelines
 * want "Fields that are not applicable … included and marked 'N/A'".
 */
function emptyList(draft: Draft, list: NotApplicableList, items: readonly unknown[], name: string): Problem[] {
  const path = list;
  if (items.length > 0 || draft.notApplicable?.includes(list)) return [];
  return [{ path, message: `${name} is empty: list at least one, or mark it ${NOT_APPLICABLE} (the guidelines: "Fields that are not applicable MUST still be included and marked 'N/A'"); left so, the report shows "(not yet provided)"` }];
}

const checkRelated: Check = (draft, ctx) =>
  inKind("relatedIncidents", ctx) ? [...emptyList(draft, "relatedIncidents", draft.relatedIncidents, `\u201c${SECTIONS.relatedIncidents.heading}\u201d`), ...checkItems(draft, ctx, "relatedIncidents")] : [];

const checkRootCauses: Check = (draft, ctx) => {
  if (!inKind("rootCauses", ctx)) return [];
  const covered = coverageOf(draft);
  const coverage = draft.rootCauses.flatMap((cause, index) => {
    const title = cause.title.trim() === "" ? "" : ` (\u201c${clip(cause.title.trim())}\u201d)`;
    const message = unaddressed(covered, cause.id, `${ITEM_NAMES.rootCauses(index + 1)}${title}`);
    return message ? [{ path: `rootCauses[${index}]`, message, fixAt: "actionItems" }] : [];
  });
  return [
    ...atLeastOne(draft, ctx, "rootCauses", "contributing factor", "\u201cMake sure that all contributing factors are identified and described\u201d"),
    ...checkItems(draft, ctx, "rootCauses"),
    ...coverage,
  ];
};

function checkLessonList(draft: Draft, list: LessonList, coverage: Coverage): Problem[] {
  return draft.lessons[list].flatMap((lesson, index) => {
    const path = `lessons.${list}[${index}]`;
    const name = lessonName(list, index + 1);
    if (isBlank(lesson.text)) return [{ path, message: `${name} is empty: write it or remove it` }];
    const message = LESSON_FIELDS[list].needsAction === "must" ? unaddressed(coverage, lesson.id, name) : null;
    return message ? [{ path, message, fixAt: "actionItems" }] : [];
  });
}

const checkLessons: Check = (draft, ctx) => {
  if (!inKind("lessons", ctx)) return [];
  const coverage = coverageOf(draft);
  const empty = LESSON_LISTS.flatMap((list) => emptyList(draft, `lessons.${list}`, draft.lessons[list], `\u201c${LESSON_FIELDS[list].label}\u201d`));
  return [...empty, ...LESSON_LISTS.flatMap((list) => checkLessonList(draft, list, coverage))];
};

/** What an action item may address: contributing factors and lessons. */
function addressableIds(draft: Draft): Set<string> {
  return new Set([...draft.rootCauses.map((c) => c.id), ...LESSON_LISTS.flatMap((list) => draft.lessons[list].map((l) => l.id))]);
}

const checkActionItems: Check = (draft, ctx) => {
  if (ctx.kind === "closure") {
    // The Closure template ends: "All Action Items disclosed in this report have been completed as described".
    if (draft.actionItems.length === 0) {
      return [
        {
          path: "actionItems",
          message:
            "a Closure Summary needs the incident's action items, each Complete or Canceled: it states \u201cAll Action Items disclosed in this report have been completed as described\u201d, and the guidelines close a report only \u201cwhen all Action Items are complete\u201d (start the Closure from the Full report to bring them over)",
        },
      ];
    }
    return draft.actionItems.flatMap((item, index) =>
      isDone(item)
        ? []
        : [
            {
              path: `actionItems[${index}].status`,
              message: `${ITEM_NAMES.actionItems(index + 1)} is ${item.status === "" ? "without a status" : `\u201c${item.status}\u201d`}: a Closure Summary states \u201cAll Action Items disclosed in this report have been completed as described\u201d, so every action item must be Complete (or Canceled)`,
            },
          ],
    );
  }
  if (!inKind("actionItems", ctx)) return [];
  const known = addressableIds(draft);
  const references = draft.actionItems.flatMap((item, index) =>
    item.addresses
      .filter((id) => !known.has(id))
      .map((id) => ({
        path: `actionItems[${index}].addresses`,
        message: `${ITEM_NAMES.actionItems(index + 1)} addresses ${shortQuote(id)}, which is not a contributing factor or lesson in this report`,
      })),
  );
  return [
    ...atLeastOne(draft, ctx, "actionItems", "action item", "the Action Items \u201cMUST create additional protections to prevent future incidents\u201d"),
    ...checkItems(draft, ctx, "actionItems"),
    ...references,
  ];
};

const none: Check = () => [];

/** Appendix text that points at the certificate list: an attachment, a CSV, crt.sh. */
export const LISTS_CERTIFICATES = /crt\.sh|attach|\.csv\b|\bcsv\b|certificate list|list of (?:the )?(?:affected )?certificates/i;
/** An Incident heuristic that explains why the certificates cannot be listed. */
const CANNOT_LIST = /\b(?:cannot|can't|can not|not possible|impossible|unable)\b/i;

/**
 * The guidelines: the "remaining valid" certificates "MUST be disclosed in
 * the Appendix section of this report". Directly affected certificates (any
 * remaining valid, or any in total unless only precertificates were) must be
 * listed there: rows, or an attachment or crt.sh link the Appendix text names.
 */
const checkAppendix: Check = (draft, ctx) => {
  if (ctx.kind !== "full") return [];
  const { totalCertificates: total, remainingValidCertificates: remaining } = draft.impact;
  const rows = draft.appendix.certificates;
  const onlyPrecertificates = rows.length > 0 && rows.every((row) => row.certificateSha256 === "");
  const affected = (typeof remaining === "number" && remaining > 0) || (typeof total === "number" && total > 0 && !onlyPrecertificates);
  if (!affected || rows.length > 0 || LISTS_CERTIFICATES.test(draft.appendix.text) || CANNOT_LIST.test(draft.impact.incidentHeuristic)) return [];
  const count = typeof remaining === "number" && remaining > 0 ? `the ${remaining} \u201cremaining valid\u201d certificates` : `the ${String(total)} affected certificates`;
  return [
    {
      path: "appendix.text",
      message: `the Appendix does not list ${count}: the guidelines say the \u201cremaining valid\u201d certificates \u201cMUST be disclosed in the Appendix section of this report\u201d. Add them from certificate files, or attach the list (CSV, or crt.sh links) and say so in the Appendix; if they cannot be listed, say why in the Incident heuristic`,
    },
  ];
};

/** The checks that span more than one field, run after each section's own fields. */
const SECTION_CHECKS = {
  summary: none,
  impact: none,
  timeline: checkTimeline,
  relatedIncidents: checkRelated,
  rootCauses: checkRootCauses,
  lessons: checkLessons,
  actionItems: checkActionItems,
  appendix: checkAppendix,
  closure: none,
} satisfies Record<SectionId, Check>;

/** The guidelines offer third parties only the Preliminary template. */
function checkAuthor(draft: Draft): Problem[] {
  if (draft.author !== "third-party" || draft.kind === "preliminary") return [];
  return [
    {
      path: "kind",
      message: `a third-party reporter can only write a ${REPORT_KIND_LABELS.preliminary}: the guidelines offer the Preliminary template \u201cfor third party reporters\u201d and the Full report and Closure Summary to the CA Owner`,
    },
  ];
}

/** Every reason the draft is not ready to post yet; `[]` when it is. */
export function checkReadiness(draft: Draft): Problem[] {
  const ctx: ReadinessContext = { kind: draft.kind, author: draft.author, revocationDelay: draft.revocationDelay ?? false };
  const problems = checkAuthor(draft);
  for (const section of SECTION_IDS) {
    for (const key of fieldsOf(section)) {
      const spec: FieldSpec = FIELDS[key];
      const value: unknown = key.split(".").reduce<unknown>((v, part) => (typeof v === "object" && v !== null ? Reflect.get(v, part) : undefined), draft);
      const written = fieldWrittenText(draft, key);
      const found = written !== null ? writtenProblem(ctx, spec, `\u201c${spec.label}\u201d`, written) : checkField(draft, ctx, spec, value, `\u201c${spec.label}\u201d`, key);
      if (found) problems.push({ path: key, ...found });
    }
    problems.push(...SECTION_CHECKS[section](draft, ctx));
  }
  // Rows read from certificate files are escaped when read (`\XX`); the typed text is checked.
  problems.push(...nulProblems({ ...draft, appendix: { ...draft.appendix, certificates: [] } }));
  const tooLong = reportLengthProblem(draft);
  if (tooLong) problems.push(tooLong);
  return problems;
}

/**
 * The report section a problem belongs to, for badging the wizard's steps:
 * the path's first segment, or the catalogue's section for top-level fields
 * (`caOwner`, `title`); null for `kind` and `author`, which no section holds.
 */
export function sectionOfProblem(problem: Problem): SectionId | null {
  const first = problemSection(problem);
  const sections: readonly string[] = SECTION_IDS;
  if (sections.includes(first)) return SECTION_IDS[sections.indexOf(first)];
  const field = Object.entries(FIELDS).find(([key]) => key === first);
  return field ? field[1].section : null;
}

/** Whether the draft is ready to post. */
export function isReady(draft: Draft): boolean {
  return checkReadiness(draft).length === 0;
}
