import { checklistFactor, item, VALUE } from "../../src/core";
import { M } from "./messages";

/** A yes/no checklist, as data: two board practices, each worth its points when answered yes. */
export const f8BoardPractices = checklistFactor({
  id: "F8",
  section: "f8",
  name: M["factor.F8.name"],
  weight: "5",
  since: 3,
  items: [
    {
      item: item("boardEvaluation", ["Board evaluation", "董事会评价"], VALUE.yesNo),
      points: "60",
    },
    {
      item: item(
        "relatedPartyCommittee",
        ["Related-party committee", "关联交易委员会"],
        VALUE.yesNo
      ),
      points: "40",
    },
  ],
});
