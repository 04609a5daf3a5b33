/** The first rows, with checkboxes to choose which ones a revocation status applies to. */
import type { CertificateRow } from "../domain/draft/schema.ts";

const SHOWN = 100;

type Props = {
  rows: readonly CertificateRow[];
  selected: ReadonlySet<number>;
  onSelectedChange(selected: Set<number>): void;
};

export function RowsTable({ rows, selected, onSelectedChange }: Props) {
  if (rows.length === 0) return null;
  const toggle = (i: number) => {
    const next = new Set(selected);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    onSelectedChange(next);
  };
  return (
    <div className="max-h-80 overflow-auto rounded border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-xs" aria-label="Certificates">
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="p-1">
              <span className="sr-only">Select</span>
            </th>
            <th scope="col" className="p-1">Serial #</th>
            <th scope="col" className="p-1">Subject</th>
            <th scope="col" className="p-1">Not after</th>
            <th scope="col" className="p-1">Is revoked?</th>
            <th scope="col" className="p-1">Revocation date</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row, i) => (
            <tr key={`${row.certificateSha256}${row.precertificateSha256}`} className="border-t border-slate-200 dark:border-slate-700">
              <td className="p-1">
                <input type="checkbox" aria-label={`Select serial ${row.serial}`} checked={selected.has(i)} onChange={() => toggle(i)} />
              </td>
              <td className="p-1 font-mono">{row.serial}</td>
              <td className="max-w-xs truncate p-1">{row.subject}</td>
              <td className="p-1">{row.notAfter}</td>
              <td className="p-1">{row.revoked}</td>
              <td className="p-1">{row.revocationDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="p-2 text-xs text-slate-500 dark:text-slate-400">Showing {SHOWN} of {rows.length} rows; the downloads have all.</p>}
    </div>
  );
}
