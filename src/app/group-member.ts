import {
  analyseGroup,
  CONDITIONS,
  defaultParameters,
  GROUP_POSITIONS,
  formatMessage,
  GROUP_DERIVED_ITEMS,
  groupInputFingerprint,
  LANGUAGES,
  mergeGroupPosition,
  msg,
  type CellRef,
  type Condition,
  type DerivedPosition,
  type GovernanceInputs,
  type GroupDerivedItem,
  type GroupRelation,
  type GroupScoring,
  type Issue,
  type Language,
  type ModelParameters,
} from "../core";
import { idNumberKey } from "../core/identity";
import type { ReadNotice } from "../workbook/read";
import { readGroupWorkbook } from "../workbook/read/group";
import { scorecardRows } from "../workbook/scorecard/layout";
import {
  cellsText,
  GROUP_BLOCK,
  groupBlockAt,
  parseCellsText,
  valueMessage,
} from "../workbook/scorecard/sections/group-inputs";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { GROUP_INPUTS_LAYOUT } from "../workbook/versions";
import { cellText, cellValue, recordedScorecard } from "./recorded-scorecard";

/** One member of a group workbook as a member's scoring needs it (plain data: crosses workers). */
export interface GroupSourceMember {
  readonly name: string;
  readonly clientId: string | null;
  readonly at: CellRef | null;
  readonly derived: DerivedPosition;
  readonly parentName: string | null;
  readonly parentClientId: string | null;
}

/**
 * A group workbook read and analysed once for `score --group`: its file name, fingerprint and
 * each member's derived F5 inputs. Plain data, so a folder run hands it to every job worker.
 */
export interface GroupSource {
  readonly file: string;
  readonly fingerprint: string;
  readonly groupName: string;
  readonly members: readonly GroupSourceMember[];
}

/**
 * Read and analyse a group workbook for scoring its members (group-model.md §3): every error of
 * the group workbook is returned, located, as for `govscore group`.
 * @example groupSource(snapshot, "g1.xlsx").ok && groupSource(snapshot, "g1.xlsx").source.members.length
 */
export function groupSource(
  snapshot: WorkbookSnapshot,
  file: string,
  params: ModelParameters = defaultParameters()
):
  | { readonly ok: true; readonly source: GroupSource; readonly notices: readonly ReadNotice[] }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const read = readGroupWorkbook(snapshot);
  if (!read.ok) return { ok: false, issues: read.issues };
  const analysis = analyseGroup(read.inputs, params);
  const members = analysis.members.map((m): GroupSourceMember => {
    const parent = m.ancestors[0] === undefined ? undefined : analysis.members[m.ancestors[0]];
    const row = read.inputs.members[m.index];
    return {
      name: m.name,
      clientId: m.clientId,
      at: row?.at ?? null,
      derived: m.derived,
      parentName: parent?.name ?? null,
      parentClientId: parent?.clientId ?? null,
    };
  });
  return {
    ok: true,
    source: {
      file,
      fingerprint: groupInputFingerprint(read.inputs),
      groupName: analysis.groupName,
      members,
    },
    notices: read.notices,
  };
}

/** Client IDs compared as ID numbers are (width, case, spaces and dashes folded). */
function sameId(a: string, b: string): boolean {
  return idNumberKey(a) === idNumberKey(b) && idNumberKey(a) !== "";
}

/** The group record of one member: how each F5 item was decided, and where it came from. */
function recordOf(
  source: Pick<GroupSource, "file" | "fingerprint" | "groupName">,
  member: GroupSourceMember,
  values: GroupScoring["values"]
): GroupScoring {
  return {
    file: source.file,
    fingerprint: source.fingerprint,
    groupName: source.groupName,
    memberName: member.name,
    memberAt: member.at,
    parentName: member.parentName,
    parentClientId: member.parentClientId,
    values,
  };
}

/**
 * A member's inputs with its group's F5 items (group-model.md §3): matched by client ID, blank
 * items filled and conflicts decided by the worse value (`mergeGroupPosition`), the record kept
 * in the inputs (fingerprinted, written on the scorecard). A client the group does not list, or
 * without a client ID, is scored alone with a notice at its client-ID cell.
 * @example withGroup(read.inputs, source).inputs.group?.values[0].decision // "group"
 */
export function withGroup(
  inputs: GovernanceInputs,
  source: GroupSource
): { readonly inputs: GovernanceInputs; readonly notices: readonly ReadNotice[] } {
  const idInput = inputs.profile.clientId;
  const clientId = idInput?.value ?? null;
  const at = idInput?.at ?? inputs.profileAt;
  const located = at === undefined ? {} : { at };
  if (clientId === null || clientId.trim() === "")
    return {
      inputs,
      notices: [
        {
          code: "group.noClientId",
          message: msg("app.notice.groupNoClientId", { file: source.file }),
          ...located,
        },
      ],
    };
  const member = source.members.find((m) => m.clientId !== null && sameId(m.clientId, clientId));
  if (member === undefined)
    return {
      inputs,
      notices: [
        {
          code: "group.notMember",
          message: msg("app.notice.groupNotMember", { client: clientId, file: source.file }),
          ...located,
        },
      ],
    };
  const merged = mergeGroupPosition(inputs.profile, member.derived);
  const record = recordOf(source, member, merged.values);
  const notices: ReadNotice[] = [
    {
      code: "group.used",
      message: msg("app.notice.groupUsed", {
        file: source.file,
        member: member.name,
        filled: merged.values.filter((v) => v.decision === "group").length,
        worse: merged.values.filter((v) => v.decision === "worse").length,
      }),
      ...located,
    },
  ];
  for (const v of merged.values) {
    if (v.decision !== "worse" || v.member === null || v.group === null || v.used === null)
      continue;
    const own = inputs.profile[v.item]?.at;
    notices.push({
      code: "group.worse",
      message: msg("app.notice.groupWorse", {
        item: msg(`item.${v.item}`),
        member: msg(valueMessage(v.item, v.member)),
        group: msg(valueMessage(v.item, v.group)),
        used: msg(valueMessage(v.item, v.used)),
        source: `${source.file}: ${cellsText(v.groupCells)}`,
      }),
      ...(own === undefined ? {} : { at: own }),
    });
  }
  return { inputs: { ...inputs, profile: merged.profile, group: record }, notices };
}

/** What a scorecard's group block says, before it is applied to the inputs read again. */
export type RecordedGroup =
  | { readonly kind: "none" }
  | {
      readonly kind: "recorded";
      readonly source: Pick<GroupSource, "file" | "fingerprint" | "groupName">;
      readonly member: GroupSourceMember;
    }
  | { readonly kind: "unreadable"; readonly cell: string; readonly found: string };

/** An item's value from its label in either language ("—" or blank: none). */
function valueOfLabel(item: GroupDerivedItem, text: string): string | null | undefined {
  if (text === "" || LANGUAGES.some((l) => formatMessage(msg("sc.group.none"), l) === text))
    return null;
  const values: readonly string[] = item === "groupPosition" ? GROUP_POSITIONS : CONDITIONS;
  return values.find((v) =>
    LANGUAGES.some((l) => formatMessage(msg(valueMessage(item, v)), l) === text)
  );
}

/**
 * Read the group block a scorecard of layout 4 on records (a member scored with its group), in
 * the rows the parameters place it: none when the block's title is not there.
 * @example recordedGroup(scorecard, params, 4).kind // "recorded"
 */
export function recordedGroup(
  sheet: SheetSnapshot,
  params: ModelParameters,
  layoutVersion: number
): RecordedGroup {
  if (layoutVersion < GROUP_INPUTS_LAYOUT) return { kind: "none" };
  const block = groupBlockAt(scorecardRows(params, layoutVersion).detailsFirstRow);
  const first = block.firstRow;
  const text = (ref: string) => cellText(cellValue(sheet, ref));
  const title = text(`A${first}`);
  if (!LANGUAGES.some((l) => formatMessage(msg("sc.section.groupInputs"), l) === title))
    return { kind: "none" };
  const none = (t: string) =>
    t === "" || LANGUAGES.some((l) => formatMessage(msg("sc.group.none"), l) === t) ? null : t;
  const memberAtText = text(`E${first + GROUP_BLOCK.member}`);
  const memberAt = parseCellsText(memberAtText);
  if (memberAt === null || memberAt.length > 1)
    return { kind: "unreadable", cell: `E${first + GROUP_BLOCK.member}`, found: memberAtText };
  const groupValues: Partial<Record<GroupDerivedItem, string | null>> = {};
  const sources: Partial<Record<GroupDerivedItem, CellRef[]>> = {};
  for (const item of GROUP_DERIVED_ITEMS) {
    const row = block.itemRow(item);
    const found = text(`D${row}`);
    const value = valueOfLabel(item, found);
    if (value === undefined) return { kind: "unreadable", cell: `D${row}`, found };
    const cells = parseCellsText(text(`E${row}`));
    if (cells === null) return { kind: "unreadable", cell: `E${row}`, found: text(`E${row}`) };
    groupValues[item] = value;
    sources[item] = cells;
  }
  const position = groupValues.groupPosition;
  const siblings = groupValues.siblingsCondition;
  if (position === null || position === undefined)
    return { kind: "unreadable", cell: `D${block.itemRow("groupPosition")}`, found: "" };
  if (siblings === null || siblings === undefined)
    return { kind: "unreadable", cell: `D${block.itemRow("siblingsCondition")}`, found: "" };
  const derived: DerivedPosition = {
    groupPosition: position as GroupRelation,
    parentGovernance: (groupValues.parentGovernance ?? null) as Condition | null,
    parentCondition: (groupValues.parentCondition ?? null) as Condition | null,
    siblingsCondition: siblings as Condition,
    sources: {
      groupPosition: sources.groupPosition ?? [],
      parentGovernance: sources.parentGovernance ?? [],
      parentCondition: sources.parentCondition ?? [],
      siblingsCondition: sources.siblingsCondition ?? [],
    },
  };
  return {
    kind: "recorded",
    source: {
      file: text(`B${first + GROUP_BLOCK.file}`),
      fingerprint: text(`B${first + GROUP_BLOCK.fingerprint}`),
      groupName: text(`B${first + GROUP_BLOCK.groupName}`),
    },
    member: {
      name: text(`B${first + GROUP_BLOCK.member}`),
      clientId: null,
      at: memberAt[0] ?? null,
      derived,
      parentName: none(text(`B${first + GROUP_BLOCK.parent}`)),
      parentClientId: none(text(`C${first + GROUP_BLOCK.parent}`)),
    },
  };
}

/**
 * The inputs read again with the group values a scorecard records applied as when it was scored
 * (`verify`: no group workbook needed). The record's facts are in the input fingerprint, so a
 * changed value, cell, file name or fingerprint in the block fails the fingerprint check.
 * @example withRecordedGroup(read.inputs, recorded).group?.file // "g1.xlsx"
 */
export function withRecordedGroup(
  inputs: GovernanceInputs,
  recorded: Extract<RecordedGroup, { kind: "recorded" }>
): GovernanceInputs {
  const merged = mergeGroupPosition(inputs.profile, recorded.member.derived);
  return {
    ...inputs,
    profile: merged.profile,
    group: recordOf(recorded.source, recorded.member, merged.values),
  };
}

/** The audit reason of a member's scoring with its group (empty: scored alone). */
export function groupAuditReason(inputs: GovernanceInputs, language: Language): string {
  const g = inputs.group;
  if (g === undefined) return "";
  return formatMessage(
    msg("audit.reason.groupScored", { file: g.file, fingerprint: g.fingerprint }),
    language
  );
}

/**
 * The inputs as the scorecard being overridden or approved was scored: with the group values it
 * records (a member scored with its group), else as read.
 * @example inputsAsScored(sheets.scorecard, read.inputs, params).group?.file // "g1.xlsx"
 */
export function inputsAsScored(
  scorecard: SheetSnapshot,
  inputs: GovernanceInputs,
  params: ModelParameters
): GovernanceInputs {
  const layout = recordedScorecard(scorecard).layoutVersion;
  const group = recordedGroup(scorecard, params, Number.isNaN(layout) ? 1 : layout);
  return group.kind === "recorded" ? withRecordedGroup(inputs, group) : inputs;
}
