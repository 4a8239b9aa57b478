/**
 * What the task pane runs only once the officer acts: the use cases (score, override, approve,
 * verify, template), the input reader and the deployment's approved models, with the scoring core,
 * decimal.js, the sheet plans and SHA-256 they bring. Never imported statically by the first view:
 * `loadEngine()` (./load-engine) loads it as its own chunk, so the pane's first load carries none
 * of it (issue 12, goal 4).
 */
// The whole catalogue, added when this chunk runs: the engine's issues and results use all of it.
import "../core/i18n/messages";

export {
  approveWorkbook,
  overrideWorkbook,
  scoreWorkbook,
  templateWorkbook,
  verifyWorkbook,
} from "../app";
export { deployedModels } from "../adapters/office/approved-models";
export { inputsReport } from "./state/inputs-report";
export { modelView } from "./state/model-view";
