import type { Page } from "@playwright/test";

/** The open draft as stored in IndexedDB right now (read the way any script on the page could). */
export async function storedDraft(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(async () => {
    const open = indexedDB.open("ccadb-incident-report");
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const get = (key: string) =>
      new Promise<unknown>((resolve) => {
        const request = db.transaction("drafts").objectStore("drafts").get(key);
        request.onsuccess = () => resolve(request.result);
      });
    const id = await get("lastOpened");
    const record = typeof id === "string" ? await get(`draft:${id}`) : null;
    db.close();
    return record && typeof record === "object" && "draft" in record ? (record.draft as Record<string, unknown>) : null;
  });
}
