import { useWatch } from "react-hook-form";
import { ITEM_FIELDS, ITEM_NAMES, LESSON_FIELDS, lessonName } from "../../domain/draft/catalogue.ts";
import { LESSON_LISTS } from "../../domain/draft/schema.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { fieldId } from "../../domain/draft/draftForm.ts";
import { describedBy } from "./FieldShell.tsx";
import { useDraftField } from "./useDraftField.ts";

type Option = { id: string; name: string; text: string; needed: boolean };

/** What an action item can address: every contributing factor and lesson, by the name the report shows. */
function useOptions(): Option[] {
  const [rootCauses, lessons] = useWatch<DraftForm, ["rootCauses", "lessons"]>({ name: ["rootCauses", "lessons"] });
  const options: Option[] = rootCauses.map((c, i) => ({ id: c.id, name: ITEM_NAMES.rootCauses(i + 1), text: c.title, needed: true }));
  for (const list of LESSON_LISTS) {
    lessons[list].forEach((l, i) => options.push({ id: l.id, name: lessonName(list, i + 1), text: l.text, needed: LESSON_FIELDS[list].needsAction !== "no" }));
  }
  return options;
}

/** "Corresponding Root Cause(s)": pick from the report's contributing factors and lessons. */
export function AddressesField({ index }: { index: number }) {
  const name = `actionItems.${index}.addresses` as const;
  const { value: fieldValue, inputRef, error, onChange } = useDraftField(name);
  const selected = new Set(Array.isArray(fieldValue) ? fieldValue : []);
  const options = useOptions();
  const spec = ITEM_FIELDS.actionItems.addresses;
  const id = fieldId(name);
  const stale = [...selected].filter((s) => !options.some((o) => o.id === s));
  const toggle = (optionId: string, on: boolean) => onChange(on ? [...selected, optionId] : [...selected].filter((s) => s !== optionId));
  return (
    <fieldset id={id} className="space-y-2" {...describedBy(name, true, Boolean(error))}>
      <legend className="text-sm font-semibold">{spec.label}</legend>
      <p id={`${id}-help`} className="text-sm text-slate-600 dark:text-slate-400">
        {spec.help}
      </p>
      {options.length === 0 && <p className="text-sm italic text-slate-600 dark:text-slate-400">Add contributing factors and lessons first.</p>}
      <div className="grid gap-1.5 sm:grid-cols-2">
        {options
          .filter((o) => o.needed || selected.has(o.id))
          .map((o, n) => (
            <label key={o.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 size-4 shrink-0 accent-blue-700"
                ref={n === 0 ? inputRef : undefined}
                checked={selected.has(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <span>
                <span className="font-medium">{o.name}</span>
                {o.text.trim() && <span className="text-slate-600 dark:text-slate-400">: {o.text.trim().split("\n")[0].slice(0, 80)}</span>}
              </span>
            </label>
          ))}
      </div>
      {stale.length > 0 && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Also addresses {stale.length} item(s) that no longer exist.{" "}
          <button type="button" className="underline" onClick={() => onChange([...selected].filter((s) => !stale.includes(s)))}>
            Remove them
          </button>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
