import type { BoardAnalysis } from "../board";
import type { Decimal } from "../decimal";
import type { FlagId } from "../flags";
import type { MessageKey, MessageRef } from "../i18n/messages";
import type { EnumName } from "../inputs/enums";
import type { ColumnSpec } from "../inputs/schema";
import type { GovernanceInputs } from "../inputs/types";
import type { CellRef } from "../issues";
import type { OwnershipAnalysis } from "../ownership";
import type { GroupSpec, GroupValue, LeafSpec, SpecChildren } from "../params/spec";
import type { ModelParameters } from "../params/types";
import type { Gap, Measure } from "../result";

/** What every factor may read: the inputs, the parameters and the shared analyses. */
export interface FactorContext {
  readonly inputs: GovernanceInputs;
  readonly params: ModelParameters;
  /** null when the register is absent or empty. */
  readonly ownership: OwnershipAnalysis | null;
  /** null when the board table is absent or empty. */
  readonly board: BoardAnalysis | null;
}

export interface FlagOutcome {
  readonly id: FlagId;
  readonly title: MessageRef;
  readonly sources: readonly CellRef[];
}

/** A factor's verdict before weighting. */
export type FactorOutcome =
  | {
      readonly status: "scored";
      readonly points: Decimal;
      readonly ruleId: string;
      readonly rule: MessageRef;
      readonly notes: readonly MessageRef[];
      readonly measures: readonly Measure[];
      readonly sources: readonly CellRef[];
      readonly gaps: readonly Gap[];
      readonly flags: readonly FlagOutcome[];
      /**
       * Exactly the input cells the rule read, where `sources` names whole tables (the pane's
       * "select cells" selects these); absent: the sources.
       */
      readonly cells?: readonly CellRef[];
    }
  | {
      /** Its inputs are missing: the runner applies the missing-data policy. */
      readonly status: "missing";
      readonly gaps: readonly Gap[];
      readonly sources: readonly CellRef[];
    };

/**
 * How the scorecard writes the points of a factor of a generic kind: plain data, so the workbook
 * layer builds the Excel formula from the same declaration the engine scores with.
 */
export type GenericFormula =
  /** Points looked up by the category a profile item holds. */
  | {
      readonly kind: "lookup";
      readonly item: string;
      readonly enumName: EnumName;
      /** Parameter group of the points by category, e.g. "f3.appointmentPoints". */
      readonly pointsPath: string;
    }
  /** Points of the first band whose upper bound a profile percentage does not exceed. */
  | {
      readonly kind: "banded";
      readonly item: string;
      /** Parameter paths of the band bounds, ascending, and of each band's points (one more). */
      readonly boundPaths: readonly string[];
      readonly pointsPaths: readonly string[];
    }
  /** The sum of the points of the yes/no items answered yes (blank counts as no), at most 100. */
  | {
      readonly kind: "checklist";
      readonly items: readonly { readonly item: string; readonly pointsPath: string }[];
    };

/**
 * A factor as its module declares it: identity, names, default weight, parameters (with defaults,
 * validation and model-sheet descriptions), the profile items it reads, and its rule. `score`
 * receives the factor's own parameter group, typed from the declaration.
 */
export interface FactorDeclaration<
  Id extends string,
  Section extends string,
  P extends SpecChildren,
  I extends readonly ColumnSpec[],
> {
  /** "F2": the scorecard, JSON output and tests key on it. */
  readonly id: Id;
  /** The parameter group on the model sheet, e.g. "f2" → f2.concentratedAbove. */
  readonly section: Section;
  /** The factor's name in the catalogue. */
  readonly name: MessageKey;
  /** Default weight (the weights of a model sum to 100). */
  readonly weight: string;
  /** The model schema version that introduced the factor (1 for the first release). */
  readonly since?: number;
  readonly parameters: GroupSpec<P>;
  /** Profile items the factor reads (the Profile table's rows are these plus the client's). */
  readonly items: I;
  /** For factors of a generic kind: how the scorecard's formula is built. */
  readonly formula?: GenericFormula;
  score(context: FactorContext, parameters: GroupValue<P>): FactorOutcome;
}

/** A factor in a model's registry: its declaration, with the rule bound to its parameters. */
export interface FactorDefinition<
  Id extends string = string,
  Section extends string = string,
  P extends SpecChildren = SpecChildren,
  I extends readonly ColumnSpec[] = readonly ColumnSpec[],
> {
  readonly id: Id;
  readonly section: Section;
  readonly name: MessageKey;
  readonly since: number;
  readonly weight: LeafSpec<Decimal>;
  readonly parameters: GroupSpec<P>;
  readonly items: I;
  readonly formula?: GenericFormula;
  evaluate(context: FactorContext): FactorOutcome;
}

/** A factor of a generic kind: the scorecard builds its formula from `formula`. */
export type GenericFactor<
  Id extends string = string,
  Section extends string = string,
  P extends SpecChildren = SpecChildren,
  I extends readonly ColumnSpec[] = readonly ColumnSpec[],
> = FactorDefinition<Id, Section, P, I> & { readonly formula: GenericFormula };
