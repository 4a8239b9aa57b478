/**
 * The task pane follows Office's theme: Office.context.officeTheme's colours decide between
 * Fluent's light and dark themes (Office's "colourful" theme has a light body), and the body's
 * own background and text colours are used as they are, so the pane matches Office exactly.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane reads (every field may be missing). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
  /** Newer Office versions say it outright. */
  readonly isDarkTheme?: boolean;
}

export type ThemeName = "light" | "dark";

const HEX = /^#?([0-9a-f]{6})$/i;

/** A #RRGGBB colour's relative luminance (WCAG), or null for anything else. */
function luminance(color: string | undefined): number | null {
  const match = color === undefined ? null : HEX.exec(color.trim());
  if (match === null || match[1] === undefined) return null;
  const hex = match[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** "#RRGGBB" for a colour Office gave, or null. */
function cssColor(color: string | undefined): string | null {
  const match = color === undefined ? null : HEX.exec(color.trim());
  return match === null || match[1] === undefined ? null : `#${match[1]}`;
}

/**
 * Light or dark, as Office's theme is: `isDarkTheme` when Office says it, else a dark body
 * background (luminance below 0.2); light when Office gives no theme (Excel on the web, a browser).
 * @example themeName({ bodyBackgroundColor: "#262626" }) // "dark"
 */
export function themeName(office: OfficeThemeColors | null | undefined): ThemeName {
  if (office === null || office === undefined) return "light";
  if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const l = luminance(office.bodyBackgroundColor);
  return l !== null && l < 0.2 ? "dark" : "light";
}

/**
 * The Fluent theme for Office's theme: webLightTheme or webDarkTheme, with the body's background
 * and text colours taken from Office when it gives them.
 * @example paneTheme({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" }).colorNeutralBackground1 // "#262626"
 */
export function paneTheme(office: OfficeThemeColors | null | undefined): Theme {
  const base = themeName(office) === "dark" ? webDarkTheme : webLightTheme;
  const background = cssColor(office?.bodyBackgroundColor);
  const foreground = cssColor(office?.bodyForegroundColor);
  // Office's body colours only where they keep the base theme's contrast (same light/dark side).
  const sameSide = (color: string | null) =>
    color !== null && (luminance(color) ?? 0) < 0.2 === (base === webDarkTheme);
  return {
    ...base,
    ...(background !== null && sameSide(background) ? { colorNeutralBackground1: background } : {}),
    ...(foreground !== null && !sameSide(foreground)
      ? { colorNeutralForeground1: foreground }
      : {}),
  };
}

/** Office's theme colours, when office.js runs in a host that has them. */
export function hostOfficeTheme(): OfficeThemeColors | null {
  try {
    const theme: unknown =
      typeof Office !== "undefined"
        ? (Office.context as { officeTheme?: unknown } | undefined)?.officeTheme
        : undefined;
    return typeof theme === "object" && theme !== null ? (theme as OfficeThemeColors) : null;
  } catch {
    // Outside a host, Office.context may be missing or throw: no theme.
    return null;
  }
}
