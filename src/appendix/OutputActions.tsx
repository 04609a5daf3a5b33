/** Downloads, the S/MIME option, and handing suggestions to the report. */
import { useId } from "react";

type Props = {
  rowCount: number;
  smime: boolean;
  onSmimeChange(smime: boolean): void;
  onDownloadCsv(): void;
  /** Shown when some cell would run as a formula in a spreadsheet. */
  onDownloadSpreadsheetSafeCsv?: () => void;
  onDownloadCrtSh(): void;
  onApplyImpact(): void;
  onInsertSummary(): void;
};

const BUTTON = "rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 disabled:opacity-50 ";

export function OutputActions({ rowCount, smime, onSmimeChange, onDownloadCsv, onDownloadSpreadsheetSafeCsv, onDownloadCrtSh, onApplyImpact, onInsertSummary }: Props) {
  const id = useId();
  const none = rowCount === 0;
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-2">
        <input id={`${id}-smime`} type="checkbox" checked={smime} onChange={(e) => onSmimeChange(e.target.checked)} />
        <label htmlFor={`${id}-smime`} className="text-sm">
          S/MIME: withhold subjects and names (personal data); serials and hashes stay
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} disabled={none} onClick={onDownloadCsv}>
          Download CSV
        </button>
        {onDownloadSpreadsheetSafeCsv && (
          <button type="button" className={BUTTON} disabled={none} onClick={onDownloadSpreadsheetSafeCsv}>
            Download spreadsheet-safe CSV
          </button>
        )}
        <button type="button" className={BUTTON} disabled={none} onClick={onDownloadCrtSh}>
          Download crt.sh list
        </button>
        <button type="button" className={BUTTON} disabled={none} onClick={onApplyImpact}>
          Apply to Impact
        </button>
        <button type="button" className={BUTTON} disabled={none} onClick={onInsertSummary}>
          Insert summary into Appendix
        </button>
      </div>
      {rowCount >= 10_000 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">10,000 or more certificates: the guidelines allow the crt.sh list instead of the CSV.</p>
      )}
    </div>
  );
}
