import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { exampleDraft } from "../domain/examples/index.ts";
import { renderReport } from "../domain/render/render.ts";
import { parseHtml } from "../test/reportStructure.ts";
import { OutputBar } from "./output/OutputBar.tsx";
import { Preview } from "./Preview.tsx";

describe("Preview", () => {
  it("is a region named Preview with the rendered report and a format toggle", async () => {
    const draft = exampleDraft("full-no-certificates");
    // prerender waits for the lazily loaded Markdown renderer.
    const { prelude } = await prerender(<Preview draft={draft} />);
    const body = parseHtml(await new Response(prelude).text());
    const section = body.querySelector('section[aria-label="Preview"]');
    expect(section).not.toBeNull();
    expect(section?.querySelector("h2")?.textContent).toBe("Preview");
    const buttons = Array.from(body.querySelectorAll('[role="group"] button')).map((b) => [b.textContent, b.getAttribute("aria-pressed")]);
    expect(buttons).toEqual([
      ["Rendered", "true"],
      ["Markdown", "false"],
    ]);
    expect(body.querySelector("[data-preview-content] h2")?.textContent).toBe("Full Incident Report");
  });
});

describe("OutputBar", () => {
  it("offers the four outputs and counts characters", () => {
    const draft = exampleDraft("closure");
    const body = parseHtml(renderToStaticMarkup(<OutputBar draft={draft} markdown={renderReport(draft)} />));
    expect(Array.from(body.querySelectorAll("button")).map((b) => b.textContent)).toEqual([
      "Copy Markdown",
      "Copy summary line",
      "Download .md",
      "Open in Bugzilla",
    ]);
    expect(body.textContent).toMatch(/(?<![\d,])[\d,]+ \/ 65,535 characters/);
    expect(body.querySelector('[role="status"]')).not.toBeNull();
    expect(body.querySelector('[role="alert"]')).toBeNull();
  });

  it("tells what else a security-sensitive report needs", () => {
    const draft = { ...exampleDraft("closure"), securitySensitive: true };
    const text = parseHtml(renderToStaticMarkup(<OutputBar draft={draft} markdown="x" />)).textContent ?? "";
    expect(text).toContain("CA Security Vulnerability");
    expect(text).toContain("CA Program Security");
    expect(text).toMatch(/add incident-reporting@ccadb\.org to the CC list/);
    expect(text).toMatch(/also email incident-reporting@ccadb\.org/);
  });

  it("raises an alert past Bugzilla's limit, with the guidelines' ways to make it fit", () => {
    const draft = exampleDraft("closure");
    const body = parseHtml(renderToStaticMarkup(<OutputBar draft={draft} markdown={"x".repeat(70_000)} />));
    expect(body.querySelector('[role="alert"]')?.textContent).toContain("70,000 / 65,535 characters");
    expect(body.querySelector('section[aria-labelledby="too-long"]')?.textContent).toMatch(/^4,465 characters too long.*attachments.*crt\.sh/);
  });

  it("posts on the draft's bug once its number is known", () => {
    const draft = { ...exampleDraft("closure"), bug: 1234567 };
    const body = parseHtml(renderToStaticMarkup(<OutputBar draft={draft} markdown="x" />));
    expect(Array.from(body.querySelectorAll("button")).map((b) => b.textContent)).toContain("Post on bug 1234567");
  });
});
