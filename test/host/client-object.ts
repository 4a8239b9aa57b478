import { hostErrors } from "./host-error";
import type { HostWorkbook } from "./workbook-model";

/** One queued operation, as the host's failure injection and statistics see it. */
export interface OperationInfo {
  readonly kind: "load" | "set" | "call";
  /** The Office.js class, e.g. "Range", "Worksheet". */
  readonly type: string;
  /** The property set or loaded, or the method called. */
  readonly name: string;
  /** The sheet the object belongs to, when it has one. */
  readonly sheet?: string;
}

/** What one request (context.sync) carried. */
export interface RequestRecord {
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly failed?: string;
}

/** Settings and statistics shared by every request context of a host. */
export interface HostRuntime {
  /** Replaced as a whole when the host is reset to another workbook. */
  workbook: HostWorkbook;
  /** Excel on the web refuses larger requests and responses; null: no limit (desktop Excel). */
  payloadLimitBytes: number | null;
  /** Makes an operation fail when it runs (to test failing writes). */
  failWhen: ((operation: OperationInfo) => boolean) | null;
  readonly requests: RequestRecord[];
  readonly runs: { readonly delayForCellEdit: boolean }[];
  /** The highest ExcelApi set the host claims ("1.9"); methods of a later set are not found. */
  readonly excelApi: () => string;
}

interface Operation {
  readonly info: OperationInfo;
  /** JSON size of the arguments as Office.js would send them. */
  readonly payload: unknown;
  readonly execute: () => void;
}

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/**
 * The queue behind one RequestContext: operations run in order at sync(); loaded values are staged
 * and handed to their proxies only when the whole request succeeded (as Office.js does). A failing
 * operation stops the request; the operations before it stay done (Excel batches are not
 * transactions).
 */
export class OperationQueue {
  private pending: Operation[] = [];
  private staged: (() => void)[] = [];
  private responseBytes = 0;
  private readonly touched = new Set<AnyClientObject>();

  constructor(readonly runtime: HostRuntime) {}

  get workbook(): HostWorkbook {
    return this.runtime.workbook;
  }

  enqueue(operation: Operation): void {
    this.pending.push(operation);
  }

  /** A proxy was loaded during this request: its isNullObject becomes known. */
  touch(object: AnyClientObject): void {
    this.touched.add(object);
  }

  /** Stages loaded data (applied after the request succeeds) and counts its size. */
  respond(bytes: number, apply: () => void): void {
    this.responseBytes += bytes;
    this.staged.push(apply);
  }

  sync(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    this.staged = [];
    this.responseBytes = 0;
    this.touched.clear();
    const runtime = this.runtime;
    const requestBytes = operations.reduce((sum, op) => sum + 40 + jsonBytes(op.payload), 0);
    const record = (failed?: string) =>
      runtime.requests.push({
        operations: operations.length,
        requestBytes,
        responseBytes: this.responseBytes,
        ...(failed === undefined ? {} : { failed }),
      });
    const limit = runtime.payloadLimitBytes;
    try {
      if (limit !== null && requestBytes > limit)
        throw hostErrors.requestTooLarge(requestBytes, limit);
      try {
        for (const operation of operations) operation.execute();
      } finally {
        this.workbook.resumeCalculation();
      }
      if (limit !== null && this.responseBytes > limit)
        throw hostErrors.responseTooLarge(this.responseBytes, limit);
    } catch (error) {
      record(error instanceof Error ? error.message : String(error));
      return Promise.reject(error);
    }
    for (const object of this.touched) object._settleNull();
    for (const apply of this.staged) apply();
    record();
    return Promise.resolve();
  }
}

/** Whether the host claims an ExcelApi set at least `version` ("1.9"). */
export function hasApi(runtime: HostRuntime, version: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [topMajor = 0, topMinor = 0] = runtime.excelApi().split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

/** What a load asks for: property names, some with a path ("protection/protected"). */
export function loadPaths(argument: unknown): string[] {
  if (argument === undefined || argument === null) return ["*"];
  if (typeof argument === "string")
    return argument
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
  if (Array.isArray(argument)) return argument.flatMap((a) => loadPaths(a));
  if (typeof argument === "object" && "select" in argument)
    return loadPaths((argument as { select: unknown }).select);
  throw hostErrors.invalidArgument("a load argument the test host does not understand");
}

/** What the queue and the load paths need of any proxy, whatever its target. */
export interface AnyClientObject {
  readonly _type: string;
  _settleNull(): void;
  _loadNow(paths: readonly string[]): void;
}

/**
 * A proxy object, as Office.js's ClientObject: methods and setters queue operations; a scalar
 * property reads only after load() and sync() (PropertyNotLoaded otherwise); isNullObject is known
 * after a request that loaded the object (reading it earlier throws PropertyNotLoaded). The target is resolved once, when an operation first
 * needs it, and kept (a worksheet proxy follows its sheet through renames).
 */
export abstract class ClientObject<Target> implements AnyClientObject {
  abstract readonly _type: string;
  private resolution: { readonly target: Target | null } | undefined;
  private nullState: boolean | undefined;
  private readonly loadedValues = new Map<string, unknown>();
  private readonly children = new Map<string, AnyClientObject>();

  constructor(
    protected readonly queue: OperationQueue,
    private readonly resolver: () => Target | null
  ) {}

  /** The target, resolved on first use during a request. */
  _target(): Target | null {
    if (this.resolution === undefined) this.resolution = { target: this.resolver() };
    return this.resolution.target;
  }

  _require(): Target {
    const target = this._target();
    if (target === null)
      throw hostErrors.invalidOperation(`a method or property of a null ${this._type}`);
    return target;
  }

  _settleNull(): void {
    this.nullState = this.resolution?.target === null;
  }

  /** The sheet name for failure injection and statistics. */
  protected sheetOf?(target: Target): string;

  private info(kind: OperationInfo["kind"], name: string): OperationInfo {
    const target = this.resolution?.target;
    const sheet = target === undefined || target === null ? undefined : this.sheetOf?.(target);
    return { kind, type: this._type, name, ...(sheet === undefined ? {} : { sheet }) };
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw hostErrors.notLoaded("isNullObject", this._type);
    return this.nullState;
  }

  /** The value of a scalar property as loaded. */
  protected loaded<V>(name: string): V {
    if (this.loadedValues.has(name)) return this.loadedValues.get(name) as V;
    if (this.nullState === true) return undefined as V;
    throw hostErrors.notLoaded(name, this._type);
  }

  /** Queues a property set. */
  protected set(name: string, value: unknown, apply: (target: Target) => void): void {
    this.loadedValues.set(name, value);
    this.queue.enqueue({
      info: { kind: "set", type: this._type, name },
      payload: value,
      execute: () => {
        const target = this._require();
        if (this.queue.runtime.failWhen?.(this.info("set", name)) === true)
          throw hostErrors.injected(`${this._type}.${name}`);
        apply(target);
      },
    });
  }

  /** Queues a method call with no result object. */
  protected call(name: string, payload: unknown, apply: (target: Target) => void): void {
    this.queue.enqueue({
      info: { kind: "call", type: this._type, name },
      payload,
      execute: () => {
        const target = this._require();
        if (this.queue.runtime.failWhen?.(this.info("call", name)) === true)
          throw hostErrors.injected(`${this._type}.${name}`);
        apply(target);
      },
    });
  }

  /**
   * Queues a method that creates something (worksheets.add): it runs in its place in the queue,
   * and the returned proxy is its result.
   */
  protected create<R, P extends ClientObject<R>>(
    name: string,
    payload: unknown,
    apply: (target: Target) => R,
    proxy: (resolver: () => R | null) => P
  ): P {
    let created: { value: R } | undefined;
    this.call(name, payload, (target) => {
      created = { value: apply(target) };
    });
    return proxy(() => {
      if (created === undefined) throw hostErrors.invalidOperation(`${name} did not run`);
      return created.value;
    });
  }

  /** A navigation property: a proxy resolved from this one, the same proxy each time. */
  protected child<C extends AnyClientObject>(name: string, make: () => C): C {
    let existing = this.children.get(name);
    if (existing === undefined) {
      existing = make();
      this.children.set(name, existing);
    }
    return existing as C;
  }

  /** The scalar properties load("*") loads, and how to read each from the target. */
  protected abstract scalars(): Readonly<Record<string, (target: Target) => unknown>>;

  /** Navigation properties a load path may go through ("protection/protected"). */
  protected navigation?(name: string): AnyClientObject | undefined;

  /** Runs a load of some paths now (at its place in the queue) and stages the values. */
  _loadNow(paths: readonly string[]): void {
    const target = this._target();
    // As in Office.js, isNullObject becomes known through a load (its result), not by mere use.
    this.queue.touch(this);
    if (target === null) return;
    const scalars = this.scalars();
    const direct = new Map<string, unknown>();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      if (path === "*") {
        for (const [name, read] of Object.entries(scalars)) direct.set(name, read(target));
        continue;
      }
      const [head = "", ...rest] = path.split("/");
      if (rest.length > 0) {
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
        continue;
      }
      const read = scalars[head];
      if (read !== undefined) {
        direct.set(head, read(target));
        continue;
      }
      if (this.navigation?.(head) !== undefined)
        throw hostErrors.invalidArgument(
          `loading the navigation property ${head} (load its properties instead)`
        );
      throw hostErrors.invalidArgument(`the property ${this._type}.${head}`);
    }
    for (const [head, rest] of nested) {
      const next = this.navigation?.(head);
      if (next === undefined)
        throw hostErrors.invalidArgument(`the navigation property ${this._type}.${head}`);
      next._loadNow(rest);
    }
    const entries = [...direct];
    this.queue.respond(jsonBytes(Object.fromEntries(entries)), () => {
      for (const [name, value] of entries) this.loadedValues.set(name, value);
    });
  }

  load(argument?: unknown): this {
    const paths = loadPaths(argument);
    this.queue.enqueue({
      info: { kind: "load", type: this._type, name: paths.join(",") },
      payload: paths,
      execute: () => {
        const target = this._target();
        if (
          target !== null &&
          this.queue.runtime.failWhen?.(this.info("load", paths.join(","))) === true
        )
          throw hostErrors.injected(`${this._type}.load`);
        this._loadNow(paths);
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}
