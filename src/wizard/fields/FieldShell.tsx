import type { ReactNode } from "react";
import { fieldId } from "../../domain/draft/draftForm.ts";

type FieldShellProps = {
  name: string;
  label: string;
  help?: string;
  error?: string;
  /** The "Not applicable" switch, when the field may be N/A. */
  notApplicable?: ReactNode;
  /** Set when the control labels itself (a group of inputs with their own names). */
  labelledElsewhere?: boolean;
  children: ReactNode;
};

/** Label, help and error around one field; the ids tie them to the control for assistive technology. */
export function FieldShell({ name, label, help, error, notApplicable, labelledElsewhere, children }: FieldShellProps) {
  const id = fieldId(name);
  return (
    <div className="space-y-1.5" data-field={name}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        {labelledElsewhere ? (
          <span id={`${id}-label`} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
            {label}
          </span>
        ) : (
          <label htmlFor={id} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
            {label}
          </label>
        )}
        {notApplicable}
      </div>
      {help && (
        <p id={`${id}-help`} className="text-sm text-slate-600 dark:text-slate-400">
          {help}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria attributes every control in a FieldShell carries. */
export function describedBy(name: string, help: boolean, error: boolean): { "aria-describedby"?: string; "aria-invalid"?: true } {
  const id = fieldId(name);
  const ids = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { ...(ids ? { "aria-describedby": ids } : {}), ...(error ? { "aria-invalid": true } : {}) };
}

/** The look of every text-like control; `inputClass` adds full width. */
export const inputBaseClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 " +
  "focus:border-blue-600 focus:outline-2 focus:outline-offset-1 focus:outline-blue-600 disabled:bg-slate-100 disabled:text-slate-500 " +
  "aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:disabled:bg-slate-800 dark:aria-invalid:border-red-400";

export const inputClass = `block w-full ${inputBaseClass}`;
