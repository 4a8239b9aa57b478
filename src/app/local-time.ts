const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

/**
 * A local time as ISO 8601 with its UTC offset, as the audit log records it.
 * @example localIsoTime(new Date("2025-03-01T01:30:00Z")) // "2025-03-01T09:30:00+08:00" in Beijing
 */
export function localIsoTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
