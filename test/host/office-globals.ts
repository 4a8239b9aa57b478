import { OperationQueue, type HostRuntime } from "./client-object";
import { HostRequestContext, type ApplicationRecord } from "./sheet-objects";

/** The part of the Office global the add-in uses, over the host. */
export interface HostOffice {
  onReady(
    callback?: (info: { host: string; platform: string }) => void
  ): Promise<{ host: string; platform: string }>;
  readonly context: {
    displayLanguage: string;
    readonly officeTheme?: OfficeThemeColors;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly actions: { associate(name: string, action: (...args: unknown[]) => unknown): void };
  readonly HostType: { readonly Excel: "Excel" };
  readonly PlatformType: { readonly OfficeOnline: "OfficeOnline" };
}

export interface HostExcel {
  run<T>(
    optionsOrBatch: { delayForCellEdit?: boolean } | ((context: HostRequestContext) => Promise<T>),
    batch?: (context: HostRequestContext) => Promise<T>
  ): Promise<T>;
  readonly RequestContext: new () => HostRequestContext;
}

/** Office.context.officeTheme: the colours of Office's theme (#RRGGBB). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

export interface GlobalsSettings {
  displayLanguage: string;
  readonly officeTheme?: OfficeThemeColors;
  /** The highest ExcelApi requirement set the host claims, e.g. "1.9". */
  excelApi: string;
  readonly actions: Map<string, (...args: unknown[]) => unknown>;
  readonly application: ApplicationRecord;
}

function versionAtMost(version: string, highest: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [topMajor = 0, topMinor = 0] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

/** Office and Excel globals over a host runtime, as office.js provides them. */
export function officeGlobals(
  runtime: HostRuntime,
  settings: GlobalsSettings
): { Office: HostOffice; Excel: HostExcel } {
  const info = { host: "Excel", platform: "OfficeOnline" };
  const context = () => new HostRequestContext(new OperationQueue(runtime), settings.application);
  const Office: HostOffice = {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      get displayLanguage() {
        return settings.displayLanguage;
      },
      set displayLanguage(language: string) {
        settings.displayLanguage = language;
      },
      ...(settings.officeTheme === undefined ? {} : { officeTheme: settings.officeTheme }),
      requirements: {
        isSetSupported: (name, minVersion = "1.1") =>
          name === "ExcelApi" && versionAtMost(minVersion, settings.excelApi),
      },
    },
    actions: {
      associate: (name, action) => {
        settings.actions.set(name, action);
      },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };
  const Excel: HostExcel = {
    async run<T>(
      optionsOrBatch:
        { delayForCellEdit?: boolean } | ((context: HostRequestContext) => Promise<T>),
      batch?: (context: HostRequestContext) => Promise<T>
    ): Promise<T> {
      const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
      const run = typeof optionsOrBatch === "function" ? optionsOrBatch : batch;
      if (run === undefined) throw new Error("Excel.run needs a batch function");
      runtime.runs.push({ delayForCellEdit: options.delayForCellEdit === true });
      return run(context());
    },
    RequestContext: class extends HostRequestContext {
      constructor() {
        super(new OperationQueue(runtime), settings.application);
      }
    },
  };
  return { Office, Excel };
}
