/**
 * Static checks of manifest.xml, offline. (Microsoft's full validation, `npm run validate`, posts
 * the manifest to a web service, so it is not part of the tests.) The XML is parsed with jsdom's
 * namespace-aware, well-formedness-checking XML parser.
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import { spawnSync } from "child_process";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DEV_BASE = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Children of <OfficeApp xsi:type="TaskPaneApp"> in schema order (OfficeAppManifestV1_1 XSD). */
const TASKPANE_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];
const REQUIRED_TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const source = fs.readFileSync(MANIFEST_PATH, "utf8");
const { window } = new JSDOM("");
const doc = new window.DOMParser().parseFromString(source, "application/xml");
const root = doc.documentElement;

function children(el: Element, ns?: string, localName?: string): Element[] {
  return Array.from(el.children).filter(
    (c) =>
      (ns === undefined || c.namespaceURI === ns) &&
      (localName === undefined || c.localName === localName)
  );
}

function child(el: Element, ns: string, localName: string): Element {
  const found = children(el, ns, localName);
  if (found.length !== 1) {
    throw new Error(`<${el.localName}> has ${found.length} <${localName}> children, expected 1`);
  }
  return found[0] as Element;
}

function all(ns: string, localName: string, within: Element | Document = doc): Element[] {
  return Array.from(within.getElementsByTagNameNS(ns, localName));
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

function attr(el: Element, name: string): string {
  const value = el.getAttribute(name);
  if (value === null) throw new Error(`<${el.localName}> has no ${name} attribute`);
  return value;
}

const versionOverrides = child(root, NS.ov, "VersionOverrides");
const resources = child(versionOverrides, NS.ov, "Resources");

/** Resource kind (Images, Urls, ShortStrings, LongStrings) → id → element. */
const resourceIndex = new Map<string, Map<string, Element>>();
for (const group of children(resources, NS.bt)) {
  const byId = new Map<string, Element>();
  for (const item of children(group, NS.bt)) byId.set(attr(item, "id"), item);
  resourceIndex.set(group.localName, byId);
}

function resource(kind: string, id: string): Element {
  const found = resourceIndex.get(kind)?.get(id);
  if (!found) throw new Error(`no <bt:${kind}> resource with id "${id}"`);
  return found;
}

function resourceOf(el: Element, kind: string): Element {
  return resource(kind, attr(el, "resid"));
}

function zhOverride(el: Element): string | undefined {
  const override = Array.from(el.children).find(
    (c) => c.localName === "Override" && c.getAttribute("Locale") === "zh-CN"
  );
  return override?.getAttribute("Value") ?? undefined;
}

function hasCjk(text: string | undefined): boolean {
  return text !== undefined && /[\u4e00-\u9fff]/.test(text);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** assets/ file for a development URL such as https://localhost:3000/assets/icon-32.png. */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
  return path.join(ROOT, ...url.slice(DEV_BASE.length).split("/"));
}

const buttons = all(NS.ov, "Control").filter((c) => xsiType(c) === "Button");

function action(control: Element): Element {
  return child(control, NS.ov, "Action");
}

describe("manifest.xml structure", () => {
  test("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  test("top-level elements are known, in schema order, and the required ones are present", () => {
    const names = children(root).map((c) => c.localName);
    for (const name of names) expect(TASKPANE_ORDER).toContain(name);
    const positions = names.map((n) => TASKPANE_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED_TOP_LEVEL) expect(names).toContain(name);
  });

  test("identity: stable GUID, version 1.0.0.0, provider, en-US default locale", () => {
    expect(child(root, NS.app, "Id").textContent).toBe("dc835337-ffe0-4c98-b88f-2f5475c221fa");
    expect(child(root, NS.app, "Version").textContent).toBe("1.0.0.0");
    expect(child(root, NS.app, "ProviderName").textContent?.trim()).not.toBe("");
    expect(child(root, NS.app, "DefaultLocale").textContent).toBe("en-US");
  });

  test("an Excel (Workbook) add-in with ReadWriteDocument permission", () => {
    const hosts = all(NS.app, "Host", child(root, NS.app, "Hosts"));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(child(root, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
    const overrideHosts = children(child(versionOverrides, NS.ov, "Hosts"), NS.ov, "Host");
    expect(overrideHosts.map(xsiType)).toEqual(["Workbook"]);
  });

  test("requires ExcelApi 1.7 or later", () => {
    const sets = all(NS.app, "Set", child(root, NS.app, "Requirements"));
    const excel = sets.find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excel).toBeDefined();
    const [major, minor] = (excel?.getAttribute("MinVersion") ?? "0.0").split(".").map(Number);
    expect((major ?? 0) * 1000 + (minor ?? 0)).toBeGreaterThanOrEqual(1007);
  });

  test("office-addin-manifest reads the same identity (local parse, no network)", () => {
    // In a child process: the package loads ES modules that Jest's CommonJS runtime cannot.
    const script =
      'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
      ".then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); })";
    const run = spawnSync(process.execPath, ["-e", script, MANIFEST_PATH], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: "true" },
      timeout: 300_000,
    });
    expect(run.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, "")).toBe("");
    expect(run.status).toBe(0);
    const info = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(info).toMatchObject({
      id: "dc835337-ffe0-4c98-b88f-2f5475c221fa",
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      displayName: "Governance Scorecard",
      defaultSettings: { sourceLocation: `${DEV_BASE}taskpane.html` },
    });
  });
});

describe("manifest.xml resources", () => {
  test("every resid resolves to a resource of the right kind", () => {
    const expectedKind: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
    };
    const users = Array.from(doc.getElementsByTagName("*")).filter((el) =>
      el.hasAttribute("resid")
    );
    expect(users.length).toBeGreaterThan(20);
    const unresolved = users
      .filter((el) => {
        const kind = expectedKind[el.localName];
        return kind === undefined || resourceIndex.get(kind)?.get(attr(el, "resid")) === undefined;
      })
      .map((el) => `<${el.localName} resid="${attr(el, "resid")}">`);
    expect(unresolved).toEqual([]);
  });

  test("resource ids are unique, at most 32 characters, and all used", () => {
    const ids = children(resources, NS.bt).flatMap((g) =>
      children(g, NS.bt).map((r) => attr(r, "id"))
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const used = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .map((el) => el.getAttribute("resid"))
        .filter((v): v is string => v !== null)
    );
    expect([...ids].sort()).toEqual([...used].sort());
  });

  test("strings fit their limits (short 125, long 250 characters)", () => {
    for (const [kind, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const el of resourceIndex.get(kind)?.values() ?? []) {
        expect(attr(el, "DefaultValue").length).toBeLessThanOrEqual(limit);
        expect((zhOverride(el) ?? "").length).toBeLessThanOrEqual(limit);
      }
    }
  });

  test("every URL is HTTPS, in attributes and in text", () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      for (const a of Array.from(el.attributes)) {
        if (a.name.startsWith("xmlns")) continue; // namespace names, never fetched
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value.trim())) urls.push(a.value.trim());
      }
      if (el.children.length === 0 && /:\/\//.test(el.textContent ?? "")) {
        urls.push((el.textContent ?? "").trim());
      }
    }
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(new URL(url).protocol).toBe("https:");
    }
    // The add-in's own files are all under the dev base, which `npm run build` rewrites.
    for (const el of [...(resourceIndex.get("Images")?.values() ?? [])]) {
      expect(attr(el, "DefaultValue").startsWith(DEV_BASE)).toBe(true);
    }
  });

  test("icons exist in assets/ as PNGs of the declared pixel size", () => {
    const checked: string[] = [];
    const check = (url: string, size: number) => {
      const file = assetFile(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(path.basename(file));
    };
    check(attr(child(root, NS.app, "IconUrl"), "DefaultValue"), 32);
    check(attr(child(root, NS.app, "HighResolutionIconUrl"), "DefaultValue"), 64);

    // Each bt:Image resource must match the size of every <bt:Image size=".." resid=".."> using it.
    const uses = all(NS.bt, "Image").filter((el) => el.hasAttribute("resid"));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const size = Number(attr(use, "size"));
      expect([16, 20, 24, 32, 40, 48, 64, 80]).toContain(size);
      check(attr(resourceOf(use, "Images"), "DefaultValue"), size);
    }
    // Every image resource is used at least once, so all were checked.
    for (const id of resourceIndex.get("Images")?.keys() ?? []) {
      expect(uses.some((u) => u.getAttribute("resid") === id)).toBe(true);
    }
    // Ribbon controls carry the three required sizes.
    for (const icon of all(NS.ov, "Icon")) {
      const sizes = children(icon, NS.bt, "Image").map((i) => Number(attr(i, "size")));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  test("the product icon set (16, 32, 64, 80, 128 px) is in assets/", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});

describe("manifest.xml localisation (zh-CN)", () => {
  test("display name and description", () => {
    const displayName = child(root, NS.app, "DisplayName");
    expect(attr(displayName, "DefaultValue")).toBe("Governance Scorecard");
    expect(zhOverride(displayName)).toBe("治理评分卡");
    const description = child(root, NS.app, "Description");
    expect(attr(description, "DefaultValue").length).toBeGreaterThan(20);
    expect(hasCjk(zhOverride(description))).toBe(true);
  });

  test("every ribbon string resource has a Chinese override", () => {
    for (const kind of ["ShortStrings", "LongStrings"]) {
      const strings = [...(resourceIndex.get(kind)?.values() ?? [])];
      expect(strings.length).toBeGreaterThan(0);
      for (const el of strings) {
        expect({ id: attr(el, "id"), zh: zhOverride(el) }).toEqual({
          id: attr(el, "id"),
          zh: expect.stringMatching(/[\u4e00-\u9fff]/),
        });
      }
    }
  });

  test("each button label is translated", () => {
    for (const button of buttons) {
      const label = resourceOf(child(button, NS.ov, "Label"), "ShortStrings");
      expect(hasCjk(zhOverride(label))).toBe(true);
    }
  });
});

describe("manifest.xml ribbon", () => {
  const extensionPoint = all(NS.ov, "ExtensionPoint");
  const officeTab = all(NS.ov, "OfficeTab");

  test("one group on the Home tab of the primary command surface", () => {
    expect(extensionPoint.map(xsiType)).toEqual(["PrimaryCommandSurface"]);
    expect(officeTab.map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    expect(children(officeTab[0] as Element, NS.ov, "Group")).toHaveLength(1);
  });

  test("three buttons with unique ids: task pane, Score, Create input template", () => {
    expect(buttons).toHaveLength(3);
    const ids = all(NS.ov, "*")
      .map((el) => el.getAttribute("id"))
      .filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);

    const summary = buttons.map((button) => {
      const a = action(button);
      const label = attr(resourceOf(child(button, NS.ov, "Label"), "ShortStrings"), "DefaultValue");
      if (xsiType(a) === "ShowTaskpane") {
        const url = attr(resourceOf(child(a, NS.ov, "SourceLocation"), "Urls"), "DefaultValue");
        return { type: "ShowTaskpane", target: url };
      }
      return { type: xsiType(a), target: child(a, NS.ov, "FunctionName").textContent, label };
    });
    expect(summary).toEqual([
      { type: "ShowTaskpane", target: `${DEV_BASE}taskpane.html` },
      { type: "ExecuteFunction", target: "scoreWorkbook", label: "Score" },
      { type: "ExecuteFunction", target: "createTemplate", label: "Create input template" },
    ]);
  });

  test("the function file is commands.html", () => {
    const functionFiles = all(NS.ov, "FunctionFile");
    expect(functionFiles).toHaveLength(1);
    const url = attr(resourceOf(functionFiles[0] as Element, "Urls"), "DefaultValue");
    expect(url).toBe(`${DEV_BASE}commands.html`);
  });

  test("the task pane is also the default source location", () => {
    const defaults = child(root, NS.app, "DefaultSettings");
    expect(attr(child(defaults, NS.app, "SourceLocation"), "DefaultValue")).toBe(
      `${DEV_BASE}taskpane.html`
    );
  });

  test("function names are registered by src/commands/commands.ts (through handlers.ts)", () => {
    const commands = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const handlers = fs.readFileSync(path.join(ROOT, "src", "commands", "handlers.ts"), "utf8");
    expect(commands).toMatch(/Office\.actions\.associate|actions\.associate\(/);
    for (const fn of all(NS.ov, "FunctionName").map((f) => f.textContent ?? "")) {
      expect(commands).toMatch(new RegExp(`\\b${fn}\\b`));
      expect(handlers).toMatch(new RegExp(`export async function ${fn}\\(`));
    }
  });

  test("the pages the manifest points at have templates in src/", () => {
    expect(fs.existsSync(path.join(ROOT, "src", "taskpane", "taskpane.html"))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "src", "commands", "commands.html"))).toBe(true);
  });
});
