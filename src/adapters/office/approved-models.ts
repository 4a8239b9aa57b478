import { parseApprovedModels, type ApprovedModel, type Outcome } from "../../core";
// Replaced at build time by the file GOVSCORE_MODELS names (webpack.config.js): the bank's
// approved models ship inside the add-in's bundle, where an officer cannot edit them.
import deployed from "../../../assets/approved-models.json";

let parsed: Outcome<readonly ApprovedModel[]> | undefined;

/**
 * The approved models of this deployment: model 1 as shipped, and the sets of the bank's file
 * built into the add-in. A file that does not validate is refused (every use case then says why),
 * never replaced silently by model 1 alone.
 */
export function deployedModels(): Outcome<readonly ApprovedModel[]> {
  parsed ??= parseApprovedModels(deployed, "approved-models.json");
  return parsed;
}
