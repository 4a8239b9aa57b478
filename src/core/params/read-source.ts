import { Decimal, type DecimalValue } from "../decimal";
import type { Issue } from "../issues";
import { msg, type MessageRef } from "../i18n/messages";
import type { Fraction, ParameterSource, ParameterValue } from "./types";

/**
 * Reads typed values out of a plain parameter source, collecting an issue (naming the parameter's
 * path) for each value that is missing or malformed, and every key nobody asked for.
 */
export class ParameterReader {
  readonly issues: Issue[] = [];
  private readonly visited = new Set<string>();

  constructor(private readonly root: ParameterSource) {}

  private lookup(path: string): ParameterValue | undefined {
    this.visited.add(path);
    let node: ParameterValue | undefined = this.root;
    for (const part of path.split(".")) {
      if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
      node = Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined;
    }
    return node;
  }

  report(parameter: string, message: MessageRef, code = "param.invalid"): void {
    this.issues.push({ code, parameter, message });
  }

  private present(path: string): ParameterValue | undefined {
    const value = this.lookup(path);
    if (value === undefined)
      this.report(path, msg("param.missing", { parameter: path }), "param.missing");
    return value;
  }

  /** A number within [min, max]; a placeholder zero after reporting a problem. */
  decimal(path: string, min: DecimalValue, max: DecimalValue, whole = false): Decimal {
    const raw = this.present(path);
    if (raw === undefined) return new Decimal(0);
    const parsed = parseDecimal(raw);
    if (parsed === null) {
      this.report(
        path,
        msg("param.notNumber", { parameter: path, found: show(raw) }),
        "param.notNumber"
      );
      return new Decimal(0);
    }
    if (whole && !parsed.isInteger()) {
      this.report(
        path,
        msg("param.notWhole", { parameter: path, found: parsed.toString() }),
        "param.notWhole"
      );
    }
    if (parsed.lt(min) || parsed.gt(max)) {
      this.report(
        path,
        msg("param.outOfRange", {
          parameter: path,
          found: parsed.toString(),
          min: new Decimal(min).toString(),
          max: new Decimal(max).toString(),
        }),
        "param.outOfRange"
      );
    }
    return parsed;
  }

  /** A number or null (null allowed where the model says "none"). */
  optionalDecimal(
    path: string,
    min: DecimalValue,
    max: DecimalValue,
    whole = false
  ): Decimal | null {
    const raw = this.lookup(path);
    if (raw === null || raw === "") return null;
    return this.decimal(path, min, max, whole);
  }

  /** A ratio in (0, 1], written "1/3" or 0.5. */
  fraction(path: string): Fraction {
    const raw = this.present(path);
    const placeholder = { numerator: new Decimal(0), denominator: new Decimal(1) };
    if (raw === undefined) return placeholder;
    const parsed = parseFraction(raw);
    if (parsed === null || parsed.numerator.lte(0) || parsed.numerator.gt(parsed.denominator)) {
      this.report(
        path,
        msg("param.notFraction", { parameter: path, found: show(raw) }),
        "param.notFraction"
      );
      return placeholder;
    }
    return parsed;
  }

  text(path: string): string {
    const raw = this.present(path);
    if (raw === undefined) return "";
    if (typeof raw !== "string" || raw.trim() === "") {
      this.report(
        path,
        msg("param.notText", { parameter: path, found: show(raw) }),
        "param.notText"
      );
      return "";
    }
    return raw.trim();
  }

  boolean(path: string): boolean {
    const raw = this.present(path);
    if (typeof raw === "boolean") return raw;
    if (raw !== undefined) {
      this.report(
        path,
        msg("param.notBoolean", { parameter: path, found: show(raw) }),
        "param.notBoolean"
      );
    }
    return false;
  }

  oneOf<T extends string>(path: string, allowed: readonly T[]): T {
    const raw = this.present(path);
    const found = allowed.find((value) => value === raw);
    if (found !== undefined) return found;
    if (raw !== undefined) {
      this.report(
        path,
        msg("param.notOneOf", { parameter: path, found: show(raw), expected: allowed.join(", ") }),
        "param.notOneOf"
      );
    }
    return allowed[0] as T;
  }

  list(path: string): ParameterValue[] {
    const raw = this.present(path);
    if (Array.isArray(raw)) return raw;
    if (raw !== undefined) {
      this.report(
        path,
        msg("param.notText", { parameter: path, found: show(raw) }),
        "param.notText"
      );
    }
    return [];
  }

  /** The keys of an object parameter (for open-ended maps such as unit by currency). */
  keys(path: string): string[] {
    const raw = this.lookup(path);
    if (raw === null || raw === undefined || typeof raw !== "object" || Array.isArray(raw))
      return [];
    return Object.keys(raw);
  }

  /** Every leaf of the source that no reader call asked for. */
  reportUnknown(): void {
    const walk = (node: ParameterValue, path: string): void => {
      if (this.visited.has(path)) return;
      if (node !== null && typeof node === "object" && !Array.isArray(node)) {
        for (const [key, child] of Object.entries(node))
          walk(child, path === "" ? key : `${path}.${key}`);
        return;
      }
      this.report(path, msg("param.unknown", { parameter: path }), "param.unknown");
    };
    walk(this.root, "");
  }
}

/** A decimal from a number or a decimal string ("0.30", " 35 "); null for anything else. */
export function parseDecimal(raw: ParameterValue): Decimal | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? new Decimal(String(raw)) : null;
  if (typeof raw !== "string" || !/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw))
    return null;
  return new Decimal(raw.trim());
}

/** "1/3" → 1/3 reduced; 0.5 or "0.5" → 1/2. Null for anything else. */
export function parseFraction(raw: ParameterValue): Fraction | null {
  if (typeof raw === "string" && raw.includes("/")) {
    const [top, bottom, ...rest] = raw.split("/");
    if (rest.length > 0 || top === undefined || bottom === undefined) return null;
    const numerator = parseDecimal(top);
    const denominator = parseDecimal(bottom);
    if (numerator === null || denominator === null || denominator.lte(0)) return null;
    return reduceFraction(numerator, denominator);
  }
  const value = parseDecimal(raw);
  if (value === null) return null;
  return reduceFraction(value, new Decimal(1));
}

/** Scale to whole numbers, then divide by the greatest common divisor: 2/6 and 1/3 are one value. */
export function reduceFraction(numerator: Decimal, denominator: Decimal): Fraction {
  const places = Math.max(numerator.decimalPlaces(), denominator.decimalPlaces());
  let top = numerator.times(new Decimal(10).pow(places));
  let bottom = denominator.times(new Decimal(10).pow(places));
  let a = top.abs();
  let b = bottom.abs();
  while (!b.isZero()) [a, b] = [b, a.mod(b)];
  if (!a.isZero()) {
    top = top.div(a);
    bottom = bottom.div(a);
  }
  return { numerator: top, denominator: bottom };
}

function show(raw: ParameterValue): string {
  return typeof raw === "string" ? raw : JSON.stringify(raw);
}
