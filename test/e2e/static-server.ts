import { promises as fs } from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234/" */
  readonly baseUrl: string;
  /** Every path requested, in order (what the page loaded from us). */
  readonly requested: readonly string[];
  close(): Promise<void>;
}

/** The file under `root` a URL path names, or null when it would leave `root`. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** Serves the files of `root` read-only over HTTP on 127.0.0.1, on a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const requested: string[] = [];
  const server = http.createServer((request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requested.push(urlPath);
    const file = fileFor(base, urlPath);
    if (request.method !== "GET" || file === null) {
      response.writeHead(request.method !== "GET" ? 405 : 403).end();
      return;
    }
    fs.readFile(file).then(
      (body) => {
        const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
        response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" }).end(body);
      },
      () => response.writeHead(404).end()
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requested,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
