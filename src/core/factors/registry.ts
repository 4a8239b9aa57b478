import { f1ControllingShareholderType } from "./f1-controlling-shareholder-type";
import { f2OwnershipConcentration } from "./f2-ownership-concentration";
import { f3GmAppointment } from "./f3-gm-appointment";
import { f4BoardOverlap } from "./f4-board-overlap";
import { f5GroupPosition } from "./f5-group-position";
import { f6ManagementEvaluation } from "./f6-management-evaluation";

/**
 * The factors of the product's model, in scorecard order: the one list of factors. Ids, weights,
 * parameter groups, the model sheet, the Profile table's items and the scorecard's rows are all
 * derived from it.
 */
export const FACTORS = [
  f1ControllingShareholderType,
  f2OwnershipConcentration,
  f3GmAppointment,
  f4BoardOverlap,
  f5GroupPosition,
  f6ManagementEvaluation,
] as const;
