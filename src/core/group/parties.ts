import { normaliseLabel } from "../inputs/schema";
import type { GroupMember } from "./types";

/**
 * Who a name in a group workbook is: a member (by its name or its client ID, compared after
 * trim, NFKC and case folding) or an outside party (by its own folded name).
 */
export type Party =
  | { readonly kind: "member"; readonly index: number; readonly key: string }
  | { readonly kind: "outside"; readonly name: string; readonly key: string };

export class PartyIndex {
  private readonly byName = new Map<string, number>();
  private readonly byId = new Map<string, number>();

  constructor(readonly members: readonly GroupMember[]) {
    members.forEach((m, i) => {
      const name = m.memberName.value;
      if (name !== null && !this.byName.has(normaliseLabel(name)))
        this.byName.set(normaliseLabel(name), i);
      const id = m.clientId.value;
      if (id !== null && !this.byId.has(normaliseLabel(id))) this.byId.set(normaliseLabel(id), i);
    });
  }

  /** The member a text names, by name first, then by client ID. */
  member(text: string): number | undefined {
    const key = normaliseLabel(text);
    return this.byName.get(key) ?? this.byId.get(key);
  }

  /**
   * The party a text names.
   * @example parties.resolve("甲集团").kind // "member"
   */
  resolve(text: string): Party {
    const index = this.member(text);
    if (index !== undefined) return { kind: "member", index, key: `m${index}` };
    return { kind: "outside", name: text.trim(), key: `o:${normaliseLabel(text)}` };
  }

  /** A member's display name. */
  nameOf(index: number): string {
    return this.members[index]?.memberName.value ?? "";
  }
}
