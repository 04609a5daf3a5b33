/**
 * Reads the structure of a rendered report back out of HTML, so tests can
 * check what Bugzilla will show: headings in order, labels, table shapes.
 */
import { JSDOM } from "jsdom";

export type Block =
  | { type: "heading"; level: number; text: string }
  | { type: "list"; labels: string[]; items: Element[] }
  | { type: "table"; header: string[]; rows: string[][] }
  | { type: "other"; tag: string; text: string };

// One document for every parse: a JSDOM window per call is never freed, and 10,000 property runs ran out of memory.
let shared: Document | undefined;

/** The HTML's elements, as children of a detached element. */
export function parseHtml(html: string): Element {
  shared ??= new JSDOM("<!doctype html><body></body>").window.document;
  const holder = shared.createElement("div");
  holder.innerHTML = html;
  return holder;
}

/** The text of the first <strong> that is a direct part of a list item (its label), without the colon. */
export function itemLabel(li: Element): string {
  const holder = li.firstElementChild?.tagName === "P" ? li.firstElementChild : li;
  const strong = Array.from(holder.children).find((c) => c.tagName === "STRONG");
  return (strong?.textContent ?? "").replace(/:$/, "");
}

export function directItems(list: Element): Element[] {
  return Array.from(list.children).filter((c) => c.tagName === "LI");
}

/** The top-level blocks of the document, in order. */
export function topLevelBlocks(body: Element): Block[] {
  return Array.from(body.children).map((el): Block => {
    const tag = el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) return { type: "heading", level: Number(tag[1]), text: el.textContent ?? "" };
    if (tag === "ul" || tag === "ol") {
      const items = directItems(el);
      return { type: "list", labels: items.map(itemLabel), items };
    }
    if (tag === "table") {
      const header = Array.from(el.querySelectorAll("thead th")).map((c) => c.textContent ?? "");
      const rows = Array.from(el.querySelectorAll("tbody tr")).map((tr) => Array.from(tr.children).map((c) => c.textContent ?? ""));
      return { type: "table", header, rows };
    }
    return { type: "other", tag, text: el.textContent ?? "" };
  });
}
