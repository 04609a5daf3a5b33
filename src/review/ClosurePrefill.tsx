/**
 * "Prefill from the report": a first draft of the Closure Summary from the
 * description, root causes and action items. Only empty fields are filled,
 * unless the author confirms replacing what they wrote.
 */
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { FIELDS } from "../domain/draft/catalogue.ts";
import { prefillClosure } from "../domain/closure/prefillClosure.ts";
import type { Draft } from "../domain/draft/schema.ts";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import { BUTTON, MUTED, PRIMARY, STATUS } from "./styles.ts";

const KEYS = ["incidentDescription", "rootCauses", "remediationDescription", "commitmentSummary"] as const;
type Key = (typeof KEYS)[number];

const labelOf = (key: Key) => FIELDS[`closure.${key}`].label;

export function ClosurePrefill({ draft }: { draft: Draft }) {
  const { getValues, setValue } = useFormContext<DraftForm>();
  const [pending, setPending] = useState<{ keys: Key[]; values: Draft["closure"] } | null>(null);
  const [status, setStatus] = useState("");

  const put = (keys: readonly Key[], values: Draft["closure"]) => {
    for (const key of keys) setValue(`closure.${key}`, values[key], { shouldDirty: true });
  };

  const prefill = () => {
    const values = prefillClosure(draft);
    const current = getValues("closure");
    const empty = KEYS.filter((key) => current[key].trim() === "" && values[key] !== "");
    const filled = KEYS.filter((key) => current[key].trim() !== "" && current[key].trim() !== values[key].trim());
    put(empty, values);
    setPending(filled.length > 0 ? { keys: filled, values } : null);
    const done = empty.length === 0 ? "No empty field to fill." : `Filled ${empty.map(labelOf).join(", ")} from the report.`;
    setStatus(filled.length > 0 ? `${done} ${filled.length} already written: replace them?` : done);
  };

  const overwrite = () => {
    if (!pending) return;
    put(pending.keys, pending.values);
    setStatus(`Replaced ${pending.keys.map(labelOf).join(", ")} with text from the report.`);
    setPending(null);
  };

  return (
    <section aria-labelledby="closure-prefill" className="space-y-2">
      <h3 id="closure-prefill" className="text-base font-semibold">
        Start from the report
      </h3>
      <p className={MUTED}>Fills the four fields from the incident description, the root causes and the action items, for you to edit.</p>
      <button type="button" className={PRIMARY} onClick={prefill}>
        Prefill from the report
      </button>
      <p role="status" className={STATUS}>
        {status}
      </p>
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
