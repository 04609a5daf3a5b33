/**
 * The incident record's facts, edited under Review › Deadlines: when the CA
 * Owner became aware, what was posted on the bug and when, the Whiteboard as
 * written, the questions asked, the last action item change. Every draft of
 * the incident shares them (the drafts store keeps one record per incident).
 * Times are typed in the author's zone, like every other date of the report.
 */
import { useEffect, useId } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { newId } from "../../domain/draft/newDraft.ts";
import { POSTED_KINDS, type IncidentRecord } from "../../domain/draft/schema.ts";
import { POSTED_LABELS } from "../../domain/incident/record.ts";
import { readWhiteboard } from "../../domain/incident/whiteboard.ts";
import { useUndoOffer } from "../../ui/useUndoOffer.tsx";
import { BUTTON } from "../../ui/styles.ts";
import { DateTimeField } from "../fields/DateTimeField.tsx";
import { inputBaseClass } from "../fields/FieldShell.tsx";
import { fieldId, type DraftForm } from "../../domain/draft/draftForm.ts";
import { ReadBugPanel } from "./ReadBugPanel.tsx";

const EMPTY: IncidentRecord = { posted: [], questions: [] };

const dateTime = (label: string, help = "") => ({ label, help, input: "dateTime" as const });

/** The id a deadline's "Enter when you became aware" focuses. */
export const AWARE_FIELD = "incident.becameAwareAt";
export const WHITEBOARD_FIELD = "incident.whiteboard";

function WhiteboardReading({ text }: { text: string }) {
  const reading = readWhiteboard(text);
  const next = reading.nextUpdate;
  const parts: string[] = [];
  if (next?.readings.length === 1) parts.push(`Next update read as ${next.readings[0]}.`);
  if (next?.readings.length === 2) parts.push(`“${next.written}” can be ${next.readings.join(" or ")}: the app does not guess; write the Next update date as YYYY-MM-DD on the bug (or here) to say which.`);
  if (next && next.readings.length === 0) parts.push(`“${next.written}” is not a date the app can read.`);
  if (reading.revocationDelay) parts.push("Revocation delay: updates every 3 days (SHOULD), at most every 7 (MUST).");
  if (parts.length === 0) return null;
  return (
    <p id={`${fieldId(WHITEBOARD_FIELD)}-reading`} className="text-sm text-slate-700 dark:text-slate-300" role="status">
      {parts.join(" ")}
    </p>
  );
}

export function IncidentFacts() {
  const { getValues, setValue, register, control } = useFormContext<DraftForm>();
  const incident = useWatch<DraftForm, "incident">({ name: "incident" });
  const whiteboard = useWatch<DraftForm, "incident.whiteboard">({ name: "incident.whiteboard" }) ?? "";
  const posted = useFieldArray({ control, name: "incident.posted" });
  const questions = useFieldArray({ control, name: "incident.questions" });
  const undo = useUndoOffer();
  const base = useId();

  // A draft without a record gets one, keyed by a local id until the bug is known.
  useEffect(() => {
    const current = getValues("incident");
    if (current?.id === undefined) setValue("incident", { ...EMPTY, ...current, id: newId("n") });
  }, [getValues, setValue, incident]);

  const remove = (list: "posted" | "questions", index: number, what: string) => {
    const before = getValues(`incident.${list}`);
    (list === "posted" ? posted : questions).remove(index);
    undo.offer(`${what} removed.`, () => setValue(`incident.${list}`, before, { shouldDirty: true }));
  };

  return (
    <fieldset className="space-y-4 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">The incident record (shared by every draft of this incident)</legend>
      <ReadBugPanel />
      <DateTimeField
        name={AWARE_FIELD}
        spec={dateTime(
          "When the CA Owner became aware",
          "The guidelines' “initial incident disclosure”: the initial report is due 72 hours after it, the Full report 14 days after it.",
        )}
      />
      <div className="space-y-1">
        <label htmlFor={fieldId(WHITEBOARD_FIELD)} className="block text-sm font-medium">
          Whiteboard, as written on the bug
        </label>
        <input
          id={fieldId(WHITEBOARD_FIELD)}
          className={`${inputBaseClass} w-full`}
          placeholder="[ca-compliance] [dv-misissuance] Next update 2025-10-02"
          aria-describedby={whiteboard ? `${fieldId(WHITEBOARD_FIELD)}-reading` : undefined}
          {...register(WHITEBOARD_FIELD)}
        />
        <WhiteboardReading text={whiteboard} />
      </div>

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Posted on the bug</h4>
        {posted.fields.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">Nothing yet. “Mark as posted” under the preview adds the report you post.</p>}
        <ol className="space-y-3" aria-label="Posted on the bug">
          {posted.fields.map((field, i) => (
            <li key={field.id} className="space-y-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900">
              <div className="flex flex-wrap items-end gap-2">
                <div className="space-y-1">
                  <label htmlFor={`${base}-kind-${i}`} className="block text-sm font-medium">
                    Posting {i + 1}: what
                  </label>
                  <select id={`${base}-kind-${i}`} className={inputBaseClass} {...register(`incident.posted.${i}.kind`)}>
                    {POSTED_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {POSTED_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="space-y-1">
                  <label htmlFor={`${base}-comment-${i}`} className="block text-sm font-medium">
                    Posting {i + 1}: comment number
                  </label>
                  <input
                    id={`${base}-comment-${i}`}
                    type="number"
                    min={0}
                    className={`${inputBaseClass} w-28`}
                    {...register(`incident.posted.${i}.comment`, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)) })}
                  />
                </div>
                <button type="button" className={BUTTON} onClick={() => remove("posted", i, `Posting ${i + 1}`)}>
                  Remove posting {i + 1}
                </button>
              </div>
              <DateTimeField name={`incident.posted.${i}.at`} spec={dateTime(`Posting ${i + 1}: when`)} />
            </li>
          ))}
        </ol>
        <button type="button" className={BUTTON} onClick={() => posted.append({ kind: "update", at: "" })}>
          Add a posting
        </button>
      </div>

      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Questions and comments on the bug</h4>
        <p className="text-sm text-slate-600 dark:text-slate-400">Each must be answered within 7 days; leave “answered” empty while it is open.</p>
        <ol className="space-y-3" aria-label="Questions on the bug">
          {questions.fields.map((field, i) => (
            <li key={field.id} className="space-y-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900">
              <DateTimeField name={`incident.questions.${i}.askedAt`} spec={dateTime(`Question ${i + 1}: asked`)} />
              <div className="flex flex-wrap items-end gap-2">
                <div className="space-y-1">
                  <label htmlFor={`${base}-by-${i}`} className="block text-sm font-medium">
                    Question {i + 1}: asked by
                  </label>
                  <input id={`${base}-by-${i}`} className={inputBaseClass} {...register(`incident.questions.${i}.by`)} />
                </div>
                <button type="button" className={BUTTON} onClick={() => remove("questions", i, `Question ${i + 1}`)}>
                  Remove question {i + 1}
                </button>
              </div>
              <DateTimeField name={`incident.questions.${i}.answeredAt`} spec={dateTime(`Question ${i + 1}: answered`, "Empty while the question is open.")} />
            </li>
          ))}
        </ol>
        <button type="button" className={BUTTON} onClick={() => questions.append({ askedAt: "", answeredAt: null })}>
          Add a question
        </button>
      </div>

      <DateTimeField
        name="incident.actionItemChangedAt"
        spec={dateTime("An action item last changed, completed or delayed", "An update is due within 3 days of it, unless one was posted since.")}
      />
      <div className="space-y-1">
        <label htmlFor={`${base}-br`} className="block text-sm font-medium">
          BR revocation deadline
        </label>
        <select
          id={`${base}-br`}
          className={inputBaseClass}
          value={String(incident?.revocationHours ?? 120)}
          onChange={(e) => setValue("incident.revocationHours", e.target.value === "24" ? 24 : 120, { shouldDirty: true })}
        >
          <option value="120">5 days (TLS BR 4.9.1.1, second list)</option>
          <option value="24">24 hours (TLS BR 4.9.1.1, first list)</option>
        </select>
      </div>
    </fieldset>
  );
}
