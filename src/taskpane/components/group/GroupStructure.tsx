import type { ReactNode } from "react";
import { oneLine, type GroupAnalysis, type MemberAnalysis } from "../../../core";
import { percentText } from "../../format";
import { useTranslation } from "../../i18n";
import { useSectionStyles } from "../../styles";
import { useGroupStyles } from "./styles";

/** Each member's children (indices), in tree order. */
function childrenOf(analysis: GroupAnalysis): Map<number | null, number[]> {
  const children = new Map<number | null, number[]>();
  for (const index of analysis.treeOrder) {
    const parent = analysis.members[index]?.ancestors[0] ?? null;
    children.set(parent, [...(children.get(parent) ?? []), index]);
  }
  return children;
}

function MemberLine({ member }: { readonly member: MemberAnalysis }) {
  const { tk } = useTranslation();
  const styles = useGroupStyles();
  const stake =
    member.lookThroughStake === null
      ? "—"
      : tk("tp.group.stake", { stake: percentText(member.lookThroughStake) });
  return (
    <span className={styles.member}>
      <span className={styles.memberName}>{oneLine(member.name)}</span>
      <span className={styles.memberLine}>
        {tk("tp.group.memberLine", {
          relation: tk(`enum.groupRelation.${member.relation}`),
          stake,
          grade: member.grade ?? tk("tp.group.noGrade"),
        })}
      </span>
    </span>
  );
}

/**
 * The group's structure as nested lists (a screen reader announces the levels): each member with
 * its relation, the parent's look-through stake in it and its grade.
 */
export function GroupStructure({ analysis }: { readonly analysis: GroupAnalysis }) {
  const { tk } = useTranslation();
  const styles = useGroupStyles();
  const section = useSectionStyles();
  const children = childrenOf(analysis);
  const list = (parent: number | null, nested: boolean): ReactNode => {
    const indices = children.get(parent) ?? [];
    if (indices.length === 0) return null;
    return (
      <ul className={nested ? styles.subtree : styles.tree}>
        {indices.map((index) => {
          const member = analysis.members[index];
          if (member === undefined) return null;
          return (
            <li key={index} data-testid="group-member">
              <MemberLine member={member} />
              {list(index, true)}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <div className={section.stack}>
      <h3 className={section.heading}>{tk("tp.group.structure")}</h3>
      {list(null, false)}
    </div>
  );
}
