import { fieldId } from "../domain/draft/draftForm.ts";

/**
 * Moves focus to a field by its form name, after the step showing it has
 * rendered: the control itself, else the first control inside the item the
 * name points at, else (on the `lastTry`) the step's heading: a long list
 * renders its later items a moment after the step (useProgressiveCount).
 */
export function focusField(name: string | null, container: HTMLElement | null, stepTitle: string, lastTry = false): boolean {
  if (!container) return false;
  const id = name ? fieldId(name) : null;
  const exact = id ? document.getElementById(id) : null;
  const inside = id ? container.querySelector<HTMLElement>(`[id^="${CSS.escape(id)}-"] input, [id^="${CSS.escape(id)}"]`) : null;
  const heading = container.querySelector<HTMLElement>("[data-step-heading]");
  // Until the new step has rendered there is nothing to focus: the caller tries again.
  if (!heading || heading.dataset.stepHeading !== stepTitle) return false;
  if (id && !exact && !inside && !lastTry) return false;
  const target = exact ?? inside ?? heading;
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: "center", behavior: "smooth" });
  return true;
}
