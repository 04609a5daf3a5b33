import { useRef, useState, type FocusEvent } from "react";
import { useController, useFormContext, type FieldPath } from "react-hook-form";
import type { DraftForm } from "../../domain/draft/draftForm.ts";

/**
 * A form field with its error. A field is checked when the user leaves it
 * after changing it (or when Review checks everything), never while a first
 * draft is being typed; once it shows an error, every change re-checks it, so
 * the message goes away as soon as the user fixes it.
 */
export function useDraftField<N extends FieldPath<DraftForm>>(name: N) {
  const { trigger } = useFormContext<DraftForm>();
  const { field, fieldState } = useController<DraftForm, N>({ name });
  const changed = useRef(false);
  // Set once the user has left the field after changing it: what the field checks itself (a number's format) shows from then on.
  const [left, setLeft] = useState(false);
  const error = fieldState.error?.message;
  const onChange = (value: typeof field.value) => {
    changed.current = true;
    field.onChange(value);
    if (fieldState.error) void trigger(name);
  };
  const onBlur = () => {
    field.onBlur();
    if (!changed.current) return;
    changed.current = false;
    setLeft(true);
    void trigger(name);
  };
  /** For a field made of several controls: leaving one for another of the same field is not leaving the field. */
  const onGroupBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    onBlur();
  };
  // Handed out one by one: `inputRef` is react-hook-form's callback ref, used for focusing errors.
  return { value: field.value, inputRef: field.ref, onBlur, onGroupBlur, left, error, onChange };
}
