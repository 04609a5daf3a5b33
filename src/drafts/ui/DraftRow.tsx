import { useState } from "react";
import { summaryLine } from "../../domain/render/bugzilla.ts";
import type { DraftSummary } from "../record.ts";
import { KIND_LABEL, when } from "./format.ts";
import { BUTTON, DANGER, PRIMARY } from "../../ui/styles.ts";

type Props = {
  draft: DraftSummary;
  isOpen: boolean;
  onOpen(): void;
  onDuplicate(): void;
  onRename(title: string): void;
  onDelete(): void;
};

/** One draft in the list: what it is, when it changed, and what can be done with it. */
export function DraftRow({ draft, isOpen, onOpen, onDuplicate, onRename, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(draft.title);
  const name = draft.note ? `${summaryLine(draft)} (${draft.note})` : summaryLine(draft);
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700" aria-current={isOpen ? "true" : undefined}>
      <div>
        <p className="font-medium break-words">
          {name}
          {isOpen && <span className="ml-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs text-blue-900 dark:bg-blue-900 dark:text-blue-100">open</span>}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <span className="font-medium text-slate-800 dark:text-slate-200">{KIND_LABEL[draft.kind]}</span> · {draft.caOwner.trim() || "no CA Owner yet"} · changed{" "}
          {when(draft.updatedAt)} · {draft.postedAt === undefined ? "not posted" : `posted ${when(draft.postedAt)}`}
        </p>
      </div>
      {renaming ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            onRename(title);
            setRenaming(false);
          }}
        >
          <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
            <span>New brief title</span>
            <input
              autoFocus
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-950"
            />
          </label>
          <button type="submit" className={PRIMARY}>
            Save title
          </button>
          <button type="button" className={BUTTON} onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={PRIMARY} onClick={onOpen} aria-label={`Open ${name}`} disabled={isOpen}>
            Open
          </button>
          <button type="button" className={BUTTON} onClick={onDuplicate} aria-label={`Duplicate ${name}`}>
            Duplicate
          </button>
          <button
            type="button"
            className={BUTTON}
            aria-label={`Rename ${name}`}
            onClick={() => {
              setTitle(draft.title);
              setRenaming(true);
            }}
          >
            Rename
          </button>
          <button type="button" className={DANGER} onClick={onDelete} aria-label={`Delete ${name}`}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
