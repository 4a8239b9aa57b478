import type { BoardAnalysis } from "../board";
import type { Decimal } from "../decimal";
import type { FlagId } from "../flags";
import type { MessageKey, MessageRef } from "../i18n/messages";
import type { GovernanceInputs } from "../inputs/types";
import type { CellRef } from "../issues";
import type { OwnershipAnalysis } from "../ownership";
import type { FactorId, ModelParameters } from "../params/types";
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
    }
  | {
      /** Its inputs are missing: the runner applies the missing-data policy. */
      readonly status: "missing";
      readonly gaps: readonly Gap[];
      readonly sources: readonly CellRef[];
    };

/** A factor is data plus one pure function; the registry lists them. */
export interface FactorDefinition {
  readonly id: FactorId;
  readonly name: MessageKey;
  score(context: FactorContext): FactorOutcome;
}
