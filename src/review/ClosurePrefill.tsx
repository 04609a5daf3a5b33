/**
 * "Prefill from the report": a first draft of the Closure Summary from the
 * description, root causes and action items. Only empty fields are filled,
 * unless the author confirms replacing what they wrote.
 */
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { FIELDS } from "../domain/draft/catalogue.ts";
import { prefillClosureWithNotes } from "../domain/closure/prefillClosure.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { useUndoOffer } from "../ui/useUndoOffer.tsx";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import { BUTTON, MUTED, PRIMARY, STATUS } from "./styles.ts";

const KEYS = ["incidentDescription", "rootCauses", "remediationDescription", "commitmentSummary"] as const;
type Key = (typeof KEYS)[number];

const labelOf = (key: Key) => FIELDS[`closure.${key}`].label;

export function ClosurePrefill({ draft }: { draft: Draft }) {
  const { getValues, setValue } = useFormContext<DraftForm>();
  const [pending, setPending] = useState<{ keys: Key[]; values: Draft["closure"] } | null>(null);
  const [status, setStatus] = useState("");
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const undo = useUndoOffer();

  const put = (keys: readonly Key[], values: Draft["closure"]) => {
    for (const key of keys) setValue(`closure.${key}`, values[key], { shouldDirty: true });
  };

  const prefill = () => {
    const { closure: values, leftOut: future } = prefillClosureWithNotes(draft);
    setLeftOut(future);
    undo.withdraw();
    const current = getValues("closure");
    const empty = KEYS.filter((key) => current[key].trim() === "" && values[key] !== "");
    // A field the report has nothing for is never offered for replacing: the prefill does not blank what the author wrote.
    const filled = KEYS.filter((key) => current[key].trim() !== "" && values[key].trim() !== "" && current[key].trim() !== values[key].trim());
    put(empty, values);
    setPending(filled.length > 0 ? { keys: filled, values } : null);
    const done = empty.length === 0 ? "No empty field to fill." : `Filled ${empty.map(labelOf).join(", ")} from the report.`;
    setStatus(filled.length > 0 ? `${done} ${filled.length} already written: replace them?` : done);
  };

  const overwrite = () => {
    if (!pending) return;
    const before = structuredClone(getValues("closure"));
    const { keys } = pending;
    put(keys, pending.values);
    undo.offer(`Replaced ${keys.map(labelOf).join(", ")} with text from the report.`, () => {
      put(keys, before);
      setStatus("Your text is back.");
    });
    setStatus("");
    setPending(null);
  };

  return (
    <section aria-labelledby="closure-prefill" className="space-y-2">
      <h3 id="closure-prefill" className="text-base font-semibold">
        Start from the report
      </h3>
      <p className={MUTED}>
        Fills the four fields from the incident description, the root causes and the action items, for you to edit: in the past tense, without sentences about the future
        or references to sections a Closure Summary does not have.
      </p>
      <button type="button" className={PRIMARY} onClick={prefill}>
        Prefill from the report
      </button>
      <p role="status" className={STATUS}>
        {status}
      </p>
      {leftOut.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40">
          <p className="font-medium">Left out because they speak of the future; say in the Closure what came of them:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {leftOut.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={BUTTON} onClick={overwrite}>
            Replace {pending.keys.length === 1 ? "the written field" : `the ${pending.keys.length} written fields`}
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              setPending(null);
              setStatus("Kept your text.");
            }}
          >
            Keep my text
          </button>
        </div>
      )}
    </section>
  );
}
