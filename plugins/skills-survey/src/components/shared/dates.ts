import { DateTime } from 'luxon';

/**
 * A campaign takes answers through its closing day and the backend closes
 * it the day after (in UTC). The viewer reads the day in their own zone.
 */
export function closingText(closesOn: string, now = DateTime.now()): string {
  const day = DateTime.fromISO(closesOn);
  const end = day.endOf('day');
  const days = Math.ceil(end.diff(now.startOf('day'), 'days').days) - 1;
  let when = `closes in ${days} ${days === 1 ? 'day' : 'days'}`;
  if (days === 0) when = 'closes at the end of today';
  if (days < 0) when = 'closing now';
  return `Open until the end of ${formatDay(closesOn)}: ${when}`;
}

/** A day as people read it: "Friday 11 December 2026". */
export function formatDay(isoDay: string): string {
  return DateTime.fromISO(isoDay).toLocaleString({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** Today in the viewer's zone, as YYYY-MM-DD. */
export function todayIso(): string {
  return DateTime.now().toISODate()!;
}
