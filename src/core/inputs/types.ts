import type { Decimal } from "../decimal";
import type { CellRef } from "../issues";
import type {
  AuditOpinion,
  BoardRole,
  Condition,
  GmAppointment,
  GroupPosition,
  ShareholderType,
} from "./enums";

/**
 * A normalised input value and the cell it came from. `value: null` is a blank cell: the item
 * exists in the workbook but holds nothing, which the missing-data policy treats as a gap.
 */
export interface Sourced<T> {
  readonly value: T | null;
  readonly at?: CellRef;
}

/** One row of the shareholder register (股东名册). Stakes are fractions: 35% is 0.35. */
export interface ShareholderRow {
  readonly name: Sourced<string>;
  readonly type: Sourced<ShareholderType>;
  readonly stake: Sourced<Decimal>;
  readonly concertGroup?: Sourced<string>;
  /** Share of the holder's own stake that is pledged, as a fraction. */
  readonly pledgedShare?: Sourced<Decimal>;
  readonly frozen?: Sourced<boolean>;
}

/** One director (董事会). `managementPost` null: holds no senior-management post. */
export interface BoardRow {
  readonly name: Sourced<string>;
  readonly boardRole: Sourced<BoardRole>;
  readonly managementPost?: Sourced<string>;
}

/** A table as read from the workbook: its rows and the range they came from. */
export interface InputTable<Row> {
  readonly rows: readonly Row[];
  /** Where the table sits, e.g. { sheet: "股东名册", cell: "A1:F12" }. */
  readonly at?: CellRef;
}

/** The Profile table (治理概况), which also holds the credit request. Absent key: no such item row. */
export interface ProfileInputs {
  readonly clientName?: Sourced<string>;
  readonly clientId?: Sourced<string>;
  readonly gmAppointment?: Sourced<GmAppointment>;
  readonly groupPosition?: Sourced<GroupPosition>;
  readonly parentGovernance?: Sourced<Condition>;
  readonly parentCondition?: Sourced<Condition>;
  readonly siblingsCondition?: Sourced<Condition>;
  readonly relatedReceivablesRatio?: Sourced<Decimal>;
  readonly majorHolderDistress?: Sourced<boolean>;
  readonly majorHolderLargeDeal?: Sourced<boolean>;
  readonly proposalsSubmitted?: Sourced<Decimal>;
  readonly proposalsRejected?: Sourced<Decimal>;
  readonly auditCommittee?: Sourced<boolean>;
  readonly externalAudit?: Sourced<boolean>;
  readonly auditOpinion?: Sourced<AuditOpinion>;
  readonly payLinkedToPerformance?: Sourced<boolean>;
  readonly equityIncentive?: Sourced<boolean>;
  readonly baseRating?: Sourced<string>;
  readonly requestedLimit?: Sourced<Decimal>;
  readonly currency?: Sourced<string>;
  readonly requestedTenorMonths?: Sourced<Decimal>;
}
export type ProfileKey = keyof ProfileInputs;

/**
 * Everything the model scores, already normalised by the workbook layer.
 * A table that is `null` was not found in the workbook.
 */
export interface GovernanceInputs {
  readonly shareholders: InputTable<ShareholderRow> | null;
  readonly board: InputTable<BoardRow> | null;
  readonly profile: ProfileInputs;
  readonly profileAt?: CellRef;
}

/** The value of an optional sourced input, or null when absent or blank. */
export function valueOf<T>(input: Sourced<T> | undefined): T | null {
  return input === undefined ? null : input.value;
}

/** The cell of an optional sourced input, as a list (empty when unknown). */
export function cellsOf(...inputs: (Sourced<unknown> | undefined)[]): CellRef[] {
  const cells: CellRef[] = [];
  for (const input of inputs) if (input?.at) cells.push(input.at);
  return cells;
}
