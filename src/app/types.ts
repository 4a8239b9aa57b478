import type {
  AmountUnit,
  ApprovedModel,
  Issue,
  Language,
  ModelDefinition,
  ModelParameters,
  ModelStanding,
  ScoreResult,
} from "../core";
import type { FormulaTwins } from "../workbook/scorecard";
import type { GroupSource } from "./group-member";
import type { NewChain } from "./audit";
import type { ReadNotice } from "../workbook/read";
import type { WorkbookPlan } from "../workbook/plan";
import type { SheetRename } from "./sheet-placement";
import type { WorkbookSummary } from "./summary";

/** Text in both languages the product ships (the shape the xlsx adapter's issues use too). */
export interface LocalizedText {
  readonly "zh-CN": string;
  readonly "en-US": string;
}

/** An issue as plain, translated data: what crosses a worker boundary and what JSON prints. */
export interface LocalizedIssue {
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: LocalizedText;
}

/**
 * A model other than the product's (a bank's extension of it, or a test's): its definition and
 * the formula twins of its factors of no generic kind.
 */
export interface ScoringModel {
  readonly definition: ModelDefinition;
  readonly twins?: FormulaTwins;
}

export interface ScoreOptions {
  readonly language: Language;
  /** ISO 8601 time of the run (the pure layer has no clock). */
  readonly now: string;
  /** Who scores: recorded in the audit log. */
  readonly user: string;
  /** Score with these parameters instead of the workbook's own (a new model is then logged). */
  readonly paramsOverride?: ModelParameters;
  /** The file name the summary reports. */
  readonly file?: string;
  /** The model to score with (default: the product's). */
  readonly model?: ScoringModel;
  /** Through what and under which account the events are entered (the audit log records it). */
  readonly enteredBy?: string;
  /** Start a new audit chain over a missing, broken or foreign one, with this reason. */
  readonly newChain?: NewChain;
  /** The approved models (the built-in first; default: the built-in alone). */
  readonly approvedModels?: readonly ApprovedModel[];
  /**
   * Score with the workbook's own model sheet even when it is not an approved model (it is then
   * non-standard, logged as the user's change, and waits for a second person's approval).
   */
  readonly useWorkbookModel?: boolean;
  /**
   * The committee summary's limits in 元 ("unit") or 万元 ("tenThousand"); default: as the
   * workbook's summary shows them, else 元.
   */
  readonly amountUnit?: AmountUnit;
  /**
   * The member's group workbook, read once (`groupSource`): its blank F5 items are filled from it,
   * the worse value winning on conflict, and the scorecard records them (layout 4 on).
   */
  readonly group?: GroupSource;
}

/** A use case that writes the workbook: the new result, the sheets to write, what to tell. */
export interface WorkbookUpdate {
  readonly result: ScoreResult;
  /** The product's sheets, named so that no user sheet is touched. */
  readonly plan: WorkbookPlan;
  readonly summary: WorkbookSummary;
  /** Things the user should know that did not stop the run (reader notices, an old override…). */
  readonly notices: readonly ReadNotice[];
  readonly renames: readonly SheetRename[];
  /** Whether the parameters are an approved model (none: not judged, e.g. a test's own plan). */
  readonly standing?: ModelStanding;
}

export type UpdateOutcome =
  | ({ readonly ok: true } & WorkbookUpdate)
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface OverrideOptions {
  readonly finalGrade: string;
  readonly reason: string;
  readonly officer: string;
  /** ISO 8601 time of the decision. */
  readonly now: string;
  readonly language: Language;
  readonly file?: string;
  /** The model the workbook was scored with (default: the product's). */
  readonly model?: ScoringModel;
  /** Through what and under which account the events are entered (the audit log records it). */
  readonly enteredBy?: string;
  /** The approved models (default: the built-in alone). */
  readonly approvedModels?: readonly ApprovedModel[];
}

export interface ApproveOptions {
  /** The second person, acting now (declared, as every name is). */
  readonly approver: string;
  /** ISO 8601 time of the approval. */
  readonly now: string;
  readonly language: Language;
  readonly file?: string;
  readonly model?: ScoringModel;
  readonly enteredBy?: string;
  /** The approved models (default: the built-in alone). */
  readonly approvedModels?: readonly ApprovedModel[];
}
