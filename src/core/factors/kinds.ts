import { Decimal, HUNDRED, ZERO, type DecimalValue } from "../decimal";
import type { FlagId } from "../flags";
import { msg, type MessageKey, type MessageRef } from "../i18n/messages";
import { ENUMS, type EnumName } from "../inputs/enums";
import type { ColumnSpec } from "../inputs/schema";
import { profileItem, type Sourced } from "../inputs/types";
import {
  byKey,
  describe,
  group,
  points,
  share,
  type GroupSpec,
  type LeafSpec,
  type SpecChildren,
} from "../params/spec";
import type { Gap } from "../result";
import { defineFactor } from "./define";
import { blankCountedAsGap, blankGap, enumLabel, itemMeasure, percent, yesNo } from "./helpers";
import type {
  FactorContext,
  FactorOutcome,
  FlagOutcome,
  GenericFactor,
  GenericFormula,
} from "./types";

/**
 * Generic factor kinds: a lookup by category, a banded ratio and a yes/no checklist. Each builds
 * a factor's rule and parameters from data, and records the formula shape (`formula`) from which
 * the scorecard writes the same rule as an Excel formula. A new factor of a known kind is a
 * declaration plus its messages.
 */

interface Identity<Id extends string, Section extends string> {
  readonly id: Id;
  readonly section: Section;
  readonly name: MessageKey;
  readonly weight: string;
  readonly since?: number;
}

function profileInput<T>(context: FactorContext, key: string): Sourced<T> | undefined {
  return profileItem<T>(context.inputs.profile, key);
}

/** The fields every factor declares, as a generic kind's spec gives them. */
function identityOf<Id extends string, Section extends string>(spec: Identity<Id, Section>) {
  const { id, section, name, weight, since } = spec;
  return { id, section, name, weight, ...(since === undefined ? {} : { since }) };
}

/** A defined factor with its generic formula, typed as such. */
function generic<D extends { readonly formula?: GenericFormula }>(
  definition: D
): D & { readonly formula: GenericFormula } {
  if (definition.formula === undefined) throw new Error("a generic factor needs its formula");
  return definition as D & { readonly formula: GenericFormula };
}

function sinceOption(since: number | undefined, migrated: string) {
  return since === undefined || since <= 1 ? {} : { since, migrated };
}

/**
 * Points by the category a profile item holds (F3: the GM's appointment). Blank: the factor is
 * missing. Categories may raise a red flag.
 * @example
 * lookupFactor({ id: "F3", section: "f3", name: "factor.F3.name", weight: "15",
 *   item: gmItem, enumName: "gmAppointment", pointsKey: "appointmentPoints",
 *   points: { board: "100", … }, rule: "rule.F3.appointment", ruleArg: "appointment",
 *   measure: "measure.gmAppointment", flags: { appointedByAuthority: "administrativeGm" } })
 */
export function lookupFactor<
  Id extends string,
  Section extends string,
  E extends EnumName,
  PK extends string,
  I extends ColumnSpec,
>(
  spec: Identity<Id, Section> & {
    readonly item: I;
    readonly enumName: E;
    readonly pointsKey: PK;
    readonly points: Readonly<Record<(typeof ENUMS)[E][number], string>>;
    /** The model-sheet description of each category's points; `{<pointsArg>}` is its label. */
    readonly pointsDescription: MessageKey;
    readonly pointsArg: string;
    /** The rule message; `{<ruleArg>}` is the category's label. */
    readonly rule: MessageKey;
    readonly ruleArg: string;
    readonly measure: MessageKey;
    readonly flags?: Partial<Readonly<Record<(typeof ENUMS)[E][number], FlagId>>>;
  }
): GenericFactor<
  Id,
  Section,
  Record<PK, GroupSpec<Record<string, LeafSpec<Decimal>>>>,
  readonly [I]
> {
  const keys = ENUMS[spec.enumName] as readonly string[];
  const defaults = spec.points as Readonly<Record<string, string>>;
  const parameters = group({
    [spec.pointsKey]: byKey(
      keys,
      (key) =>
        points(defaults[key] ?? "0", {
          description: describe(spec.pointsDescription, {
            [spec.pointsArg]: enumLabel(spec.enumName, key),
          }),
          ...sinceOption(spec.since, defaults[key] ?? "0"),
        }),
      { pointsOf: spec.enumName }
    ),
  } as Record<PK, GroupSpec<Record<string, LeafSpec<Decimal>>>>);
  const key = spec.item.key;
  return generic(
    defineFactor({
      ...identityOf(spec),
      parameters,
      items: [spec.item] as const,
      formula: {
        kind: "lookup",
        item: key,
        enumName: spec.enumName,
        pointsPath: `${spec.section}.${spec.pointsKey}`,
      },
      score(context, p): FactorOutcome {
        const input = profileInput<string>(context, key);
        const value = input?.value ?? null;
        const sources = input?.at ? [input.at] : [];
        if (value === null)
          return { status: "missing", gaps: [blankGap(spec.id, key, input?.at)], sources };
        const table = p[spec.pointsKey] as Readonly<Record<string, Decimal>>;
        const flag = (spec.flags as Readonly<Record<string, FlagId>> | undefined)?.[value];
        return {
          status: "scored",
          points: table[value] ?? ZERO,
          ruleId: `${spec.id}.${value}`,
          rule: msg(spec.rule, { [spec.ruleArg]: enumLabel(spec.enumName, value) }),
          notes: [],
          measures: [
            itemMeasure(key, spec.measure, input, (v) => ({
              kind: "label",
              value: enumLabel(spec.enumName, v),
            })),
          ],
          sources,
          gaps: [],
          flags: flag === undefined ? [] : [{ id: flag, title: msg(`flag.${flag}`), sources }],
        };
      },
    })
  );
}

/** A band: its upper bound (inclusive; none for the last band) and points. */
export interface Band {
  readonly upTo?: string;
  readonly points: string;
}

/**
 * Points by the band a profile percentage falls in: the first band whose upper bound the value
 * does not exceed, else the last band. Bounds are parameters `<section>.upTo1…`, points
 * `<section>.points1…`, checked ascending. Blank: the factor is missing.
 * @example bandedFactor({ id: "F7", …, item, bands: [{ upTo: "0.2", points: "100" }, { points: "40" }] })
 */
export function bandedFactor<Id extends string, Section extends string>(
  spec: Identity<Id, Section> & {
    readonly item: ColumnSpec<string>;
    readonly bands: readonly Band[];
    readonly measure: MessageKey;
  }
): GenericFactor<Id, Section, SpecChildren> {
  const children: Record<string, LeafSpec<Decimal>> = {};
  const boundKeys: string[] = [];
  const pointKeys: string[] = [];
  spec.bands.forEach((band, i) => {
    const n = i + 1;
    if (band.upTo !== undefined) {
      boundKeys.push(`upTo${n}`);
      children[`upTo${n}`] = share(band.upTo, {
        description: describe("ms.param.band.upTo", { band: n }),
        ...sinceOption(spec.since, band.upTo),
      });
    }
    pointKeys.push(`points${n}`);
    children[`points${n}`] = points(band.points, {
      description: describe("ms.param.band.points", { band: n }),
      ...sinceOption(spec.since, band.points),
    });
  });
  if (boundKeys.length !== pointKeys.length - 1)
    throw new Error(`${spec.id}: every band but the last needs an upper bound`);
  const parameters = group(children, [
    (v, c, path) => {
      for (let i = 0; i + 1 < boundKeys.length; i++) {
        const [a, b] = [boundKeys[i] as string, boundKeys[i + 1] as string];
        c.ordered(`${path}.${a}`, v[a] as Decimal, "below", `${path}.${b}`, v[b] as Decimal);
      }
    },
  ]);
  const key = spec.item.key;
  return generic(
    defineFactor({
      ...identityOf(spec),
      parameters,
      items: [spec.item],
      formula: {
        kind: "banded",
        item: key,
        boundPaths: boundKeys.map((k) => `${spec.section}.${k}`),
        pointsPaths: pointKeys.map((k) => `${spec.section}.${k}`),
      },
      score(context, p): FactorOutcome {
        const input = profileInput<Decimal>(context, key);
        const value = input?.value ?? null;
        const sources = input?.at ? [input.at] : [];
        if (value === null)
          return { status: "missing", gaps: [blankGap(spec.id, key, input?.at)], sources };
        const values = p as Readonly<Record<string, Decimal>>;
        let band = boundKeys.findIndex((k) => value.lte(values[k] as Decimal));
        if (band < 0) band = pointKeys.length - 1;
        const bound = boundKeys[band];
        return {
          status: "scored",
          points: values[pointKeys[band] as string] as Decimal,
          ruleId: `${spec.id}.band${band + 1}`,
          rule:
            bound === undefined
              ? msg("rule.banded.above", {
                  value: percent(value),
                  bound: percent(values[boundKeys[boundKeys.length - 1] as string] as Decimal),
                  band: band + 1,
                })
              : msg("rule.banded.upTo", {
                  value: percent(value),
                  bound: percent(values[bound] as Decimal),
                  band: band + 1,
                }),
          notes: [],
          measures: [itemMeasure(key, spec.measure, input, (v) => ({ kind: "percent", value: v }))],
          sources,
          gaps: [],
          flags: [],
        };
      },
    })
  );
}

/** A yes/no item of a checklist and the points a yes earns. */
export interface ChecklistItem {
  readonly item: ColumnSpec<string>;
  readonly points: string;
}

/**
 * The sum of the points of the items answered yes (a blank counts as no and is a gap); all items
 * blank: the factor is missing. Item points are parameters `<section>.<item>Points`, summing to
 * at most 100.
 * @example checklistFactor({ id: "F8", …, items: [{ item: boardEvaluation, points: "60" }, …] })
 */
export function checklistFactor<Id extends string, Section extends string>(
  spec: Identity<Id, Section> & { readonly items: readonly ChecklistItem[] }
): GenericFactor<Id, Section, SpecChildren> {
  const keys = spec.items.map((i) => i.item.key);
  const children: Record<string, LeafSpec<Decimal>> = {};
  for (const { item, points: value } of spec.items)
    children[`${item.key}Points`] = points(value, {
      description: describe("ms.param.checklist.points", {
        item: msg(`item.${item.key}` as MessageKey),
      }),
      ...sinceOption(spec.since, value),
    });
  const parameters = group(children, [
    (v, c, path) => {
      const sum = Object.values(v).reduce<Decimal>((s, x) => s.plus(x as DecimalValue), ZERO);
      if (sum.gt(HUNDRED))
        c.report(
          path,
          msg("param.checklistPointsSum", { factor: spec.id, sum: sum.toString() }),
          "param.checklistPointsSum"
        );
    },
  ]);
  return generic(
    defineFactor({
      ...identityOf(spec),
      parameters,
      items: spec.items.map((i) => i.item),
      formula: {
        kind: "checklist",
        items: keys.map((item) => ({ item, pointsPath: `${spec.section}.${item}Points` })),
      },
      score(context, p): FactorOutcome {
        const inputs = keys.map((key) => ({ key, input: profileInput<boolean>(context, key) }));
        const sources = inputs.flatMap(({ input }) => (input?.at ? [input.at] : []));
        const blank = inputs.filter(({ input }) => (input?.value ?? null) === null);
        const gapsOf = (list: typeof inputs): Gap[] =>
          list.map(({ key, input }) => blankCountedAsGap(spec.id, key, msg("value.no"), input?.at));
        if (blank.length === inputs.length)
          return { status: "missing", gaps: gapsOf(blank), sources };
        const values = p as Readonly<Record<string, Decimal>>;
        const yes = inputs.filter(({ input }) => input?.value === true);
        const total = yes.reduce((s, { key }) => s.plus(values[`${key}Points`] as Decimal), ZERO);
        const labels: MessageRef[] = yes.map(({ key }) => msg(`item.${key}` as MessageKey));
        return {
          status: "scored",
          points: Decimal.min(total, HUNDRED),
          ruleId: `${spec.id}.items`,
          rule: msg("rule.checklist", { items: joinLabels(labels) }),
          notes: [],
          measures: inputs.map(({ key, input }) =>
            itemMeasure(key, `item.${key}` as MessageKey, input, yesNo)
          ),
          sources,
          gaps: gapsOf(blank),
          flags: [] as FlagOutcome[],
        };
      },
    })
  );
}

function joinLabels(items: readonly MessageRef[]): MessageRef {
  const [first, ...rest] = items;
  if (first === undefined) return msg("value.none");
  return rest.length === 0 ? first : msg("value.list", { first, rest: joinLabels(rest) });
}
