import {
  findIdentityDuplicates,
  idNumberKey,
  lookalikesIn,
  nameIdentityKey,
  NEAR_EDIT_MAX_ROWS,
  type IdentityRow,
} from "../../src/core";

const rows = (...names: (string | [string, string | null])[]): IdentityRow[] =>
  names.map((n) =>
    typeof n === "string"
      ? { name: { value: n } }
      : { name: { value: n[0] }, idNumber: { value: n[1] } }
  );

describe("name identity keys", () => {
  it.each([
    ["Sole Holding Co", "Sоle Hоlding Cо"], // Cyrillic о
    ["Sole Holding Co", "Sole Нolding Co"], // Cyrillic Н
    ["Sole Holding Co", "Sole Ηolding Co"], // Greek Η
    ["Sole Holding Co", "Sоlе Ноldіng Cо"], // Cyrillic о, е, Н, і
    ["Sole Holding Co", "ＳＯＬＥ　ＨＯＬＤＩＮＧ　ＣＯ"], // full-width, ideographic space
    ["Sole Holding Co", " sole  holding\u00a0co "], // case, runs of spaces, NBSP
    ["Sole Holding Co", "Sole Hol\u200bding Co"], // zero-width space
    ["Sole Holding Co", "Sole Hol\u202eding Co"], // bidirectional override
    ["Apex", "Αpex"], // Greek Α
    ["甲公司", "甲公司\u200d"],
  ])("folds %s and %s to one key", (a, b) => {
    expect(nameIdentityKey(b)).toBe(nameIdentityKey(a));
  });

  it.each([
    ["张伟", "张玮"],
    ["Alpha Fund 1", "Alpha Fund 2"],
    ["Sole", "Solo"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(nameIdentityKey(a)).not.toBe(nameIdentityKey(b));
  });

  it("names the lookalike and invisible characters a name holds", () => {
    expect(lookalikesIn("Sоle Hіll")).toEqual(["о U+043E", "і U+0456"]);
    expect(lookalikesIn("So\u200ble")).toEqual(["U+200B"]);
    expect(lookalikesIn("Sole")).toEqual([]);
  });
});

describe("ID number keys", () => {
  it("folds width, case, spaces, hyphens and lookalike letters", () => {
    const key = idNumberKey("91110000MA01ABCD2X");
    expect(idNumberKey(" 9111 0000-ma01-abcd2x ")).toBe(key);
    expect(idNumberKey("９１１１００００ＭＡ０１ＡＢＣＤ２Ｘ")).toBe(key);
    expect(idNumberKey("91110000МА01АВСD2Х")).toBe(key); // Cyrillic М, А, В, С, Х
    expect(idNumberKey("91110000MA01ABCD2Y")).not.toBe(key);
  });
});

describe("findIdentityDuplicates", () => {
  it("refuses one holder split into five rows spelled with Cyrillic о and і", () => {
    const found = findIdentityDuplicates(
      rows(
        "Insider Holdings",
        "Insіder Holdings",
        "Insider Hоldings",
        "Іnsider Holdings",
        "Insider Hоldіngs"
      )
    );
    expect(found).toEqual([
      { kind: "sameName", row: 1, first: 0, lookalike: true },
      { kind: "sameName", row: 2, first: 0, lookalike: true },
      { kind: "sameName", row: 3, first: 0, lookalike: true },
      { kind: "sameName", row: 4, first: 0, lookalike: true },
    ]);
  });

  it("reads two 张伟 with different ID numbers as two holders, with a notice", () => {
    const found = findIdentityDuplicates(
      rows(["张伟", "110101199001011234"], ["张伟", "110101198505052345"])
    );
    expect(found).toEqual([{ kind: "sameNameOtherId", row: 1, first: 0 }]);
  });

  it("refuses the same ID number twice, whatever the names", () => {
    const found = findIdentityDuplicates(
      rows(["张伟", "110101199001011234"], ["张 伟", "110101-19900101-1234"], ["李娜", "1234"])
    );
    expect(found).toEqual([{ kind: "sameId", row: 1, first: 0 }]);
    expect(
      findIdentityDuplicates(rows(["甲公司", "91110000MA01"], ["乙公司", "91110000ma01"]))
    ).toEqual([{ kind: "sameId", row: 1, first: 0 }]);
  });

  it("refuses a same-name row without an ID number: it cannot be told apart", () => {
    expect(findIdentityDuplicates(rows(["张伟", "1234"], ["张伟", null]))).toEqual([
      { kind: "sameName", row: 1, first: 0, lookalike: false },
    ]);
    expect(findIdentityDuplicates(rows(["张伟", null], ["张伟", "1234"]))).toEqual([
      { kind: "sameName", row: 0, first: 1, lookalike: false },
    ]);
    expect(findIdentityDuplicates(rows(["张伟", null], ["张伟", null]))).toEqual([
      { kind: "sameName", row: 1, first: 0, lookalike: false },
    ]);
  });

  it("reports near-duplicates: one letter apart, or only punctuation apart", () => {
    expect(findIdentityDuplicates(rows("Alpha Holdings", "Alpha Holdngs"))).toEqual([
      { kind: "near", row: 1, first: 0 },
    ]);
    expect(findIdentityDuplicates(rows("ABC Co., Ltd.", "ABC Co Ltd"))).toEqual([
      { kind: "near", row: 1, first: 0 },
    ]);
    expect(findIdentityDuplicates(rows("北京华信投资有限公司", "北京华信投資有限公司"))).toEqual([
      { kind: "near", row: 1, first: 0 },
    ]);
    expect(findIdentityDuplicates(rows("Alpha Holdings", "Alhpa Holdings"))).toEqual([
      { kind: "near", row: 1, first: 0 },
    ]);
  });

  it("does not call short names, numbered series or distinct ID holders near-duplicates", () => {
    expect(findIdentityDuplicates(rows("张伟", "张玮"))).toEqual([]);
    expect(findIdentityDuplicates(rows("资产管理计划1号", "资产管理计划2号"))).toEqual([]);
    expect(findIdentityDuplicates(rows("资产管理计划一号", "资产管理计划二号"))).toEqual([]);
    expect(findIdentityDuplicates(rows("自然人甲", "自然人乙", "自然人丙"))).toEqual([]);
    expect(findIdentityDuplicates(rows("Alpha Fund A", "Alpha Fund B"))).toEqual([]);
    expect(findIdentityDuplicates(rows("Alpha Fund 1", "Alpha Fund 12"))).toEqual([]);
    expect(findIdentityDuplicates(rows(["Alpha Holdings", "1"], ["Alpha Holdngs", "2"]))).toEqual(
      []
    );
    expect(findIdentityDuplicates(rows("Alpha Holdings", "Beta Holdings"))).toEqual([]);
  });

  it("finds lookalikes in a large register, and near-duplicates up to NEAR_EDIT_MAX_ROWS", () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `Holder number ${i} of the register`);
    const found = findIdentityDuplicates(rows(...many, "Holder number 7 of the regіster"));
    expect(found).toEqual([{ kind: "sameName", row: 100_000, first: 7, lookalike: true }]);
    const typed = Array.from({ length: NEAR_EDIT_MAX_ROWS - 1 }, (_, i) => `Holder ${i} Ltd`);
    expect(findIdentityDuplicates(rows(...typed, "Holder 7 Ltdd"))).toEqual([
      { kind: "near", row: NEAR_EDIT_MAX_ROWS - 1, first: 7 },
    ]);
  });
});
