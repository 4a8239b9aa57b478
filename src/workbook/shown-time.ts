import { formatMessage, msg, type Language } from "../core";

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A recorded ISO 8601 time as an officer reads it: date, hours and minutes in the time zone it was
 * recorded in, and that zone stated (+08:00 is Beijing time, Z and +00:00 UTC, any other offset
 * "UTC+hh:mm"). A text that is not such a time is returned as it is. Pure: the zone comes from
 * the recorded text, so `verify` rebuilds the same words on any machine.
 * @example shownTime("2026-12-03T15:04:09+08:00", "zh-CN") // "2026-12-03 15:04（北京时间）"
 * @example shownTime("2026-12-03T07:04:09Z", "en-US") // "2026-12-03 07:04 (UTC)"
 */
export function shownTime(iso: string, language: Language): string {
  const m = ISO_TIME.exec(iso.trim());
  if (m === null) return iso;
  const [, date = "", time = "", offset = ""] = m;
  const zone =
    offset === "+08:00"
      ? msg("time.zone.beijing")
      : offset === "Z" || offset === "+00:00" || offset === "-00:00"
        ? msg("time.zone.utc")
        : msg("time.zone.offset", { offset });
  return formatMessage(msg("time.shown", { date, time, zone }), language);
}
