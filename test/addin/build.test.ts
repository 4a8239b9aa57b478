/**
 * Builds the add-in with webpack (production and development) and checks what would be deployed:
 * rewritten manifest URLs, where office.js comes from, and that the shipped function file
 * registers the manifest's commands. No network is used. The production and development builds
 * are the run's shared ones (test/support/addin-build.ts: the e2e suite serves the same production
 * build), made once per set of sources.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { developmentAddin, productionAddin, PUBLIC_URL, webpackCli } from "../support/addin-build";
import type { BuildLog } from "../support/shared-build";

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_BASE = "https://localhost:3000/";
const PUBLIC_BASE = `${PUBLIC_URL}/`;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let tmp = "";
let prodDir = "";
let devDir = "";
let prod: BuildLog;
let dev: BuildLog;
let insecure: BuildLog;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gs-build-"));
  const [production, development, refused] = await Promise.all([
    productionAddin(),
    developmentAddin(),
    webpackCli(["--mode", "production", "--output-path", path.join(tmp, "insecure")], {
      ADDIN_PUBLIC_URL: "http://credit.example.com/gs/",
    }),
  ]);
  [prodDir, prod] = [production.dir, production.log];
  [devDir, dev] = [development.dir, development.log];
  insecure = refused;
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function read(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), "utf8");
}

/** The src of each <script> in document order (works on minified HTML too). */
function scriptSources(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g), (m) => m[1] as string);
}

describe("production build", () => {
  test("succeeds", () => {
    expect(prod.output).not.toMatch(/ERROR/);
    expect(prod.code).toBe(0);
  });

  test("rewrites every development URL in the manifest, and nothing else", () => {
    const source = read(ROOT, "manifest.xml");
    const built = read(prodDir, "manifest.xml");
    expect(built).toBe(source.split(DEV_BASE).join(PUBLIC_BASE));
    expect(built).not.toMatch(/\/\/localhost\b/);
    expect(built).toContain(`<SourceLocation DefaultValue="${PUBLIC_BASE}taskpane.html"/>`);
    expect(built).toContain(`DefaultValue="${PUBLIC_BASE}commands.html"`);
  });

  test("ships every file the manifest points at", () => {
    const built = read(prodDir, "manifest.xml");
    const own = Array.from(built.matchAll(/"(https:\/\/[^"]+)"/g), (m) => m[1] as string).filter(
      (url) => url.startsWith(PUBLIC_BASE)
    );
    expect(own.length).toBeGreaterThan(10);
    for (const url of own) {
      expect(fs.existsSync(path.join(prodDir, ...url.slice(PUBLIC_BASE.length).split("/")))).toBe(
        true
      );
    }
  });

  test.each(["taskpane", "commands"])(
    "%s.html loads office.js from Microsoft's CDN before its bundle",
    (page) => {
      const sources = scriptSources(read(prodDir, `${page}.html`));
      expect(sources[0]).toBe(OFFICE_JS_CDN);
      // The task pane's libraries come first in a chunk of their own (webpack.config.js).
      expect(sources.slice(1).map((s) => s.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual(
        page === "taskpane" ? ["vendor", "taskpane"] : ["commands"]
      );
      for (const source of sources.slice(1)) {
        expect(source).toMatch(/^[a-z]+\.[0-9a-f]{8}\.js$/);
        expect(fs.existsSync(path.join(prodDir, source))).toBe(true);
      }
    }
  );

  test("does not bundle a local office.js", () => {
    expect(fs.existsSync(path.join(prodDir, "assets", "office-js"))).toBe(false);
  });

  test("each of the task pane's scripts stays under 1 MB", () => {
    for (const bundle of scriptSources(read(prodDir, "taskpane.html")).slice(1))
      expect(fs.statSync(path.join(prodDir, bundle)).size).toBeLessThan(1024 * 1024);
  });

  test("the shipped function file registers the manifest's commands and always completes", async () => {
    const manifest = read(prodDir, "manifest.xml");
    const names = Array.from(
      manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g),
      (m) => m[1] as string
    );
    expect(names.sort()).toEqual(["createTemplate", "scoreWorkbook"]);

    const [bundle] = scriptSources(read(prodDir, "commands.html")).slice(1);
    const registered = new Map<string, (event: { completed: () => void }) => unknown>();
    const office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      actions: {
        associate: (name: string, fn: (event: { completed: () => void }) => unknown) => {
          registered.set(name, fn);
        },
      },
    };
    const context = vm.createContext({ Office: office, console, Promise });
    vm.runInContext(read(prodDir, bundle as string), context);
    expect([...registered.keys()].sort()).toEqual(names);
    for (const name of names) {
      const completed = jest.fn();
      await registered.get(name)?.({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
    }
  });
});

describe("development build", () => {
  test("succeeds", () => {
    expect(dev.output).not.toMatch(/ERROR/);
    expect(dev.code).toBe(0);
  });

  test("keeps the manifest's localhost URLs", () => {
    expect(read(devDir, "manifest.xml")).toBe(read(ROOT, "manifest.xml"));
  });

  test.each(["taskpane", "commands"])(
    "%s.html loads office.js from the local copy of @microsoft/office-js",
    (page) => {
      const sources = scriptSources(read(devDir, `${page}.html`));
      expect(sources[0]).toBe("assets/office-js/office.js");
      expect(sources.some((s) => /^https?:/.test(s))).toBe(false);
    }
  );

  test("copies office.js with Excel's host scripts and the string tables, not other hosts'", () => {
    const officeJs = path.join(devDir, "assets", "office-js");
    for (const file of [
      "office.js",
      "excel-web-16.00.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
      "en-us/office_strings.js",
      "zh-cn/office_strings.js",
    ]) {
      expect(fs.existsSync(path.join(officeJs, file))).toBe(true);
    }
    expect(fs.existsSync(path.join(officeJs, "word-web-16.00.js"))).toBe(false);
    expect(fs.existsSync(path.join(officeJs, "office.debug.js"))).toBe(false);
  });
});

test("an http:// ADDIN_PUBLIC_URL is refused", () => {
  expect(insecure.code).not.toBe(0);
  expect(insecure.output).toMatch(/ADDIN_PUBLIC_URL must use https:\/\//);
});
