import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Layout shared by the sections: a single column that fits the 320 px task pane. */
export const useSectionStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  subheading: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  muted: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  /** A link-styled button holding a long message: wraps as a block, aligned like the text around it. */
  blockLink: { display: "block", textAlign: "start", overflowWrap: "anywhere" },
  grow: { flexGrow: 1, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  /** Long workbook text (sheet names, holder names, fingerprints) wraps instead of widening the pane. */
  wrap: { overflowWrap: "anywhere", wordBreak: "break-word" },
});

/** Label / value pairs stacked in two columns that collapse to one on a narrow pane. */
export const useFigureStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    "@media (max-width: 260px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  pair: { display: "contents" },
  term: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    alignSelf: "center",
  },
  value: {
    ...typographyStyles.body1Strong,
    margin: 0,
    overflowWrap: "anywhere",
  },
  headline: {
    ...typographyStyles.title3,
    margin: 0,
  },
});
