/**
 * Gives every item an id and turns the action items' references into ids.
 * Ids are deterministic (c1, l1, a1…) so imports compare equal; an id the
 * report names as `unknown item "c1"` is never reused for an item.
 */
import { ITEM_NAMES, lessonName } from "../draft/catalogue.ts";
import { LESSON_LISTS } from "../draft/schema.ts";
import { skipValue, type PendingRef, type ReadContext } from "./context.ts";

const MAX_ID = 64;

function nameOf(ref: PendingRef["ref"]): string {
  switch (ref.kind) {
    case "rootCause":
      return ITEM_NAMES.rootCauses(ref.n);
    case "lesson":
      return lessonName(ref.list, ref.n);
    case "id":
      return ref.id;
  }
}

export function finalizeDraft(ctx: ReadContext): void {
  const { draft } = ctx;
  const refs = ctx.pending.flatMap((p) => p.refs);
  // The renderer numbers lessons by their place in the draft but leaves out empty ones, so a
  // reference may name a lesson past the end of its list: blank lessons keep the numbering.
  if (ctx.mode === "exact") {
    for (const { ref } of refs) {
      if (ref.kind !== "lesson") continue;
      const list = draft.lessons[ref.list];
      while (list.length < ref.n) list.push({ id: "", text: "" });
    }
  }
  const reserved = new Set(refs.flatMap(({ ref }) => (ref.kind === "id" ? [ref.id] : [])));
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    let n = counters.get(prefix) ?? 0;
    do n++;
    while (reserved.has(`${prefix}${n}`));
    counters.set(prefix, n);
    return `${prefix}${n}`;
  };
  for (const item of draft.timeline) item.id = nextId("t");
  for (const item of draft.relatedIncidents) item.id = nextId("r");
  for (const item of draft.rootCauses) item.id = nextId("c");
  for (const list of LESSON_LISTS) for (const item of draft.lessons[list]) item.id = nextId("l");
  for (const item of draft.actionItems) item.id = nextId("a");

  const resolve = (ref: PendingRef["ref"]): string | undefined => {
    switch (ref.kind) {
      case "rootCause":
        return draft.rootCauses[ref.n - 1]?.id;
      case "lesson":
        return draft.lessons[ref.list][ref.n - 1]?.id;
      case "id":
        return ref.id.length >= 1 && ref.id.length <= MAX_ID ? ref.id : undefined;
    }
  };
  for (const { item, refs: itemRefs } of ctx.pending) {
    for (const { ref, line } of itemRefs) {
      const target = resolve(ref);
      if (target !== undefined) item.addresses.push(target);
      else skipValue(ctx, line, nameOf(ref), ref.kind === "id" ? "not an id a draft can hold" : `there is no ${nameOf(ref)} in this report`);
    }
  }
}
