import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { paneTheme, themeName } from "../../src/taskpane/theme";

/** Office.context.officeTheme as Excel reports it for its themes (Windows desktop values). */
const OFFICE = {
  colorful: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  darkGray: {
    bodyBackgroundColor: "#666666",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#B3B3B3",
    controlForegroundColor: "#262626",
  },
  black: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#262626",
    controlForegroundColor: "#FFFFFF",
  },
} as const;

describe("the pane's theme follows Office's", () => {
  it("is light outside Office and for Office's light and colourful themes", () => {
    expect(themeName(null)).toBe("light");
    expect(themeName(undefined)).toBe("light");
    expect(themeName({})).toBe("light");
    expect(themeName(OFFICE.colorful)).toBe("light");
    expect(paneTheme(null)).toEqual(webLightTheme);
  });

  it("is dark for Office's black theme, and whenever Office says isDarkTheme", () => {
    expect(themeName(OFFICE.black)).toBe("dark");
    expect(themeName({ ...OFFICE.colorful, isDarkTheme: true })).toBe("dark");
    expect(themeName({ ...OFFICE.black, isDarkTheme: false })).toBe("light");
  });

  it("is dark for the dark grey theme too (white text on a mid-grey body)", () => {
    expect(themeName(OFFICE.darkGray)).toBe("dark");
    expect(paneTheme(OFFICE.darkGray).colorNeutralBackground1).toBe("#666666");
    expect(paneTheme(OFFICE.darkGray).colorNeutralForeground1).toBe("#FFFFFF");
  });

  it("takes Office's body colours where they keep the base theme's contrast", () => {
    const dark = paneTheme(OFFICE.black);
    expect(dark.colorNeutralBackground1).toBe("#262626");
    expect(dark.colorNeutralForeground1).toBe("#FFFFFF");
    expect(dark.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    const light = paneTheme(OFFICE.colorful);
    expect(light.colorNeutralBackground1).toBe("#FFFFFF");
    expect(light.colorNeutralForeground1).toBe("#000000");
    // A dark body colour under a light theme (Office says isDarkTheme: false) is not taken.
    expect(paneTheme({ ...OFFICE.black, isDarkTheme: false }).colorNeutralBackground1).toBe(
      webLightTheme.colorNeutralBackground1
    );
  });

  it("ignores colours that are not #RRGGBB", () => {
    expect(paneTheme({ bodyBackgroundColor: "black", bodyForegroundColor: "rgb(1,2,3)" })).toEqual(
      webLightTheme
    );
  });
});
