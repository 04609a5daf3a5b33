import { Modal } from "../drafts/ui/Modal.tsx";
import { BUTTON, PRIMARY } from "../ui/styles.ts";
import type { ReportChoice } from "./reportChoices.ts";

type Props = {
  from: ReportChoice;
  to: ReportChoice | null;
  /** Whether a new draft can be made (storage is there); otherwise only this draft can change. */
  canStartNew: boolean;
  onStartNew(): void;
  onChangeThis(): void;
  onCancel(): void;
};

/**
 * A report of another kind shows other sections, and the guidelines post each
 * report as its own comment: so the default is a new draft prefilled from
 * this one, and this one stays as it is.
 */
export function KindChangeDialog({ from, to, canStartNew, onStartNew, onChangeThis, onCancel }: Props) {
  return (
    <Modal open={to !== null} title={`Change to a ${to?.label ?? ""}?`} onClose={onCancel}>
      {to && (
        <>
          <p className="mt-2 text-sm">
            This draft is a {from.label} with content. A {to.label} is usually a separate report posted after it, so the default keeps this draft and starts the {to.label} as
            a new draft prefilled from it.
          </p>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Changing this draft instead keeps everything typed; sections the {to.label} does not have are kept but not shown in the report.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            {canStartNew && (
              <button type="button" className={PRIMARY} autoFocus onClick={onStartNew}>
                Start a new {to.label} from this draft
              </button>
            )}
            <button type="button" className={BUTTON} onClick={onChangeThis}>
              Change this draft to a {to.label}
            </button>
            <button type="button" className={BUTTON} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
