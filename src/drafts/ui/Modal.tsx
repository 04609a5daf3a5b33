import { useEffect, useId, useRef, type ReactNode } from "react";
import { DIALOG } from "./styles.ts";

type Props = { open: boolean; title: string; onClose(): void; children: ReactNode; role?: "dialog" | "alertdialog" };

/**
 * A native modal <dialog>: showModal traps focus, Escape closes it, and the
 * browser returns focus to the control that opened it.
 */
export function Modal({ open, title, onClose, children, role }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} role={role} aria-labelledby={titleId} onClose={onClose} className={DIALOG}>
      {open && (
        <>
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
