import type { Draft } from "../domain/draft/schema.ts";
import { EXAMPLE_IDS, type ExampleId } from "../domain/examples/catalog.ts";


/** An example's draft; the examples load on demand, they are not part of the app's first download. */
export async function loadExample(id: ExampleId | "large"): Promise<Draft> {
  if (id === "large") return (await import("../domain/examples/largeDraft.ts")).largeDraft();
  return (await import("../domain/examples/index.ts")).exampleDraft(id);
}

/** `?example=<id>` (or `large`, for benchmarks) opens that example directly. */
export async function draftFromUrl(search: string): Promise<Draft | null> {
  const id = new URLSearchParams(search).get("example");
  if (id === "large") return loadExample("large");
  const known = EXAMPLE_IDS.find((x) => x === id);
  return known ? loadExample(known) : null;
}
