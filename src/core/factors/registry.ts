import { f1ControllingShareholderType } from "./f1-controlling-shareholder-type";
import { f2OwnershipConcentration } from "./f2-ownership-concentration";
import { f3GmAppointment } from "./f3-gm-appointment";
import { f4BoardOverlap } from "./f4-board-overlap";
import { f5GroupPosition } from "./f5-group-position";
import { f6ManagementEvaluation } from "./f6-management-evaluation";
import type { FactorDefinition } from "./types";

/** The six factors of the model, in scorecard order. */
export const FACTORS: readonly FactorDefinition[] = [
  f1ControllingShareholderType,
  f2OwnershipConcentration,
  f3GmAppointment,
  f4BoardOverlap,
  f5GroupPosition,
  f6ManagementEvaluation,
];
