/**
 * "Read bug N from Bugzilla" (issue 21): on the author's click only, the
 * page asks Bugzilla for that public bug (the bug number is all it sends),
 * shows what the incident record would gain and what it keeps, and changes
 * it when the author applies it (with Undo). Where the browser cannot read
 * the bug, it says why and offers the fallbacks: the bug page's text pasted
 * into "Import a posted report", or the file `ccadb-report bug N --json`
 * wrote. The reader loads on the first click: it pulls in the importer.
 */
import { useContext, useEffect, useId, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { IncidentRecord } from "../../domain/draft/schema.ts";
import { FilePickerButton } from "../../ui/FilePickerButton.tsx";
import { BUTTON, PRIMARY } from "../../ui/styles.ts";
import { useUndoOffer } from "../../ui/useUndoOffer.tsx";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import type { BugRead } from "./bugReader.ts";
import { bugzillaBase } from "./bugzillaBase.ts";
import { NewDraftContext } from "./newDraftContext.ts";

type State =
  | { at: "idle" }
  | { at: "reading" }
  | { at: "failed"; message: string }
  | { at: "read"; read: BugRead; from: string };

const EMPTY: IncidentRecord = { posted: [], questions: [] };

function Fallbacks({ bug }: { bug: number }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      <li>
        Open the bug in a browser where you are signed in if it is not public, copy the page’s text (every comment with its header) and paste it into <strong>Drafts › Import a posted report</strong>: the
        importer reads the comment headers.
      </li>
      <li>
        Or run <code>npx ccadb-report bug {bug} --json &gt; bug-{bug}.json</code> (with <code>--api-key-file</code> for a bug that is not public) and load that file here.
      </li>
    </ul>
  );
}

export function ReadBugPanel() {
  const { getValues, setValue } = useFormContext<DraftForm>();
  const bug = useWatch<DraftForm, "bug">({ name: "bug" });
  const createDraft = useContext(NewDraftContext);
  const [reached, setState] = useState<State>({ at: "idle" });
  const [base] = useState(() => bugzillaBase(window.location.search));
  const host = new URL(base).host;
  const undo = useUndoOffer();
  const heading = useId();
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  if (typeof bug !== "number" || !Number.isInteger(bug) || bug <= 0) return null;
  // A reading of the bug the draft named before is not offered for this one.
  const state: State = reached.at === "read" && reached.read.reading.bug !== bug ? { at: "idle" } : reached;
  const current = () => getValues("incident") ?? EMPTY;

  const read = async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ at: "reading" });
    const reader = await import("./bugReader.ts");
    const result = await reader.readFromBugzilla(bug, base, current(), controller.signal);
    if (controller.signal.aborted) return;
    if (result.ok) return setState({ at: "read", read: result.read, from: host });
    const offline = result.failure.kind === "unreachable" && !navigator.onLine;
    setState({ at: "failed", message: offline ? `This browser is offline: bug ${bug} could not be read from ${host}.` : `Bug ${bug} could not be read: ${result.failure.message}.` });
  };

  const load = async (file: File) => {
    running.current?.abort();
    const reader = await import("./bugReader.ts");
    const result = await reader.readFromFile(file, bug, current());
    setState(result.ok ? { at: "read", read: result.read, from: file.name } : { at: "failed", message: `${result.message}.` });
  };

  const apply = async (read: BugRead) => {
    const { mergeReading } = await import("../../domain/bugzilla/mergeReading.ts");
    // A copy: getValues hands out the form's own object, which the setValues below change.
    const before = structuredClone(current());
    // Merged again: the author may have typed since the bug was read.
    const { record } = mergeReading(before, read.reading);
    const set = (r: IncidentRecord) => {
      setValue("incident.posted", r.posted, { shouldDirty: true });
      setValue("incident.questions", r.questions, { shouldDirty: true });
      setValue("incident.whiteboard", r.whiteboard, { shouldDirty: true });
      setValue("incident.actionItemChangedAt", r.actionItemChangedAt, { shouldDirty: true });
    };
    set(record);
    setState({ at: "idle" });
    undo.offer(`Bug ${read.reading.bug} applied to the incident record: the deadlines above count from it.`, () => set(before));
  };

  const openLatest = async (read: BugRead) => {
    if (!createDraft || !read.latest?.ok) return;
    const { mergeReading } = await import("../../domain/bugzilla/mergeReading.ts");
    await createDraft({ ...read.latest.draft, incident: mergeReading(current(), read.reading).record });
  };

  return (
    <section aria-labelledby={heading} className="space-y-2 rounded-md bg-slate-50 p-2 dark:bg-slate-900">
      <h4 id={heading} className="text-sm font-semibold">
        Read from Bugzilla
      </h4>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Asks {host} for public bug {bug}: only the bug number leaves this browser, nothing from a draft. Nothing changes until you apply it.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={PRIMARY} aria-busy={state.at === "reading"} disabled={state.at === "reading"} onClick={() => void read()}>
          Read bug {bug} from Bugzilla
        </button>
        <FilePickerButton className={BUTTON} accept=".json,application/json" label={`Bug reading file (from ccadb-report bug ${bug} --json)`} onFile={(file) => void load(file)}>
          Load a bug reading file…
        </FilePickerButton>
      </div>
      <div role="status" className="text-sm">
        {state.at === "reading" && `Reading bug ${bug} from ${host}…`}
        {state.at === "read" &&
          `Bug ${state.read.reading.bug} read from ${state.from} (as of ${state.read.reading.retrieved.replace("T", " ").replace("Z", " UTC")}): ${state.read.reading.reports.length} reports and updates, ${state.read.reading.incident.questions.length} questions, ${state.read.reading.incident.questions.filter((q) => q.answeredAt === null).length} open.`}
      </div>
      {state.at === "failed" && (
        <div role="alert" className="space-y-1 text-sm text-red-800 dark:text-red-300">
          <p>{state.message}</p>
          <Fallbacks bug={bug} />
        </div>
      )}
      {state.at === "read" && <ReadingChanges read={state.read} onApply={() => void apply(state.read)} onOpenLatest={createDraft ? () => void openLatest(state.read) : null} />}
    </section>
  );
}

function ReadingChanges({ read, onApply, onOpenLatest }: { read: BugRead; onApply(): void; onOpenLatest: (() => void) | null }) {
  const { changes, kept } = read.merge;
  const hidden = read.reading.privateComments;
  return (
    <div className="space-y-2 text-sm">
      {changes.length === 0 ? (
        <p>The incident record already says everything the bug shows.</p>
      ) : (
        <ul aria-label="What applying changes" className="list-disc space-y-1 pl-5">
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {kept.length > 0 && (
        <ul aria-label="What stays as you entered it" className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {kept.map((k) => (
            <li key={k}>Stays: {k}</li>
          ))}
        </ul>
      )}
      {hidden > 0 && <p>{hidden === 1 ? "1 private comment was" : `${hidden} private comments were`} not read: only a signed-in user sees them.</p>}
      <div className="flex flex-wrap gap-2">
        {changes.length > 0 && (
          <button type="button" className={PRIMARY} onClick={onApply}>
            Apply to the incident record
          </button>
        )}
        {onOpenLatest && read.latest?.ok && (
          <button type="button" className={BUTTON} onClick={onOpenLatest}>
            Open the latest report (comment {read.latest.comment}) as a new draft
          </button>
        )}
      </div>
      {onOpenLatest && read.latest?.ok && changes.length > 0 && <p>The new draft shares this incident’s record: apply first to have the bug’s facts in it.</p>}
      {read.latest && !read.latest.ok && <p>No draft from the bug: {read.latest.message}.</p>}
    </div>
  );
}
