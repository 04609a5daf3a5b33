import { useFormState } from "react-hook-form";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { fieldId } from "../../domain/draft/draftForm.ts";
import { errorAt } from "../form/errorAt.ts";

/** A problem with a list as a whole ("needs at least one action item") or with one item. */
export function ListError({ name }: { name: string }) {
  const { errors } = useFormState<DraftForm>();
  const message = errorAt(errors, name);
  if (!message) return null;
  return (
    <p id={`${fieldId(name)}-error`} role="alert" tabIndex={-1} aria-invalid className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800 dark:bg-red-950 dark:text-red-300">
      {message}
    </p>
  );
}
