/**
 * The Appendix step's certificate list: files in (parsed in a Web Worker),
 * revocation set from CRLs, the deadline or by hand, the guidelines' CSV or
 * crt.sh list out, and suggestions for Impact and the Appendix text.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { CertificateKind, CertificateRow } from "../domain/draft/schema.ts";
import { instantOf } from "../domain/draft/datetime.ts";
import type { CertificateType } from "../domain/appendix/certificateTypes.ts";
import type { ParsedCrl } from "../domain/appendix/crl.ts";
import { toCrtShList } from "../domain/appendix/crtsh.ts";
import { toCsv } from "../domain/appendix/csv.ts";
import { CRTSH_FILE_NAME, CSV_FILE_NAME } from "../domain/appendix/files.ts";
import { suggestImpact } from "../domain/appendix/impact.ts";
import type { Problem } from "../domain/appendix/problems.ts";
import { applyRevocation, setRevocation, type Deadline, type RevocationFields, type RevocationPolicy } from "../domain/appendix/revocation.ts";
import { appendixSummary } from "../domain/appendix/summary.ts";
import { CertificateInputs } from "./CertificateInputs.tsx";
import { CountsTable } from "./CountsTable.tsx";
import { downloadText } from "./download.ts";
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
  onApplyImpact(s: { totalCertificates: number; remainingValidCertificates: number; affectedCertificateTypes: string }): void;
  onInsertAppendixSummary(markdown: string): void;
};

async function toWorkerFiles(files: readonly File[]): Promise<WorkerFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

export function CertificateDrop(props: CertificateDropProps) {
  const { rows, certificateKind, onRowsChange, onCertificateKindChange, awareAt, onApplyImpact, onInsertAppendixSummary } = props;
  // Every input of this session, re-read together so pairing and duplicates span files.
  // A ref, not state: files arrive after an async read, and two drops in one render must both be kept.
  const inputs = useRef<WorkerFile[]>([]);
  const [deadline, setDeadline] = useState<Deadline | "">("");
  const [crls, setCrls] = useState<ParsedCrl[]>([]);
  const [types, setTypes] = useState<Map<string, CertificateType[]>>(new Map());
  const [info, setInfo] = useState<{ duplicates: number; crlMatches: number; problems: Problem[] }>({ duplicates: 0, crlMatches: 0, problems: [] });
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
      setInfo({ duplicates: result.duplicates, crlMatches: result.crlMatches, problems: result.problems });
      setSelected(new Set());
      setNow(Date.now());
      onRowsChange(result.rows);
    },
    [onRowsChange],
  );
  const parser = useAppendixParser(onDone);

  function add(files: WorkerFile[]) {
    inputs.current = [...inputs.current, ...files];
    parser.parse(inputs.current, policy(deadline));
  }

  function changeDeadline(next: Deadline | "") {
    setDeadline(next);
    setNow(Date.now());
    if (rows.length) onRowsChange(applyRevocation(rows, crls, policy(next)).rows);
  }

  function set(fields: RevocationFields, onlySelected: boolean) {
    onRowsChange(setRevocation(rows, onlySelected ? selected : null, fields));
  }

  const impact = useMemo(() => suggestImpact(rows, types, now), [rows, types, now]);
  const smime = certificateKind === "smime";

  return (
    <section aria-labelledby="certificate-drop-title" className="space-y-4 text-slate-900 dark:text-slate-100">
      <h3 id="certificate-drop-title" className="text-base font-semibold">
        Affected certificates
      </h3>
      <CertificateInputs
        disabled={parser.busy}
        onCertificateFiles={(files) => void toWorkerFiles(files).then(add)}
        onCrlFiles={(files) => void toWorkerFiles(files).then(add)}
        onPaste={(text) => add([{ name: `Pasted PEM ${inputs.current.length + 1}`, bytes: new TextEncoder().encode(text) }])}
      />
      <ParseStatus parser={parser} />
      <ProblemList problems={info.problems} />
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
        onDownloadCrtSh={() => downloadText(CRTSH_FILE_NAME, toCrtShList(rows), "text/plain;charset=utf-8")}
        onApplyImpact={() =>
          onApplyImpact({
            totalCertificates: impact.totalCertificates,
            remainingValidCertificates: impact.remainingValidCertificates,
            affectedCertificateTypes: impact.affectedCertificateTypes,
          })
        }
        onInsertSummary={() => onInsertAppendixSummary(appendixSummary(rows, impact, certificateKind))}
      />
      {impact.rowsWithoutTypes > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {impact.rowsWithoutTypes} rows were not read in this session, so their certificate types are unknown: drop their files again to include them.
        </p>
      )}
    </section>
  );
}
