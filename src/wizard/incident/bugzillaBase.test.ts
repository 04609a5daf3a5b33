import { describe, expect, it } from "vitest";
import { DEPLOYMENT_HEADERS } from "../../../vite.config.ts";
import { bugzillaBase } from "./bugzillaBase.ts";

describe("bugzillaBase", () => {
  it("is bugzilla.mozilla.org in a production build, whatever the address asks", () => {
    expect(bugzillaBase("?bugzilla=http://127.0.0.1:9999/", false)).toBe("https://bugzilla.mozilla.org");
  });

  it("takes ?bugzilla= in test builds, only as an http(s) address", () => {
    expect(bugzillaBase("?bugzilla=http%3A%2F%2F127.0.0.1%3A9999%2Fbmo%2F", true)).toBe("http://127.0.0.1:9999/bmo/");
    expect(bugzillaBase("?bugzilla=javascript:alert(1)", true)).toBe("https://bugzilla.mozilla.org");
    expect(bugzillaBase("?bugzilla=not a url", true)).toBe("https://bugzilla.mozilla.org");
    expect(bugzillaBase("", true)).toBe("https://bugzilla.mozilla.org");
  });

  it("matches the one other origin the production CSP lets the page connect to", () => {
    const csp = DEPLOYMENT_HEADERS["Content-Security-Policy"];
    expect(csp.split("; ").filter((d) => d.startsWith("connect-src"))).toEqual(["connect-src 'self' https://bugzilla.mozilla.org"]);
    expect(bugzillaBase("", false)).toBe("https://bugzilla.mozilla.org");
  });
});
