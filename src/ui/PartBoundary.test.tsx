// @vitest-environment jsdom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PartBoundary } from "./PartBoundary.tsx";

// React warns unless the environment says it runs act().
Reflect.set(globalThis, "IS_REACT_ACT_ENVIRONMENT", true);

function Fails({ when }: { when: boolean }) {
  if (when) throw new TypeError("key must be a string");
  return <p>step content</p>;
}

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

describe("PartBoundary", () => {
  it("shows what failed in its part and leaves the rest of the page", () => {
    act(() =>
      root.render(
        <main>
          <nav>steps</nav>
          <PartBoundary part="The Related Incidents step" resetKey="relatedIncidents">
            <Fails when />
          </PartBoundary>
        </main>,
      ),
    );
    expect(host.querySelector("nav")?.textContent).toBe("steps");
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("The Related Incidents step stopped working.");
    expect(alert?.textContent).toContain("key must be a string");
  });

  it("tries again when its key changes (another step is opened), and on Try again", () => {
    const show = (failing: boolean, key: string) =>
      act(() =>
        root.render(
          <PartBoundary part="The Review step" resetKey={key}>
            <Fails when={failing} />
          </PartBoundary>,
        ),
      );
    show(true, "review");
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    // Fixed, but the same step: the message stays until the author tries again or opens another step.
    show(false, "review");
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    show(false, "summary");
    expect(host.textContent).toBe("step content");

    show(true, "timeline");
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    show(false, "timeline");
    act(() => host.querySelector("button")?.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    expect(host.textContent).toBe("step content");
  });
});
