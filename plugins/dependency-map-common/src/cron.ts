/** When a cron expression fires, as bit masks over each of its fields. */
export interface CronSchedule {
  /** The expression as written. */
  expression: string;
  /** Minutes of the day (0..1439) at which it fires on a day it runs. */
  minutesOfDay: number[];
  /** Days of the week it may run (bit 0 Sunday .. bit 6 Saturday). */
  weekdays: number;
  /** Days of the month it may run (bit 0 the 1st .. bit 30 the 31st). */
  monthDays: number;
  /** Months it may run (bit 0 January .. bit 11 December). */
  months: number;
}

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const FIELDS: Array<{
  name: string;
  min: number;
  max: number;
  names?: string[];
}> = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' '),
  },
  {
    name: 'day of week',
    min: 0,
    max: 7,
    names: 'SUN MON TUE WED THU FRI SAT'.split(' '),
  },
];

/** A cron expression that cannot be read, with what is wrong. */
export class CronError extends Error {}

function value(text: string, field: (typeof FIELDS)[number]): number {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return named + field.min;
  if (!/^\d{1,2}$/.test(text)) {
    throw new CronError(
      `${field.name} "${text}" is not a number${
        field.names ? ` or a name such as ${field.names[0]}` : ''
      }`,
    );
  }
  const n = Number(text);
  if (n < field.min || n > field.max) {
    throw new CronError(
      `${field.name} ${n} is outside ${field.min}-${field.max}`,
    );
  }
  return n;
}

/** The values a field takes, as a list of booleans indexed from the field's minimum. */
function expand(text: string, field: (typeof FIELDS)[number]): boolean[] {
  const on = new Array<boolean>(field.max - field.min + 1).fill(false);
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') {
      throw new CronError(`${field.name} "${part}" is not a cron field`);
    }
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d{1,2}$/.test(stepText) || Number(stepText) === 0) {
        throw new CronError(
          `${field.name} step "${stepText}" must be a whole number from 1`,
        );
      }
      step = Number(stepText);
    }
    let from = field.min;
    let to = field.max;
    if (range !== '*') {
      const bounds = range.split('-');
      if (bounds.length > 2) {
        throw new CronError(`${field.name} range "${range}" has two dashes`);
      }
      from = value(bounds[0], field);
      to = bounds.length === 2 ? value(bounds[1], field) : from;
      if (bounds.length === 1 && stepText !== undefined) to = field.max;
      if (to < from) {
        throw new CronError(
          `${field.name} range "${range}" runs backwards; write the lower bound first`,
        );
      }
    }
    for (let v = from; v <= to; v += step) on[v - field.min] = true;
  }
  return on;
}

const mask = (on: boolean[]) =>
  on.reduce((m, v, i) => (v ? m | (1 << i) : m), 0);

/**
 * Reads a five-field cron expression (minute hour day-of-month month
 * day-of-week, with lists, ranges, steps, names and the @daily-style
 * macros), or throws a CronError that says which field is wrong.
 */
export function parseCron(expression: string): CronSchedule {
  const trimmed = expression.trim();
  if (trimmed.length > 100) {
    throw new CronError('a cron expression has at most 100 characters');
  }
  const text = MACROS[trimmed.toLowerCase()] ?? trimmed;
  if (text.startsWith('@')) {
    throw new CronError(
      `"${trimmed}" is not a cron macro; use @hourly, @daily, @weekly, @monthly or @yearly`,
    );
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) {
    throw new CronError(
      `"${trimmed}" has ${parts.length} field(s); write five: minute hour day-of-month month day-of-week, e.g. "0 2 * * *"`,
    );
  }
  const [minute, hour, monthDay, month, weekday] = parts.map((p, i) =>
    expand(p, FIELDS[i]),
  );
  // 7 is Sunday as well as 0.
  if (weekday[7]) weekday[0] = true;
  const minutesOfDay: number[] = [];
  hour.forEach((h, hi) => {
    if (!h) return;
    minute.forEach((m, mi) => {
      if (m) minutesOfDay.push(hi * 60 + mi);
    });
  });
  return {
    expression: trimmed,
    minutesOfDay,
    weekdays: mask(weekday.slice(0, 7)),
    monthDays: mask(monthDay),
    months: mask(month),
  };
}

/** Whether two schedules may run on the same day (months, days of month and days of week all overlap). */
export function mayRunOnSameDay(a: CronSchedule, b: CronSchedule): boolean {
  return (
    (a.months & b.months) !== 0 &&
    (a.monthDays & b.monthDays) !== 0 &&
    (a.weekdays & b.weekdays) !== 0
  );
}

/** A minute of the day as HH:MM. */
export function formatMinuteOfDay(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
