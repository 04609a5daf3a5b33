/**
 * The form field being edited, for the preview to follow. A tiny store, not
 * React state: a focus change re-renders the preview only, never the form
 * (a step of the large example takes long to render).
 */
export type EditingField = {
  get(): string | null;
  set(name: string | null): void;
  subscribe(listener: () => void): () => void;
};

export function createEditingField(): EditingField {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(name) {
      if (name === current) return;
      current = name;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
