import { get, type FieldErrors } from "react-hook-form";
import type { DraftForm } from "../../domain/draft/draftForm.ts";

/** The message of the error at a field or list name (a list's own error sits at `root`). */
export function errorAt(errors: FieldErrors<DraftForm>, name: string): string | undefined {
  const error: unknown = get(errors, name);
  if (typeof error !== "object" || error === null) return undefined;
  const own = Reflect.get(error, "message");
  if (typeof own === "string") return own;
  const root: unknown = Reflect.get(error, "root");
  const rootMessage = typeof root === "object" && root !== null ? Reflect.get(root, "message") : undefined;
  return typeof rootMessage === "string" ? rootMessage : undefined;
}
