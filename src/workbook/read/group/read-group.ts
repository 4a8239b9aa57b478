import {
  checkGroupStructure,
  GROUP_MEMBERS_TABLE,
  GROUP_PROFILE_ITEMS,
  GROUP_PROFILE_TABLE,
  GUARANTEES_TABLE,
  msg,
  type CellRef,
  type Decimal,
  type GroupCell,
  type GroupInputs,
  type GroupMember,
  type GroupProfile,
  type GuaranteeRow,
  type Issue,
  type Sourced,
  type TableSpec,
} from "../../../core";
import { rangeAddress } from "../../a1";
import type { WorkbookSnapshot } from "../../snapshot";
import { findTable } from "../find-tables";
import { catalogueRef, Findings, listOf } from "../findings";
import { matchHeaders, type HeaderMatch } from "../headers";
import { reportOfficerView } from "../officer-view";
import { readProfile } from "../profile";
import { locateRegion, type TableRegion } from "../region";
import { planRows, type RowPlan } from "../rows";
import { TableColumns } from "../table-columns";
import type { ProfileItemLayout, ReadNotice, TableLayout } from "../types";
import { AMOUNT, enumReader, TEXT, WHOLE_NUMBER, YES_NO } from "../values";

/** Where each group table sits: the group sheet's formulas refer to these cells. */
export interface GroupLayout {
  readonly members: TableLayout;
  readonly guarantees: TableLayout | null;
  readonly profile: TableLayout;
  readonly profileItems: Readonly<Record<string, ProfileItemLayout>>;
}

export type GroupReadOutcome =
  | {
      readonly ok: true;
      readonly inputs: GroupInputs;
      readonly layout: GroupLayout;
      readonly notices: readonly ReadNotice[];
    }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      readonly notices: readonly ReadNotice[];
    };

interface Located {
  readonly region: TableRegion;
  readonly match: HeaderMatch;
  readonly rows: RowPlan;
}

function locate(
  snapshot: WorkbookSnapshot,
  spec: TableSpec,
  required: boolean,
  findings: Findings
): Located | null {
  const search = findTable(snapshot, spec, findings);
  if (search.status === "ambiguous") return null;
  if (search.status === "missing") {
    const params = { table: msg(`table.${spec.id}`), names: listOf(spec.names) };
    if (required) findings.error("table.missing", msg("read.table.missing", params));
    else findings.notice("table.absent", msg("group.read.noGuarantees"));
    return null;
  }
  const region = locateRegion(search.candidate, spec, findings);
  if (region === null) return null;
  const match = matchHeaders(region, spec, findings);
  const content = [...match.columns.values()].map((c) => c.index);
  const rows = planRows(region, content, spec, findings);
  reportOfficerView(snapshot, spec, region, rows, content, findings);
  return { region, match, rows };
}

const absent = { value: null };
const cell = <T>(s: Sourced<T> | undefined): GroupCell<T> => s ?? absent;

function rowRef(t: Located, i: number): { row: number; at: CellRef } {
  const row = t.rows.dataRows[i] ?? 0;
  return {
    row: row + 1,
    at: {
      sheet: t.region.sheet.name,
      cell: rangeAddress({ top: row, bottom: row, left: t.region.left, right: t.region.right }),
    },
  };
}

function readMembers(t: Located, findings: Findings) {
  const columns = new TableColumns(
    { sheet: t.region.sheet, findings },
    GROUP_MEMBERS_TABLE,
    t.match,
    t.rows
  );
  const memberName = columns.read("memberName", TEXT);
  const clientId = columns.read("clientId", TEXT);
  const relation = columns.read("relation", enumReader("groupRelation"));
  const directParent = columns.read("directParent", TEXT);
  const parentStake = columns.percent("parentStake");
  const condition = columns.read("condition", enumReader("condition"));
  const governanceGrade = columns.read("governanceGrade", enumReader("governanceGrade"));
  const netAssets = columns.read("netAssets", AMOUNT);
  const existingExposure = columns.read("existingExposure", AMOUNT);
  const requestedLimit = columns.read("requestedLimit", AMOUNT);
  const lendingBanks = columns.read("lendingBanks", WHOLE_NUMBER);
  const members = t.rows.dataRows.map((_, i): GroupMember => ({
    ...rowRef(t, i),
    memberName: cell(memberName?.at(i)),
    clientId: cell(clientId?.at(i)),
    relation: cell(relation?.at(i)),
    directParent: cell(directParent?.at(i)),
    parentStake: cell<Decimal>(parentStake?.at(i)),
    condition: cell(condition?.at(i)),
    governanceGrade: cell(governanceGrade?.at(i)),
    netAssets: cell(netAssets?.at(i)),
    existingExposure: cell(existingExposure?.at(i)),
    requestedLimit: cell(requestedLimit?.at(i)),
    lendingBanks: cell(lendingBanks?.at(i)),
  }));
  return { members, layout: columns.layout(t.region) };
}

function readGuarantees(t: Located, findings: Findings) {
  const columns = new TableColumns(
    { sheet: t.region.sheet, findings },
    GUARANTEES_TABLE,
    t.match,
    t.rows
  );
  const guarantor = columns.read("guarantor", TEXT);
  const beneficiary = columns.read("beneficiary", TEXT);
  const amount = columns.read("amount", AMOUNT);
  const kind = columns.read("kind", enumReader("guaranteeKind"));
  const collateralOwner = columns.read("collateralOwner", TEXT);
  const registered = columns.read("registered", YES_NO);
  const guarantees = t.rows.dataRows.map((_, i): GuaranteeRow => ({
    ...rowRef(t, i),
    guarantor: cell(guarantor?.at(i)),
    beneficiary: cell(beneficiary?.at(i)),
    amount: cell(amount?.at(i)),
    kind: cell(kind?.at(i)),
    collateralOwner: cell(collateralOwner?.at(i)),
    registered: cell(registered?.at(i)),
  }));
  return { guarantees, layout: columns.layout(t.region) };
}

/**
 * Read a group workbook (group-model.md §1): the Members (集团成员), Guarantees (担保关系) and
 * Group profile (集团概况) tables, as Excel tables or sheets, headers in English or Chinese, in any
 * column order. Every problem is reported at once, each at its cell: unreadable values, missing
 * columns, and every structural error of the group (no parent or two, an unknown parent, a cycle
 * of parents, a subsidiary without a parent, inconsistent stakes); a controlled member held 50%
 * or less is a notice. An absent Guarantees table means no guarantees (a notice).
 * @example readGroupWorkbook(snapshot).ok // true for examples/groups/clean-group.xlsx
 */
export function readGroupWorkbook(snapshot: WorkbookSnapshot): GroupReadOutcome {
  const findings = new Findings();
  const membersTable = locate(snapshot, GROUP_MEMBERS_TABLE, true, findings);
  const guaranteesTable = locate(snapshot, GUARANTEES_TABLE, false, findings);
  const profileTable = locate(snapshot, GROUP_PROFILE_TABLE, true, findings);

  const members = membersTable === null ? null : readMembers(membersTable, findings);
  const guarantees = guaranteesTable === null ? null : readGuarantees(guaranteesTable, findings);
  const profile =
    profileTable === null
      ? null
      : readProfile(
          { sheet: profileTable.region.sheet, findings },
          profileTable.region,
          profileTable.match,
          profileTable.rows,
          [],
          GROUP_PROFILE_ITEMS
        );

  if (members !== null && members.members.length === 0 && membersTable !== null)
    findings.error("group.noMembers", msg("group.read.noMembers"), {
      sheet: membersTable.region.sheet.name,
      cell: members.layout.columns[0]?.column
        ? `${members.layout.columns[0].column}${members.layout.headerRow}`
        : "A1",
    });

  const items = (profile?.profile ?? {}) as Readonly<Record<string, Sourced<unknown> | undefined>>;
  const groupProfile: GroupProfile = {
    groupName: (items["groupName"] as Sourced<string> | undefined) ?? absent,
    ultimateController: (items["ultimateController"] as Sourced<string> | undefined) ?? absent,
    ultimateControllerType:
      (items["ultimateControllerType"] as GroupProfile["ultimateControllerType"] | undefined) ??
      absent,
    bankNetCapital: (items["bankNetCapital"] as Sourced<Decimal> | undefined) ?? absent,
    currency: (items["currency"] as Sourced<string> | undefined) ?? absent,
  };
  if (profile !== null && groupProfile.bankNetCapital.value === null)
    findings.error(
      "group.profileItemRequired",
      msg("group.read.profileItemRequired", { item: catalogueRef("item.bankNetCapital") }),
      groupProfile.bankNetCapital.at ?? profile.at
    );

  const inputs: GroupInputs = {
    members: members?.members ?? [],
    guarantees: guarantees?.guarantees ?? [],
    profile: groupProfile,
  };
  // Structure errors are reported with the cell errors: all at once.
  const structure = checkGroupStructure(inputs);
  const issues = [...findings.issues, ...structure.errors];
  const notices = [...findings.notices, ...structure.warnings];
  if (issues.length > 0 || members === null || profile === null)
    return { ok: false, issues, notices };
  return {
    ok: true,
    inputs,
    layout: {
      members: members.layout,
      guarantees: guarantees?.layout ?? null,
      profile: profile.layout,
      profileItems: profile.items,
    },
    notices,
  };
}
