import { expect, test } from "@playwright/test";

test("the app loads", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Incident Report");
});

test("vite preview sends the deployment headers the README asks hosts to send", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
  // Bugzilla for "Read bug N" (issue 21); this machine only in the e2e build, for the test's local Bugzilla.
  expect(headers["content-security-policy"]).toMatch(/(^|; )connect-src 'self' https:\/\/bugzilla\.mozilla\.org http:\/\/127\.0\.0\.1:\*(;|$)/);
  // Any other origin is refused by the page before a request is made.
  const refused = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener("securitypolicyviolation", (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), { once: true }));
    const sent = await fetch("https://bugzilla.mozilla.org.example/rest/bug/1").then(
      () => "sent",
      () => "failed",
    );
    return `${sent}: ${await violation}`;
  });
  expect(refused).toBe("failed: connect-src https://bugzilla.mozilla.org.example/rest/bug/1");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  // Framed by another page, the app refuses to show.
  const framed = await page.evaluate(async () => {
    const frame = document.createElement("iframe");
    frame.src = location.href;
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      return frame.contentDocument?.querySelector("h1")?.textContent ?? "";
    } catch {
      return "";
    }
  });
  expect(framed).toBe("");
});
