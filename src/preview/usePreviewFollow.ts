import { useEffect, type RefObject } from "react";
import type { EditingItem } from "./editingItem.ts";

/** The element of the rendered report that shows an item: a field's bullet, a timeline entry, a table row, a contributing factor, a lesson. */
function itemElement(section: Element, item: EditingItem): Element | null {
  const { label } = item;
  // A single field: the bullet labelled with its name (nested under "Timeline summary" for the dates).
  if (label !== undefined) return [...section.querySelectorAll("li")].find((li) => li.querySelector(":scope > strong, :scope > p > strong")?.textContent === `${label}:`) ?? null;
  switch (item.section) {
    case "timeline":
      return section.querySelectorAll(":scope > ul > li")[item.position] ?? null;
    case "relatedIncidents":
    case "actionItems":
      return section.querySelectorAll("tbody > tr")[item.position] ?? null;
    case "lessons":
      // Four labelled bullets, each with its lessons as a nested list.
      return section.querySelectorAll(":scope > ul > li")[item.group ?? -1]?.querySelectorAll(":scope > ul > li")[item.position] ?? null;
    case "rootCauses":
      return [...section.querySelectorAll(":scope > p")].find((p) => p.textContent?.startsWith(`Contributing Factor #${item.position + 1}`)) ?? null;
    default:
      return null;
  }
}

/** The nearest ancestor that scrolls vertically (the preview column on wide screens), or null for the page. */
function scrollParent(element: Element): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if ((overflow === "auto" || overflow === "scroll") && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}

/** A section goes to the top; an item a third of the way down, so what comes before it stays in view. */
function scrollTo(target: Element, page: boolean, isItem: boolean) {
  const box = target.getBoundingClientRect();
  if (box.height === 0 && box.width === 0) return; // hidden (the form is shown on a narrow screen)
  const behavior: ScrollBehavior = matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  const scroller = scrollParent(target);
  if (scroller) {
    const above = isItem ? scroller.clientHeight / 3 : 8;
    scroller.scrollTo({ top: scroller.scrollTop + box.top - scroller.getBoundingClientRect().top - above, behavior });
  } else if (page) {
    const above = isItem ? window.innerHeight / 3 : 72;
    window.scrollTo({ top: window.scrollY + box.top - above, behavior });
  }
}

/** Calls `run` after each change to the elements under `content` (not to attributes); returns the way to stop. */
function whenContentChanges(content: Element, run: () => void): () => void {
  const observer = new MutationObserver(run);
  observer.observe(content, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

/**
 * The preview follows the wizard: a new step scrolls the preview to its
 * section, and the item whose field is being edited is marked
 * (`data-editing`) and scrolled to. `page`: the preview is the page (the
 * narrow layout's Preview view), so the page itself may scroll.
 */
export function usePreviewFollow(root: RefObject<HTMLElement | null>, step: string, item: EditingItem | null, page: boolean, shown: unknown) {
  const itemKey = item ? `${item.section}:${item.label ?? item.group ?? ""}:${item.position}` : "";
  // Mark the item again when the preview shows something new (`shown`: a re-rendered table may have new rows) or another item is edited.
  useEffect(() => {
    const content = root.current;
    if (!content) return;
    const mark = () => {
      const section = item ? content.querySelector(`[data-section="${item.section}"]`) : null;
      const element = section && item ? itemElement(section, item) : null;
      for (const old of content.querySelectorAll("[data-editing]")) if (old !== element) old.removeAttribute("data-editing");
      if (element && !element.hasAttribute("data-editing")) element.setAttribute("data-editing", "");
    };
    mark();
    // The report renders in pieces, later than this effect on a busy machine: mark again whenever its elements change.
    return whenContentChanges(content, mark);
    // `item` is read through `itemKey`, its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemKey, shown]);
  useEffect(() => {
    const content = root.current;
    if (!content) return;
    let sectionShown = false;
    const follow = (): boolean => {
      const section = content.querySelector(`[data-section="${step}"]`);
      const element = section && item && item.section === step ? itemElement(section, item) : null;
      if (element) {
        scrollTo(element, page, true);
        return true;
      }
      // The section once; then only its item, when it appears, moves the preview again.
      if (section && !sectionShown) scrollTo(section, page, false);
      sectionShown ||= section !== null;
      return section !== null && !(item && item.section === step);
    };
    if (follow()) return;
    // Not rendered yet (the preview catches up after the step on a slow machine): follow as soon as it is.
    const stop = whenContentChanges(content, () => {
      if (follow()) stop();
    });
    return stop;
    // Scrolls when the step, the item or the view changes; not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, itemKey, page]);
}
