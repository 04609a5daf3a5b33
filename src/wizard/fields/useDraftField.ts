import { useController, useFormContext, type FieldPath } from "react-hook-form";
import type { DraftForm } from "../form/draftForm.ts";

/**
 * A form field with its error. Once a field shows an error, every change
 * re-checks it, so the message goes away as soon as the user fixes it.
 */
export function useDraftField<N extends FieldPath<DraftForm>>(name: N) {
  const { trigger } = useFormContext<DraftForm>();
  const { field, fieldState } = useController<DraftForm, N>({ name });
  const error = fieldState.error?.message;
  const onChange = (value: typeof field.value) => {
    field.onChange(value);
    if (fieldState.error) void trigger(name);
  };
  // Handed out one by one: `inputRef` is react-hook-form's callback ref, used for focusing errors.
  return { value: field.value, inputRef: field.ref, onBlur: field.onBlur, error, onChange };
}
