import type { Decimal } from "../decimal";
import type { FACTORS } from "../factors/registry";
import type { GroupScoring } from "../group/merge";
import type { CellRef } from "../issues";
import type { BoardRole, ShareholderType } from "./enums";
import type { CLIENT_ITEMS, REQUEST_ITEMS, ValueOfKind } from "./schema";

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
  /**
   * The holder's ID number (证件号码 / 统一社会信用代码), where the register has the column:
   * identity is then that number, not the name. Not a fact the model scores (not fingerprinted).
   */
  readonly idNumber?: Sourced<string>;
}

/** One director (董事会). `managementPost` null: holds no senior-management post. */
export interface BoardRow {
  readonly name: Sourced<string>;
  readonly boardRole: Sourced<BoardRole>;
  readonly managementPost?: Sourced<string>;
  /** The director's ID number, where the board has the column (identity, not fingerprinted). */
  readonly idNumber?: Sourced<string>;
}

/** A table as read from the workbook: its rows and the range they came from. */
export interface InputTable<Row> {
  readonly rows: readonly Row[];
  /** Where the table sits, e.g. { sheet: "股东名册", cell: "A1:F12" }. */
  readonly at?: CellRef;
}

type ShippedItem =
  | (typeof CLIENT_ITEMS)[number]
  | (typeof FACTORS)[number]["items"][number]
  | (typeof REQUEST_ITEMS)[number];

/**
 * The Profile table (治理概况), which also holds the credit request: one optional entry per item
 * the product's model declares (the client's identity, each factor's items, the request), typed
 * from the declarations. Absent key: no such item row. A model with more factors has more
 * entries (read them with `profileItem`).
 */
export type ProfileInputs = {
  readonly [I in ShippedItem as I["key"]]?: Sourced<ValueOfKind<I["value"]>>;
};
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
  /** Scored with its group workbook: where the group-derived F5 items came from (fingerprinted). */
  readonly group?: GroupScoring;
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

/**
 * A profile item by key, also one a model's extra factor declares (not in `ProfileInputs`' type).
 * @example profileItem(inputs.profile, "boardEvaluation")?.value // true
 */
export function profileItem<T = unknown>(
  profile: ProfileInputs,
  key: string
): Sourced<T> | undefined {
  return (profile as Readonly<Record<string, Sourced<unknown> | undefined>>)[key] as
    Sourced<T> | undefined;
}
