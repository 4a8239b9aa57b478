import {
  dec,
  formatMessage,
  msg,
  PROFILE_ITEMS,
  scoreGovernance,
  type BoardRole,
  type BoardRow,
  type ColumnSpec,
  type GovernanceInputs,
  type MessageKey,
  type ModelParameters,
  type ProfileInputs,
  type ProfileKey,
  type ScoreResult,
  type ShareholderRow,
  type ShareholderType,
  type Sourced,
} from "../../../src/core";
import type { CellValue } from "../../../src/workbook/snapshot";
import type {
  ColumnLayout,
  InputLayout,
  ProfileItemLayout,
  TableLayout,
} from "../../../src/workbook/read/types";

/**
 * A client written the way a credit officer fills the template, with the `GovernanceInputs` and
 * `InputLayout` a reader would produce for it and the input sheets' cells (to put the client in a
 * real workbook). Stakes and ratios are given in percent ("35" is 35%).
 */
export interface HolderSpec {
  readonly name: string;
  readonly type: ShareholderType;
  readonly stake: string;
  readonly group?: string;
  readonly pledged?: string;
  readonly frozen?: boolean;
}

export interface DirectorSpec {
  readonly name: string;
  readonly role: BoardRole;
  readonly post?: string | null;
}

export type ProfileSpec = Partial<Record<ProfileKey, string | number | boolean | null>> &
  Readonly<Record<string, string | number | boolean | null>>;

export interface WritingOptions {
  /** Percentages as fractions under a % format (0.35) or as points (35). */
  readonly percentForm?: "fraction" | "points";
  /** Enum cells as the key, or the zh-CN or en-US label. */
  readonly enums?: "key" | "zh" | "en";
  /** Columns or profile items written in a form formulas cannot use ("35%" text, "是"). */
  readonly unsafe?: readonly string[];
}

export interface ClientSpec {
  readonly holders?: readonly HolderSpec[] | null;
  readonly board?: readonly DirectorSpec[] | null;
  readonly profile: ProfileSpec;
  readonly writing?: WritingOptions;
  /** The Profile table's items, in order (default: the product model's). */
  readonly items?: readonly ColumnSpec[];
}

export interface InputSheet {
  readonly name: string;
  readonly cells: ReadonlyMap<string, CellValue>;
  readonly formats: ReadonlyMap<string, string>;
}

export interface BuiltClient {
  readonly inputs: GovernanceInputs;
  readonly layout: InputLayout;
  readonly sheets: readonly InputSheet[];
}

export const SHEETS = { shareholders: "股东名册", board: "董事会", profile: "治理概况" } as const;

class SheetWriter {
  readonly cells = new Map<string, CellValue>();
  readonly formats = new Map<string, string>();
  constructor(readonly name: string) {}
  put(ref: string, value: CellValue, format?: string) {
    this.cells.set(ref, value);
    if (format !== undefined) this.formats.set(ref, format);
  }
}

function enumText(enumName: string, key: string, writing: WritingOptions): string {
  if ((writing.enums ?? "key") === "key") return key;
  const ref = msg(`enum.${enumName}.${key}` as MessageKey);
  return formatMessage(ref, writing.enums === "zh" ? "zh-CN" : "en-US");
}

function percentCell(
  percent: string,
  safe: boolean,
  form: "fraction" | "points"
): { value: CellValue; format?: string } {
  if (!safe) return { value: `${percent}%` };
  return form === "points"
    ? { value: Number(percent) }
    : { value: dec(percent).div(100).toNumber(), format: "0.00%" };
}

function column(
  key: string,
  letter: string,
  header: string,
  formulaSafe: boolean,
  form?: "fraction" | "points"
): ColumnLayout {
  return { key, column: letter, header, formulaSafe, ...(form === undefined ? {} : { form }) };
}

function tableLayout(
  table: "shareholders" | "board" | "profile",
  rows: number,
  columns: ColumnLayout[]
): TableLayout {
  const dataRows = Array.from({ length: rows }, (_, i) => i + 2);
  return {
    table,
    sheet: SHEETS[table],
    source: "sheet",
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: rows + 1,
    dataRows,
    columns,
    ignoredColumns: [],
    skippedRows: [],
  };
}

/** Build the client: inputs, layout and cells agree on every address. */
export function buildClient(spec: ClientSpec): BuiltClient {
  const writing = spec.writing ?? {};
  const form = writing.percentForm ?? "fraction";
  const unsafe = new Set(writing.unsafe ?? []);
  const sheets: InputSheet[] = [];
  const at = (sheet: string, cell: string) => ({ sheet, cell });

  let shareholders: GovernanceInputs["shareholders"] = null;
  let shareholderLayout: TableLayout | null = null;
  if (spec.holders !== null && spec.holders !== undefined) {
    const s = new SheetWriter(SHEETS.shareholders);
    ["股东名称", "股东类型", "持股比例", "一致行动人", "质押比例", "司法冻结"].forEach((h, i) =>
      s.put(`${"ABCDEF"[i]}1`, h)
    );
    const rows: ShareholderRow[] = spec.holders.map((h, i) => {
      const r = i + 2;
      s.put(`A${r}`, h.name);
      s.put(
        `B${r}`,
        unsafe.has("type") ? ` ${h.type} ` : enumText("shareholderType", h.type, writing)
      );
      const stake = percentCell(h.stake, !unsafe.has("stake"), form);
      s.put(`C${r}`, stake.value, stake.format);
      const row: ShareholderRow = {
        name: { value: h.name, at: at(s.name, `A${r}`) },
        type: { value: h.type, at: at(s.name, `B${r}`) },
        stake: { value: dec(h.stake).div(100), at: at(s.name, `C${r}`) },
        concertGroup: { value: h.group ?? null, at: at(s.name, `D${r}`) },
        pledgedShare: {
          value: h.pledged === undefined ? null : dec(h.pledged).div(100),
          at: at(s.name, `E${r}`),
        },
        frozen: { value: h.frozen ?? null, at: at(s.name, `F${r}`) },
      };
      if (h.group !== undefined) s.put(`D${r}`, h.group);
      if (h.pledged !== undefined) {
        const pledged = percentCell(h.pledged, !unsafe.has("pledgedShare"), form);
        s.put(`E${r}`, pledged.value, pledged.format);
      }
      if (h.frozen !== undefined)
        s.put(`F${r}`, unsafe.has("frozen") ? (h.frozen ? "是" : "否") : h.frozen);
      return row;
    });
    sheets.push(s);
    const n = rows.length;
    shareholders = { rows, at: at(s.name, `A1:F${n + 1}`) };
    shareholderLayout = tableLayout("shareholders", n, [
      column("name", "A", "股东名称", true),
      column("type", "B", "股东类型", !unsafe.has("type")),
      column(
        "stake",
        "C",
        "持股比例",
        !unsafe.has("stake"),
        unsafe.has("stake") ? undefined : form
      ),
      column("concertGroup", "D", "一致行动人", true),
      column("pledgedShare", "E", "质押比例", !unsafe.has("pledgedShare"), form),
      column("frozen", "F", "司法冻结", !unsafe.has("frozen")),
    ]);
  }

  let board: GovernanceInputs["board"] = null;
  let boardLayout: TableLayout | null = null;
  if (spec.board !== null && spec.board !== undefined) {
    const s = new SheetWriter(SHEETS.board);
    ["董事姓名", "董事会职务", "兼任高管职务"].forEach((h, i) => s.put(`${"ABC"[i]}1`, h));
    const rows: BoardRow[] = spec.board.map((d, i) => {
      const r = i + 2;
      s.put(`A${r}`, d.name);
      s.put(`B${r}`, enumText("boardRole", d.role, writing));
      if (d.post !== undefined && d.post !== null) s.put(`C${r}`, d.post);
      return {
        name: { value: d.name, at: at(s.name, `A${r}`) },
        boardRole: { value: d.role, at: at(s.name, `B${r}`) },
        managementPost: { value: d.post ?? null, at: at(s.name, `C${r}`) },
      };
    });
    sheets.push(s);
    board = { rows, at: at(s.name, `A1:C${rows.length + 1}`) };
    boardLayout = tableLayout("board", rows.length, [
      column("name", "A", "董事姓名", true),
      column("boardRole", "B", "董事会职务", !unsafe.has("boardRole")),
      column("managementPost", "C", "兼任高管职务", false),
    ]);
  }

  const s = new SheetWriter(SHEETS.profile);
  s.put("A1", "项目");
  s.put("B1", "内容");
  const profile: Record<string, Sourced<unknown>> = {};
  const items: Record<string, ProfileItemLayout> = {};
  const profileItems = spec.items ?? PROFILE_ITEMS;
  profileItems.forEach((item, i) => {
    const key = item.key;
    if (!(key in spec.profile)) return;
    const raw = spec.profile[key] ?? null;
    const r = i + 2;
    const cell = `B${r}`;
    s.put(`A${r}`, formatMessage(msg(`item.${key}` as MessageKey), "zh-CN"));
    let value: unknown = raw;
    const safe = !unsafe.has(`profile.${key}`);
    let itemForm: "fraction" | "points" | undefined;
    const kind = item.value;
    if (raw !== null) {
      if (kind.kind === "percent") {
        value = dec(String(raw)).div(100);
        const written = percentCell(String(raw), safe, form);
        s.put(cell, written.value, written.format);
        itemForm = safe ? form : undefined;
      } else if (kind.kind === "wholeNumber" || kind.kind === "amount") {
        value = dec(String(raw));
        s.put(cell, safe ? Number(raw) : `${String(raw)}`);
      } else if (kind.kind === "enum") {
        s.put(cell, safe ? enumText(kind.enumName, String(raw), writing) : ` ${String(raw)} `);
      } else if (kind.kind === "yesNo") {
        s.put(cell, safe ? Boolean(raw) : raw ? "是" : "否");
      } else {
        s.put(cell, String(raw));
      }
    }
    profile[key] = { value, at: at(s.name, cell) };
    items[key] = {
      key,
      cell,
      formulaSafe: safe,
      ...(itemForm === undefined ? {} : { form: itemForm }),
      // 是/否 as the reader marks them: yes/no words a formula can MATCH.
      ...(kind.kind === "yesNo" && !safe && raw !== null ? { yesWord: true } : {}),
    };
  });
  sheets.push(s);

  return {
    inputs: {
      shareholders,
      board,
      profile: profile as ProfileInputs,
      profileAt: at(s.name, `A1:B${profileItems.length + 1}`),
    },
    layout: {
      shareholders: shareholderLayout,
      board: boardLayout,
      profile: tableLayout("profile", profileItems.length, [
        column("item", "A", "项目", true),
        column("value", "B", "内容", true),
      ]),
      profileItems: items,
    },
    sheets,
  };
}

export function scoreClient(client: BuiltClient, params: ModelParameters): ScoreResult {
  const outcome = scoreGovernance(client.inputs, params);
  if (!outcome.ok)
    throw new Error(JSON.stringify(outcome.issues.map((i) => formatMessage(i.message, "en-US"))));
  return outcome.value;
}
