import type { ReactNode } from "react";

/** A step's heading and what the guidelines want from it. */
export function StepIntro({ title, help, children }: { title: string; help: string; children?: ReactNode }) {
  return (
    <header className="space-y-1">
      <h2 className="text-xl font-semibold tracking-tight" tabIndex={-1} data-step-heading={title}>
        {title}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{help}</p>
      {children}
    </header>
  );
}
