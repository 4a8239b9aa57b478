import { ADAPTER_MESSAGES } from "./adapter-messages";
import { APP_MESSAGES } from "./app-messages";
import { ENUM_MESSAGES } from "./enum-messages";
import { GOVERNANCE_MESSAGES } from "./governance-messages";
import { GROUP_MESSAGES } from "./group-messages";
import { MODEL_MESSAGES } from "./model-messages";
import { OUTCOME_MESSAGES } from "./outcome-messages";
import { PANE_CARD_MESSAGES } from "./pane-card-messages";
import { READING_NOTES_MESSAGES } from "./reading-notes-messages";
import { REGISTER_MESSAGES } from "./register-messages";
import { WORDING_MESSAGES } from "./wording-messages";
import { GROUP_MEMBER_MESSAGES } from "./group-member-messages";
import { GROUP_PANE_MESSAGES } from "./group-pane-messages";
import { SCORECARD_MESSAGES } from "./scorecard-messages";
import { TASKPANE_MESSAGES } from "./taskpane-messages";
import { VALIDATION_MESSAGES } from "./validation-messages";
import { WORKBOOK_MESSAGES } from "./workbook-messages";
import { addCatalogue } from "./format-message";

/** The one message catalogue: every user-facing text, in zh-CN and en-US. */
export const MESSAGES = {
  ...MODEL_MESSAGES,
  ...ENUM_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...SCORECARD_MESSAGES,
  ...APP_MESSAGES,
  ...GOVERNANCE_MESSAGES,
  ...TASKPANE_MESSAGES,
  ...PANE_CARD_MESSAGES,
  ...ADAPTER_MESSAGES,
  ...OUTCOME_MESSAGES,
  ...GROUP_MESSAGES,
  ...REGISTER_MESSAGES,
  ...READING_NOTES_MESSAGES,
  ...WORDING_MESSAGES,
  ...GROUP_MEMBER_MESSAGES,
  ...GROUP_PANE_MESSAGES,
} as const;

// Every module that imports this one (directly or through src/core) formats with the whole
// catalogue. The task pane's first view imports ./format-message alone with its own part, and
// this module with the engine it loads on demand (issue 12: the first load stays small).
addCatalogue(MESSAGES);

export * from "./format-message";
