import { useId } from "react";
import type { FoundReport } from "../../domain/import/importReport.ts";

type Props = { reports: readonly FoundReport[]; chosen: number; onChoose(index: number): void };

/** "Full Incident Report, comment 2, posted 2025-03-14T16:30:00Z", or its line when the paste showed no comment header. */
function labelOf(report: FoundReport): string {
  const where = report.comment !== undefined ? `comment ${report.comment}` : `line ${report.line}`;
  return `${report.heading}, ${where}${report.at ? `, posted ${report.at}` : ""}`;
}

/** Which report of a paste with several (a whole bug page) to read; the importer's choice, the most complete, comes checked. */
export function ReportChoice({ reports, chosen, onChoose }: Props) {
  const name = useId();
  return (
    <fieldset className="space-y-1 text-sm">
      <legend className="font-medium">This text holds {reports.length} reports. Which one should be read?</legend>
      {reports.map((report, i) => (
        <label key={report.line} className="flex items-center gap-2">
          <input type="radio" name={name} checked={chosen === i} onChange={() => onChoose(i)} />
          {labelOf(report)}
        </label>
      ))}
      <p className="text-slate-600 dark:text-slate-400">
        The others stay with the draft, set aside. Reports whose comment time the page shows go into the incident record.
      </p>
    </fieldset>
  );
}
