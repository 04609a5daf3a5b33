/** The BR deadline, and revocation status set by hand for selected or all rows. */
import { useId, useState } from "react";
import type { RevokedValue } from "../domain/draft/schema.ts";
import { REVOKED_VALUES } from "../domain/draft/schema.ts";
import { REASON_NAMES } from "../domain/appendix/reasonCodes.ts";
import type { Deadline, RevocationFields } from "../domain/appendix/revocation.ts";

type Props = {
  awareAt: string;
  deadline: Deadline | "";
  onDeadlineChange(deadline: Deadline | ""): void;
  selectedCount: number;
  onSet(fields: RevocationFields, onlySelected: boolean): void;
};

const INPUT = "rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
const BUTTON = "rounded bg-slate-200 px-3 py-1.5 text-sm disabled:opacity-50 dark:bg-slate-700";

function isRevokedValue(value: string): value is RevokedValue {
  return (REVOKED_VALUES as readonly string[]).includes(value);
}

export function RevocationControls({ awareAt, deadline, onDeadlineChange, selectedCount, onSet }: Props) {
  const id = useId();
  const [revoked, setRevoked] = useState<RevokedValue>("Yes");
  const [date, setDate] = useState("");
  const [reason, setReason] = useState("");
  const fields: RevocationFields = { revoked, revocationDate: date || "N/A", revocationReason: reason };
  return (
    <fieldset className="space-y-3 rounded border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">Revocation</legend>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-deadline`} className="block text-sm">
            BR revocation deadline
          </label>
          <select id={`${id}-deadline`} className={INPUT} value={deadline} onChange={(e) => onDeadlineChange(e.target.value === "24h" || e.target.value === "5d" ? e.target.value : "")}>
            <option value="">None</option>
            <option value="24h">24 hours</option>
            <option value="5d">5 days</option>
          </select>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {awareAt ? `Counted from when the CA became aware: ${awareAt}.` : "Fill in when the CA became aware (Summary) to use a deadline."}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-status`} className="block text-sm">Is revoked?</label>
          <select id={`${id}-status`} className={INPUT} value={revoked} onChange={(e) => isRevokedValue(e.target.value) && setRevoked(e.target.value)}>
            {REVOKED_VALUES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-date`} className="block text-sm">Revocation date</label>
          <input id={`${id}-date`} type="date" className={INPUT} value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm">Revocation reason</label>
          <select id={`${id}-reason`} className={INPUT} value={reason} onChange={(e) => setReason(e.target.value)}>
            <option value="">(none)</option>
            {REASON_NAMES.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
        <button type="button" className={BUTTON} disabled={selectedCount === 0} onClick={() => onSet(fields, true)}>
          Set for selected rows ({selectedCount})
        </button>
        <button type="button" className={BUTTON} onClick={() => onSet(fields, false)}>
          Set for all rows
        </button>
      </div>
    </fieldset>
  );
}
