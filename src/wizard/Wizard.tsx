import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { DraftForm } from "../domain/draft/draftForm.ts";
import { focusField } from "./navigation.ts";
import { StepNav } from "./StepNav.tsx";
import { StepView } from "./StepView.tsx";
import { STEPS, stepsFor, type StepId } from "../domain/steps/steps.ts";
import { UnplacedPanel } from "./UnplacedPanel.tsx";
import { PartBoundary } from "../ui/PartBoundary.tsx";

/** Navigation from outside the form (the preview's "Go to Review"), with the same focus handling as inside it. */
export type WizardHandle = { goTo(step: StepId, field?: string | null): void };

type Props = { step: StepId; onStepChange(step: StepId): void; ref?: Ref<WizardHandle> };

const navButton =
  "rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-40";

/** The steps of the report: the step list, the current step's fields, Back and Next. */
export function Wizard({ step, onStepChange, ref }: Props) {
  const { trigger } = useFormContext<DraftForm>();
  const kind = useWatch<DraftForm, "kind">({ name: "kind" });
  const container = useRef<HTMLDivElement>(null);
  // Each navigation bumps `navigations`; the effect then focuses `focusTarget` on the new step.
  const [navigations, setNavigations] = useState(0);
  const focusTarget = useRef<string | null>(null);
  const steps = stepsFor(kind);
  const index = Math.max(0, steps.indexOf(step));
  const current = steps[index];

  // Focus follows navigation, once the new step has rendered.
  // Steps load lazily, so the target may appear a few frames later.
  useEffect(() => {
    if (navigations === 0) return;
    let frame = 0;
    // A field far down a long list appears once the list has filled in: seconds on a busy machine.
    const giveUpAt = performance.now() + 10_000;
    const attempt = () => {
      const lastTry = performance.now() >= giveUpAt;
      if (!focusField(focusTarget.current, container.current, STEPS[current].label, lastTry) && !lastTry) frame = requestAnimationFrame(attempt);
    };
    attempt();
    // Once the user types or clicks, the page is theirs: a late target never takes focus away from them.
    const stop = () => cancelAnimationFrame(frame);
    window.addEventListener("keydown", stop, { once: true, capture: true });
    window.addEventListener("pointerdown", stop, { once: true, capture: true });
    return () => {
      stop();
      window.removeEventListener("keydown", stop, { capture: true });
      window.removeEventListener("pointerdown", stop, { capture: true });
    };
    // `current` is read when the navigation happens; focusing again on every step change is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [navigations]);

  // Review checks everything, and from then on every field shows what is wrong with it.
  // After Review has painted: checking the large example takes tens of milliseconds.
  useEffect(() => {
    if (current !== "review") return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => void trigger(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [current, trigger]);

  const goTo = (next: StepId, field: string | null = null) => {
    onStepChange(next);
    focusTarget.current = field;
    setNavigations((n) => n + 1);
  };

  useImperativeHandle(ref, () => ({ goTo }));

  // Next always moves on: a first draft is written out of order, and the step list badges what is left.
  const onNext = () => {
    if (index < steps.length - 1) goTo(steps[index + 1]);
  };

  return (
    <div className="space-y-6">
      <PartBoundary part="The step list" resetKey={current}>
        <StepNav kind={kind} current={current} onSelect={(id) => goTo(id)} />
      </PartBoundary>
      <PartBoundary part="The text not placed in a field">
        <UnplacedPanel />
      </PartBoundary>
      <div ref={container} className="space-y-6">
        {/* One step that fails leaves the others (and Back, Next) usable; opening a step tries again. */}
        <PartBoundary part={`The ${STEPS[current].label} step`} heading={STEPS[current].label} resetKey={current}>
          <StepView step={current} onGoTo={goTo} />
        </PartBoundary>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4 print:hidden dark:border-slate-700">
        <button
          type="button"
          className={`${navButton} border border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800`}
          disabled={index === 0}
          onClick={() => goTo(steps[index - 1])}
        >
          Back
        </button>
        {index < steps.length - 1 && (
          <button type="button" className={`${navButton} bg-blue-700 text-white hover:bg-blue-800`} onClick={onNext}>
            Next
          </button>
        )}
      </div>
    </div>
  );
}
