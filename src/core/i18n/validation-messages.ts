/** Messages for refused parameters and inputs that reach the core. */
export const VALIDATION_MESSAGES = {
  "param.unknown": {
    en: "Unknown model parameter {parameter}",
    zh: "未知的模型参数{parameter}",
  },
  "param.missing": {
    en: "Model parameter {parameter} is missing",
    zh: "缺少模型参数{parameter}",
  },
  "param.notNumber": {
    en: "Model parameter {parameter} must be a number; found “{found}”",
    zh: "模型参数{parameter}应为数字，实际为“{found}”",
  },
  "param.notFraction": {
    en: "Model parameter {parameter} must be a ratio such as 1/3 or 0.5 between 0 and 1; found “{found}”",
    zh: "模型参数{parameter}应为0到1之间的比例（如1/3或0.5），实际为“{found}”",
  },
  "param.outOfRange": {
    en: "Model parameter {parameter} = {found} is outside {min}–{max}",
    zh: "模型参数{parameter} = {found}，超出{min}至{max}的范围",
  },
  "param.notWhole": {
    en: "Model parameter {parameter} must be a whole number; found {found}",
    zh: "模型参数{parameter}应为整数，实际为{found}",
  },
  "param.notText": {
    en: "Model parameter {parameter} must be text; found “{found}”",
    zh: "模型参数{parameter}应为文本，实际为“{found}”",
  },
  "param.notBoolean": {
    en: "Model parameter {parameter} must be yes or no; found “{found}”",
    zh: "模型参数{parameter}应为是或否，实际为“{found}”",
  },
  "param.notOneOf": {
    en: "Model parameter {parameter} = “{found}” must be one of {expected}",
    zh: "模型参数{parameter} = “{found}”，应为{expected}之一",
  },
  "param.weightsSum": {
    en: "The factor weights must sum to 100; they sum to {sum}",
    zh: "各因素权重之和应为100，实际为{sum}",
  },
  "param.notOrdered": {
    en: "Model parameter {parameter} ({found}) must be {relation} {other} ({otherValue})",
    zh: "模型参数{parameter}（{found}）应{relation}{other}（{otherValue}）",
  },
  "param.relation.below": { en: "below", zh: "小于" },
  "param.relation.atMost": { en: "at most", zh: "不大于" },
  "param.relation.atLeast": { en: "at least", zh: "不小于" },
  "param.gradeBandsCover": {
    en: "Grade bands must cover 0–100: the minimum of grade D must be 0; found {found}",
    zh: "等级区间应覆盖0至100：D级下限应为0，实际为{found}",
  },
  "param.f6PointsSum": {
    en: "The F6 item points sum to {sum}; at most 100 allowed",
    zh: "F6各项分值之和为{sum}，不得超过100",
  },
  "param.checklistPointsSum": {
    en: "The {factor} item points sum to {sum}; at most 100 allowed",
    zh: "{factor}各项分值之和为{sum}，不得超过100",
  },
  "param.schemaVersion": {
    en: "The model sheet was written under model schema {found}; this release reads schemas 1 to {supported}",
    zh: "评分模型表的模型结构版本为{found}；本版本可读取的结构版本为1至{supported}",
  },
  "param.notInSchema": {
    en: "Model parameter {parameter} does not exist in model schema {schema}",
    zh: "模型结构版本{schema}中不存在模型参数{parameter}",
  },
  "param.ratingScaleEmpty": { en: "The rating scale is empty", zh: "评级序列为空" },
  "param.ratingScaleDuplicate": {
    en: "The rating scale lists {rating} twice",
    zh: "评级序列中{rating}重复出现",
  },
  "input.ratingNotOnScale": {
    en: "Base rating {rating} is not on the model's rating scale ({scale})",
    zh: "基础评级{rating}不在模型评级序列中（{scale}）",
  },
  "input.rejectedAboveSubmitted": {
    en: "Proposals rejected ({rejected}) exceed proposals submitted ({submitted})",
    zh: "被否决议案数（{rejected}）大于提交数（{submitted}）",
  },
  "input.stakeOutOfRange": {
    en: "Stake {stake} is outside 0–100%",
    zh: "持股比例{stake}超出0至100%的范围",
  },
  "input.ratioOutOfRange": {
    en: "{item} = {value} is outside 0–100%",
    zh: "{item} = {value}，超出0至100%的范围",
  },
  "input.notWholeNumber": {
    en: "{item} = {value} must be a whole number of at least 0",
    zh: "{item} = {value}，应为不小于0的整数",
  },
  "input.amountNegative": {
    en: "{item} = {value} must be at least 0",
    zh: "{item} = {value}，不得小于0",
  },
  "input.requiredBlank": {
    en: "{column} is blank; every row needs one",
    zh: "{column}为空；每行都必须填写",
  },
  "input.duplicateHolder": {
    en: "Shareholder {name} is listed twice",
    zh: "股东{name}重复列示",
  },
  "input.duplicateDirector": {
    en: "Director {name} is listed twice",
    zh: "董事{name}重复列示",
  },
} as const;
