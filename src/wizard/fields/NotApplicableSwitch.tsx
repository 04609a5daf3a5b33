import { useRef } from "react";
import { NOT_APPLICABLE } from "../../domain/draft/catalogue.ts";

type Props<T> = {
  label: string;
  value: T;
  empty: T;
  onChange(value: T | typeof NOT_APPLICABLE): void;
};

/**
 * The explicit "Not applicable" choice. Unticking it gives back what was
 * there before, so nothing typed is lost by trying it.
 */
export function NotApplicableSwitch<T>({ label, value, empty, onChange }: Props<T>) {
  const previous = useRef<T>(empty);
  const checked = value === NOT_APPLICABLE;
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <input
        type="checkbox"
        className="size-4 rounded border-slate-400 accent-blue-700"
        checked={checked}
        aria-label={`${label}: not applicable`}
        onChange={(e) => {
          if (e.target.checked) {
            previous.current = value;
            onChange(NOT_APPLICABLE);
          } else {
            onChange(previous.current === NOT_APPLICABLE ? empty : previous.current);
          }
        }}
      />
      Not applicable
    </label>
  );
}
