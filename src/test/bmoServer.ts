/**
 * A local Bugzilla for tests (node:http, in the test process): it answers
 * `GET /rest/bug/N` and `GET /rest/bug/N/comment` in BMO's documented JSON
 * shape, including its errors (101 no such bug, 404; 102 access denied,
 * 401), and misbehaves on request: the first path segment picks how.
 *   /bmo/        as BMO does; comments `pageSize` at a time (honouring new_since)
 *   /slow/       headers, then nothing
 *   /huge/       a JSON body that never ends
 *   /away/       a redirect to another host
 *   /moved/      a redirect to /bmo/ on this host
 *   /html/       an HTML error page (HTTP 502)
 *   /text/       an HTML page with HTTP 200
 *   /flaky/      503 on the first try of each request, then as /bmo/
 *   /down/       503 always
 * Requests (path, query, API key header) are recorded. JSON answers carry
 * `Access-Control-Allow-Origin: *`, as BMO's REST API does, so a page (the
 * app's end-to-end test) may read them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeBug } from "./bmoBug.ts";

export type Recorded = { url: URL; apiKey: string | undefined };

export type BmoServer = { origin: string; requests: Recorded[]; close(): void };

const json = (res: ServerResponse, status: number, value: unknown) =>
  res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" }).end(JSON.stringify(value));

export async function startBmo(bugs: ReadonlyMap<number, FakeBug>, options: { pageSize?: number; privateBugs?: ReadonlySet<number>; apiKey?: string } = {}): Promise<BmoServer> {
  const requests: Recorded[] = [];
  const flaky = new Set<string>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const header = req.headers["x-bugzilla-api-key"];
    requests.push({ url, apiKey: typeof header === "string" ? header : undefined });
    const [, mode, ...rest] = url.pathname.split("/");
    const path = `/${rest.join("/")}`;
    if (mode === "slow") return void res.writeHead(200, { "content-type": "application/json" }).write("{");
    if (mode === "huge") {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"bugs":[{"summary":"');
      const chunk = "x".repeat(64 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      res.on("close", () => res.destroy());
      return pump();
    }
    if (mode === "away") return void res.writeHead(302, { location: `http://elsewhere.invalid${path}${url.search}` }).end();
    if (mode === "moved") return void res.writeHead(301, { location: `/bmo${path}${url.search}` }).end();
    if (mode === "html") return void res.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1></body></html>");
    if (mode === "text") return void res.writeHead(200, { "content-type": "text/html" }).end("<html><body><p>Bugzilla is down for maintenance.</p></body></html>");
    if (mode === "down") return json(res, 503, { error: true, code: 32000, message: "Service temporarily unavailable" });
    if (mode === "flaky" && !flaky.has(url.href)) {
      flaky.add(url.href);
      return json(res, 503, { error: true, code: 32000, message: "Service temporarily unavailable" });
    }
    const m = /^\/rest\/bug\/(\d+)(\/comment)?$/.exec(path);
    if (!m) return json(res, 404, { error: true, code: 32614, message: "A REST API resource was not found for 'GET /'." });
    const id = Number(m[1]);
    const fake = bugs.get(id);
    if (!fake) return json(res, 404, { error: true, code: 101, message: `Bug #${id} does not exist.`, documentation: "https://bmo.readthedocs.io/en/latest/api/" });
    if (options.privateBugs?.has(id) && (options.apiKey === undefined || requests.at(-1)?.apiKey !== options.apiKey)) {
      return json(res, 401, { error: true, code: 102, message: `You are not authorized to access bug #${id}. To see this bug, you must first log in to an account with the appropriate permissions.` });
    }
    if (!m[2]) return json(res, 200, { faults: [], bugs: [fake.bug] });
    const since = url.searchParams.get("new_since");
    const newer = since === null ? fake.comments : fake.comments.filter((c) => Date.parse(c.creation_time) > Date.parse(since));
    return json(res, 200, { bugs: { [id]: { comments: newer.slice(0, options.pageSize ?? newer.length) } }, comments: {} });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
