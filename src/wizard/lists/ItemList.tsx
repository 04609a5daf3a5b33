import type { ReactNode } from "react";
import { useFieldArray, useFormContext, type ArrayPath, type FieldArray } from "react-hook-form";
import type { DraftForm } from "../form/draftForm.ts";
import { ListError } from "./ListError.tsx";

type Props<N extends ArrayPath<DraftForm>> = {
  name: N;
  /** "Contributing Factor #1", "Timeline entry 3": the group's accessible name. */
  itemName(n: number): string;
  addLabel: string;
  emptyText: string;
  /** A new, empty item with a fresh id (`newId()`). */
  newItem(): FieldArray<DraftForm, N>;
  renderItem(index: number): ReactNode;
  /** Extra buttons beside "Add" (e.g. sort the timeline). */
  actions?: ReactNode;
};

const buttonClass =
  "rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 " +
  "disabled:opacity-40 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

/** A repeatable part of the report: add, remove and reorder items; ids stay with their items. */
export function ItemList<N extends ArrayPath<DraftForm>>({ name, itemName, addLabel, emptyText, newItem, renderItem, actions }: Props<N>) {
  const { control } = useFormContext<DraftForm>();
  // keyName keeps react-hook-form's own key off the draft's `id`, which references use.
  const { fields, append, remove, move } = useFieldArray({ control, name, keyName: "key" });
  return (
    <div className="space-y-4">
      <ListError name={name} />
      {fields.length === 0 && <p className="text-sm text-slate-600 italic dark:text-slate-400">{emptyText}</p>}
      {fields.map((item, index) => (
        <fieldset key={item.key} className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700" aria-label={itemName(index + 1)}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <legend className="contents text-base font-semibold">{itemName(index + 1)}</legend>
            <div className="flex gap-1.5">
              <button type="button" className={buttonClass} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move ${itemName(index + 1)} up`}>
                ↑
              </button>
              <button type="button" className={buttonClass} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move ${itemName(index + 1)} down`}>
                ↓
              </button>
              <button type="button" className={buttonClass} onClick={() => remove(index)} aria-label={`Remove ${itemName(index + 1)}`}>
                Remove
              </button>
            </div>
          </div>
          <ListError name={`${name}.${index}`} />
          {renderItem(index)}
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          onClick={() => append(newItem())}
        >
          {addLabel}
        </button>
        {actions}
      </div>
    </div>
  );
}

export { buttonClass as secondaryButtonClass };
