import { useId, useRef, useState } from "react";
import { useFormContext, useWatch, type FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import { newId } from "../../domain/draft/newDraft.ts";
import { expectedOf } from "../../domain/draft/readinessFields.ts";
import { appendPiece } from "../../domain/draft/unplaced.ts";
import { writtenConversion } from "../../domain/draft/writtenConversion.ts";
import { useUndoOffer } from "../../ui/useUndoOffer.tsx";
import { PRIMARY } from "../../ui/styles.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { inputClass } from "./FieldShell.tsx";

type Props = {
  name: FieldPath<DraftForm>;
  /** Where the field's as-written text lives (`asWrittenPath(name)`). */
  writtenPath: FieldPath<DraftForm>;
  spec: FieldSpec;
};

const SET = { shouldDirty: true } as const;
const LINK = "text-sm underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-blue-600";

/**
 * A typed field's "as written" words: what an imported or older report says
 * there when it is not a value of the field's type. The report shows these
 * words exactly; one click turns them into the typed value when that is
 * obvious, and the words beside the value are kept (never dropped).
 */
export function AsWrittenNote({ name, writtenPath, spec }: Props) {
  const { getValues, setValue } = useFormContext<DraftForm>();
  const raw: unknown = useWatch<DraftForm>({ name: writtenPath });
  const text = typeof raw === "string" ? raw : "";
  const [writing, setWriting] = useState(false);
  const undo = useUndoOffer();
  const input = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const conversion = text.trim() ? writtenConversion(name, spec, text) : null;

  function convert() {
    if (!conversion) return;
    const before = { value: getValues(name), written: text, unplaced: getValues("unplaced"), rest: conversion.restField ? getValues(conversion.restField) : undefined };
    setValue(name, conversion.value, SET);
    setValue(writtenPath, "", SET);
    let where = "";
    if (conversion.rest && conversion.restField) {
      setValue(conversion.restField, appendPiece(String(before.rest ?? ""), conversion.rest), SET);
      where = ` “${conversion.rest}” went to the explanation.`;
    } else if (conversion.rest) {
      const piece = { id: newId("u"), heading: spec.label, line: 1, text: conversion.rest, reason: `the words beside “${conversion.value}”, set aside when the value was chosen` };
      setValue("unplaced", [...(before.unplaced ?? []), piece], SET);
      where = ` “${conversion.rest}” is kept in “not placed yet” above.`;
    }
    undo.offer(`${spec.label} set to ${conversion.value}.${where}`, () => {
      setValue(name, before.value, SET);
      setValue(writtenPath, before.written, SET);
      setValue("unplaced", before.unplaced, SET);
      if (conversion.restField) setValue(conversion.restField, before.rest ?? "", SET);
    });
  }

  if (!text.trim() && !writing) {
    return (
      <button
        type="button"
        className={`${LINK} text-slate-600 dark:text-slate-400`}
        aria-label={`Write “${spec.label}” in words instead`}
        onClick={() => {
          setWriting(true);
          requestAnimationFrame(() => input.current?.focus());
        }}
      >
        Write it in words instead
      </button>
    );
  }
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40">
      <label htmlFor={id} className="block font-medium">
        {spec.label}, as written
      </label>
      <p id={`${id}-help`} className="text-slate-700 dark:text-slate-300">
        The report shows these words, not a value chosen above. {spec.label} {expectedOf(spec)}.
      </p>
      <textarea
        ref={input}
        id={id}
        rows={2}
        aria-describedby={`${id}-help`}
        className={inputClass}
        value={text}
        onChange={(e) => setValue(writtenPath, e.target.value, SET)}
      />
      {conversion && (
        <button
          type="button"
          className={PRIMARY}
          onClick={convert}
        >
          Use “{conversion.value}”{conversion.rest ? ` and keep “${conversion.rest}” ${conversion.restField ? "in the explanation" : "aside"}` : ""}
        </button>
      )}
    </div>
  );
}
