/** A button that opens the system's file picker for one file; the hidden input carries the accessible name. */
import { useRef, type ReactNode } from "react";

type Props = {
  children: ReactNode;
  className: string;
  accept: string;
  /** Names the file input for assistive technology and tests. */
  label: string;
  onFile(file: File): void;
};

export function FilePickerButton({ children, className, accept, label, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again is a new choice.
          event.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
