import { formatPercent, type Decimal } from "./decimal";
import { msg, type MessageRef } from "./i18n/messages";
import { identityDuplicatesOf, type IdentityRow } from "./identity";
import type { GovernanceInputs, ProfileKey, Sourced } from "./inputs/types";
import type { Issue } from "./issues";
import type { ModelParameters } from "./params/types";

function issue(code: string, message: MessageRef, input?: Sourced<unknown>): Issue {
  return input?.at === undefined ? { code, message } : { code, message, at: input.at };
}

/**
 * Checks the model needs before it scores. The workbook layer already refuses most of these with
 * richer messages; the core checks again so that no caller can obtain a wrong score.
 */
export function validateInputs(inputs: GovernanceInputs, params: ModelParameters): Issue[] {
  const issues: Issue[] = [];
  const required = (input: Sourced<unknown>, column: MessageRef) => {
    if (input.value === null)
      issues.push(issue("input.requiredBlank", msg("input.requiredBlank", { column }), input));
  };
  const inUnitRange = (input: Sourced<Decimal> | undefined, item: MessageRef, code: string) => {
    const value = input?.value ?? null;
    if (value !== null && (value.lt(0) || value.gt(1))) {
      issues.push(
        issue(code, msg("input.ratioOutOfRange", { item, value: formatPercent(value) }), input)
      );
    }
  };

  const holders = inputs.shareholders?.rows ?? [];
  for (const row of holders) {
    required(row.name, msg("column.shareholders.name"));
    required(row.type, msg("column.shareholders.type"));
    required(row.stake, msg("column.shareholders.stake"));
    const stake = row.stake.value;
    if (stake !== null && (stake.lt(0) || stake.gt(1))) {
      issues.push(
        issue(
          "input.stakeOutOfRange",
          msg("input.stakeOutOfRange", { stake: formatPercent(stake) }),
          row.stake
        )
      );
    }
    inUnitRange(row.pledgedShare, msg("column.shareholders.pledgedShare"), "input.ratioOutOfRange");
  }
  const directors = inputs.board?.rows ?? [];
  for (const row of directors) {
    required(row.name, msg("column.board.name"));
    required(row.boardRole, msg("column.board.boardRole"));
  }
  // One holder or director listed twice: the same ID number, or the same confusable-folded name.
  const duplicates = (
    rows: readonly IdentityRow[],
    code: "input.duplicateHolder" | "input.duplicateDirector"
  ) => {
    for (const found of identityDuplicatesOf(rows)) {
      if (found.kind !== "sameId" && found.kind !== "sameName") continue;
      const row = rows[found.row];
      if (row === undefined) continue;
      issues.push(issue(code, msg(code, { name: row.name.value ?? "" }), row.name));
    }
  };
  duplicates(holders, "input.duplicateHolder");
  duplicates(directors, "input.duplicateDirector");

  const profile = inputs.profile;
  inUnitRange(
    profile.relatedReceivablesRatio,
    msg("item.relatedReceivablesRatio"),
    "input.ratioOutOfRange"
  );
  const wholeItems: ProfileKey[] = [
    "proposalsSubmitted",
    "proposalsRejected",
    "requestedTenorMonths",
  ];
  for (const key of wholeItems) {
    const input = profile[key] as Sourced<Decimal> | undefined;
    const value = input?.value ?? null;
    if (value !== null && (!value.isInteger() || value.lt(0))) {
      issues.push(
        issue(
          "input.notWholeNumber",
          msg("input.notWholeNumber", { item: msg(`item.${key}`), value: value.toString() }),
          input
        )
      );
    }
  }
  const submitted = profile.proposalsSubmitted?.value ?? null;
  const rejected = profile.proposalsRejected?.value ?? null;
  if (submitted !== null && rejected !== null && rejected.gt(submitted)) {
    issues.push(
      issue(
        "input.rejectedAboveSubmitted",
        msg("input.rejectedAboveSubmitted", {
          rejected: rejected.toString(),
          submitted: submitted.toString(),
        }),
        profile.proposalsRejected
      )
    );
  }
  const limit = profile.requestedLimit?.value ?? null;
  if (limit !== null && limit.lt(0)) {
    issues.push(
      issue(
        "input.amountNegative",
        msg("input.amountNegative", { item: msg("item.requestedLimit"), value: limit.toString() }),
        profile.requestedLimit
      )
    );
  }
  const rating = profile.baseRating?.value ?? null;
  if (rating !== null && !params.ratingScale.includes(rating)) {
    issues.push(
      issue(
        "input.ratingNotOnScale",
        msg("input.ratingNotOnScale", { rating, scale: params.ratingScale.join(", ") }),
        profile.baseRating
      )
    );
  }
  return issues;
}
