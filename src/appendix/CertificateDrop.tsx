/**
 * The Appendix step's certificate list: files in (parsed in a Web Worker),
 * revocation set from CRLs, the deadline or by hand, the guidelines' CSV or
 * crt.sh list out, and suggestions for Impact and the Appendix text.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { CertificateKind, CertificateRow } from "../domain/draft/schema.ts";
import { instantOf } from "../domain/draft/datetime.ts";
import type { CertificateType } from "../domain/appendix/certificateTypes.ts";
import type { ParsedCrl } from "../domain/appendix/crl.ts";
import { toCrtShList } from "../domain/appendix/crtsh.ts";
import { formulaCells, toCsv } from "../domain/appendix/csv.ts";
import { CRTSH_FILE_NAME, CSV_FILE_NAME, SPREADSHEET_SAFE_CSV_FILE_NAME } from "../domain/appendix/files.ts";
import { suggestImpact, type ImpactSuggestion } from "../domain/appendix/impact.ts";
import type { Problem } from "../domain/appendix/problems.ts";
import { applyRevocation, setRevocation, type Deadline, type RevocationFields, type RevocationPolicy } from "../domain/appendix/revocation.ts";
import { appendixSummary } from "../domain/appendix/summary.ts";
import { admitFiles } from "../domain/appendix/admit.ts";
import { sizeProblem } from "../domain/limits/inputLimits.ts";
import { formatCount } from "../domain/text/formatCount.ts";
import { useUndoOffer } from "../ui/useUndoOffer.tsx";
import { CertificateInputs } from "./CertificateInputs.tsx";
import { CountsTable } from "./CountsTable.tsx";
import { FormulaCellsNote } from "./FormulaCellsNote.tsx";
import { downloadText } from "../ui/download.ts";
import { OutputActions } from "./OutputActions.tsx";
import { ParseStatus, ProblemList } from "./ParseStatus.tsx";
import { RevocationControls } from "./RevocationControls.tsx";
import { RowsTable } from "./RowsTable.tsx";
import { useAppendixParser } from "./useAppendixParser.ts";
import type { ParseDone, WorkerFile } from "./workerProtocol.ts";

export type CertificateDropProps = {
  rows: CertificateRow[];
  certificateKind: CertificateKind;
  onRowsChange(rows: CertificateRow[]): void;
  onCertificateKindChange(kind: CertificateKind): void;
  /** When the CA became aware (draft.summary.nonComplianceIdentified); may be "". */
  awareAt: string;
  onApplyImpact(s: ImpactSuggestion): void;
  onInsertAppendixSummary(markdown: string): void;
  /** Shown under the output buttons: what "Apply to Impact" asks or did. */
  impactPanel?: ReactNode;
};

async function toWorkerFiles(files: readonly File[]): Promise<WorkerFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

type Info = { duplicates: number; crlMatches: number; problems: Problem[]; problemsNotListed: number };

export function CertificateDrop(props: CertificateDropProps) {
  const { rows, certificateKind, onRowsChange, onCertificateKindChange, awareAt, onApplyImpact, onInsertAppendixSummary, impactPanel } = props;
  // Every input of this session, re-read together so pairing and duplicates span files.
  // A ref, not state: files arrive after an async read, and two drops in one render must both be kept.
  const inputs = useRef<WorkerFile[]>([]);
  const [deadline, setDeadline] = useState<Deadline | "">("");
  const [crls, setCrls] = useState<ParsedCrl[]>([]);
  const [types, setTypes] = useState<Map<string, CertificateType[]>>(new Map());
  // Files refused for their size before reading: kept for the session's problem list.
  const refused = useRef<Problem[]>([]);
  const [info, setInfo] = useState<Info>({ duplicates: 0, crlMatches: 0, problems: [], problemsNotListed: 0 });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  // Expiry is judged at the last change, not on every render (renders stay pure).
  const [now, setNow] = useState(() => Date.now());

  const policy = useCallback(
    (chosen: Deadline | ""): RevocationPolicy => ({ now: Date.now(), awareAtMs: instantOf(awareAt), deadline: chosen || null }),
    [awareAt],
  );

  const onDone = useCallback(
    (result: ParseDone) => {
      setCrls(result.crls);
      setTypes(new Map(result.types));
      setInfo({
        duplicates: result.duplicates,
        crlMatches: result.crlMatches,
        problems: [...refused.current, ...result.problems],
        problemsNotListed: result.problemsNotListed,
      });
      setSelected(new Set());
      setNow(Date.now());
      onRowsChange(result.rows);
    },
    [onRowsChange],
  );
  const parser = useAppendixParser(onDone);
  // Setting the revocation fields of many rows at once overwrites what each row said (from a CRL, or typed):
  // Undo puts it back, until the rows are made again (more files, another deadline), which Undo would undo too.
  const bulk = useUndoOffer();

  function add(files: WorkerFile[]) {
    bulk.withdraw();
    inputs.current = [...inputs.current, ...files];
    parser.parse(inputs.current, policy(deadline));
  }

  function refuse(problems: Problem[]) {
    refused.current = [...refused.current, ...problems];
    setInfo((current) => ({ ...current, problems: [...problems, ...current.problems] }));
  }

  /** Reads only the files within the size limits; the others are listed as problems, unread. */
  function addFiles(files: readonly File[]) {
    const sessionBytes = inputs.current.reduce((sum, file) => sum + file.bytes.length, 0);
    const { admitted, refused: tooLarge } = admitFiles(files, sessionBytes);
    if (tooLarge.length) refuse(tooLarge);
    if (admitted.length) void toWorkerFiles(admitted).then(add);
  }

  function addPasted(text: string) {
    const bytes = new TextEncoder().encode(text);
    const name = `Pasted PEM ${inputs.current.length + 1}`;
    const tooLarge = sizeProblem("pastedPem", bytes.length, "the pasted text");
    if (tooLarge) refuse([{ file: name, position: "", message: tooLarge }]);
    else addFiles([new File([bytes], name)]);
  }

  function changeDeadline(next: Deadline | "") {
    bulk.withdraw();
    setDeadline(next);
    setNow(Date.now());
    if (rows.length) onRowsChange(applyRevocation(rows, crls, policy(next)).rows);
  }

  function set(fields: RevocationFields, onlySelected: boolean) {
    const before = rows;
    const count = onlySelected ? selected.size : rows.length;
    onRowsChange(setRevocation(rows, onlySelected ? selected : null, fields));
    bulk.offer(`Revocation set for ${formatCount(count)} ${count === 1 ? "row" : "rows"}.`, () => onRowsChange(before));
  }

  const impact = useMemo(() => suggestImpact(rows, types, now), [rows, types, now]);
  const smime = certificateKind === "smime";
  const formulas = useMemo(() => formulaCells(rows, { smime }), [rows, smime]);

  return (
    <section aria-labelledby="certificate-drop-title" className="space-y-4 text-slate-900 dark:text-slate-100">
      <h3 id="certificate-drop-title" className="text-base font-semibold">
        Affected certificates
      </h3>
      <CertificateInputs
        disabled={parser.busy}
        onCertificateFiles={addFiles}
        onCrlFiles={addFiles}
        onPaste={addPasted}
      />
      <ParseStatus parser={parser} />
      <ProblemList problems={info.problems} notListed={info.problemsNotListed} />
      <CountsTable rows={rows} impact={impact} duplicates={info.duplicates} crlMatches={info.crlMatches} />
      <RowsTable rows={rows} selected={selected} onSelectedChange={setSelected} />
      {rows.length > 0 && (
        <RevocationControls awareAt={awareAt} deadline={deadline} onDeadlineChange={changeDeadline} selectedCount={selected.size} onSet={set} />
      )}
      <OutputActions
        rowCount={rows.length}
        smime={smime}
        onSmimeChange={(checked) => onCertificateKindChange(checked ? "smime" : "tls")}
        onDownloadCsv={() => downloadText(CSV_FILE_NAME, toCsv(rows, { smime }), "text/csv;charset=utf-8")}
        onDownloadSpreadsheetSafeCsv={
          formulas.length === 0
            ? undefined
            : () => downloadText(SPREADSHEET_SAFE_CSV_FILE_NAME, toCsv(rows, { smime, spreadsheetSafe: true }), "text/csv;charset=utf-8")
        }
        onDownloadCrtSh={() => downloadText(CRTSH_FILE_NAME, toCrtShList(rows), "text/plain;charset=utf-8")}
        onApplyImpact={() => onApplyImpact(impact)}
        onInsertSummary={() => onInsertAppendixSummary(appendixSummary(rows, impact, certificateKind))}
      />
      <FormulaCellsNote cells={formulas} />
      {impactPanel}
      {impact.rowsWithoutTypes > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {impact.rowsWithoutTypes} rows were not read in this session, so their certificate types are unknown: drop their files again to include them.
        </p>
      )}
    </section>
  );
}
