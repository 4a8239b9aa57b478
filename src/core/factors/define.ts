import { msg } from "../i18n/messages";
import type { ColumnSpec } from "../inputs/schema";
import { describe, points, type GroupValue, type SpecChildren } from "../params/spec";
import type { FactorContext, FactorDeclaration, FactorDefinition, FactorOutcome } from "./types";

/**
 * A factor for a model's registry, from its module's one declaration: the default weight becomes
 * the parameter `weights.<id>`, the parameter group becomes `<section>.*`, and the rule receives
 * its own parameters, typed.
 * @example
 * export const f3 = defineFactor({ id: "F3", section: "f3", name: "factor.F3.name", weight: "15",
 *   parameters: group({ … }), items: [ … ], score: (context, p) => … });
 */
export function defineFactor<
  Id extends string,
  Section extends string,
  P extends SpecChildren,
  const I extends readonly ColumnSpec[],
>(declaration: FactorDeclaration<Id, Section, P, I>): FactorDefinition<Id, Section, P, I> {
  const since = declaration.since ?? 1;
  const { id, section, name, parameters, items, formula } = declaration;
  return {
    id,
    section,
    name,
    since,
    weight: points(declaration.weight, {
      description: describe("ms.param.weight", { factor: id, name: msg(name) }),
      since,
      // A factor added to an older model weighs nothing in it, so its results stay as they were.
      ...(since > 1 ? { migrated: "0" } : {}),
    }),
    parameters,
    items,
    ...(formula === undefined ? {} : { formula }),
    evaluate(context: FactorContext): FactorOutcome {
      const own = (context.params as unknown as Readonly<Record<string, unknown>>)[section];
      return declaration.score(context, own as GroupValue<P>);
    },
  };
}
