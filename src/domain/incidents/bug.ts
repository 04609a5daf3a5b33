/**
 * A bug of Bugzilla's "CA Certificate Compliance" component, as the finder
 * knows it: the public metadata the REST API returns, nothing more.
 */
export type IncidentBug = {
  id: number;
  /** When the bug was filed, `YYYY-MM-DD` (UTC). */
  date: string;
  summary: string;
  /** Bugzilla's status as of the list's date: `RESOLVED`, `ASSIGNED`, `UNCONFIRMED`… */
  status: string;
  /** `FIXED`, `INVALID`, `DUPLICATE`…; "" while the bug is open. */
  resolution: string;
  /** Whiteboard tags without brackets (`dv-misissuance`), the component's own `ca-compliance` left out. */
  tags: string[];
};

export type IncidentList = {
  /** The day the list was taken, `YYYY-MM-DD`: statuses may have changed since. */
  retrieved: string;
  bugs: IncidentBug[];
};

const CLOSED_STATUSES = new Set(["RESOLVED", "VERIFIED", "CLOSED"]);

/** Open as of the list's date (a bug resolved later still reads open here). */
export function isOpen(bug: IncidentBug): boolean {
  return !CLOSED_STATUSES.has(bug.status);
}

/** The bug's address on bugzilla.mozilla.org. */
export function bugUrl(id: number): string {
  return `https://bugzilla.mozilla.org/show_bug.cgi?id=${id}`;
}
