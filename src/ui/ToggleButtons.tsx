type Props<T extends string> = {
  /** The group's accessible name. */
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange(value: T): void;
  /** Layout of the group (inline, or a grid that fills the width). */
  className: string;
};

/** A pair (or more) of pressed/unpressed buttons choosing one view. */
export function ToggleButtons<T extends string>({ label, options, labels, value, onChange, className }: Props<T>) {
  return (
    <div role="group" aria-label={label} className={`rounded-lg border border-slate-300 p-0.5 dark:border-slate-600 ${className}`}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
          className={`rounded-md px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300 ${
            value === option ? "bg-blue-700 text-white dark:bg-blue-600" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
          }`}
        >
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
