import { bandedFactor, item, VALUE } from "../../src/core";
import { M } from "./messages";

/**
 * A factor of a generic kind, as data: guarantees given for related parties as a share of net
 * assets (篇3 names mutual and chain guarantees as the commonest way group credit goes bad).
 * The scorecard's formula comes from the kind; no twin is written.
 */
export const f7RelatedGuarantees = bandedFactor({
  id: "F7",
  section: "f7",
  name: M["factor.F7.name"],
  weight: "5",
  since: 3,
  item: item(
    "relatedGuaranteeRatio",
    ["Related-party guarantees / net assets", "关联担保占净资产比例"],
    VALUE.percent
  ),
  bands: [{ upTo: "0.10", points: "100" }, { upTo: "0.30", points: "60" }, { points: "20" }],
  measure: M["item.relatedGuaranteeRatio"],
});
