import { parseEntityRef } from '@backstage/catalog-model';

/** One problem of an entity: the field at fault and what to do. */
export interface FieldProblem {
  field: string;
  message: string;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text && text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return typeof value === 'string' ? `"${short}"` : String(short);
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * Collects the problems of one entity. Each check names the field and says
 * what it should hold, so that the message on the entity is the fix.
 */
export class Checker {
  readonly problems: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  /** Fields that are not part of the object's shape. */
  unknownFields(
    field: string,
    value: Record<string, unknown>,
    known: readonly string[],
  ) {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        this.add(
          `${field}.${key}`,
          `is not a field here; the fields are ${known.join(', ')}`,
        );
      }
    }
  }

  /** Text that is required (or optional) and at most `max` characters. */
  text(
    field: string,
    value: unknown,
    options: { what: string; max: number; optional?: boolean },
  ): value is string {
    if (value === undefined || value === null || value === '') {
      if (!options.optional) this.add(field, `is required: ${options.what}`);
      return false;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(field, `must be text (${options.what}), not ${shown(value)}`);
      return false;
    }
    if (value.length > options.max) {
      this.add(
        field,
        `is ${value.length} characters long; at most ${options.max} are allowed`,
      );
      return false;
    }
    return true;
  }

  /** One of a fixed set of values. */
  oneOf<T extends string>(
    field: string,
    value: unknown,
    allowed: readonly T[],
    options: { optional?: boolean } = {},
  ): value is T {
    if (value === undefined && options.optional) return false;
    if (
      typeof value === 'string' &&
      (allowed as readonly string[]).includes(value)
    ) {
      return true;
    }
    this.add(
      field,
      value === undefined
        ? `is required: one of ${allowed.join(', ')}`
        : `must be one of ${allowed.join(', ')}, not ${shown(value)}`,
    );
    return false;
  }

  /** A list of at most `max` items; answers the items to check, or none. */
  list(
    field: string,
    value: unknown,
    options: { what: string; max: number },
  ): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add(field, `must be a list (${options.what}), not ${shown(value)}`);
      return [];
    }
    if (value.length > options.max) {
      this.add(
        field,
        `has ${value.length} items; at most ${options.max} are allowed`,
      );
      return [];
    }
    return value;
  }

  /** An object; answers it, or undefined after naming the problem. */
  object(
    field: string,
    value: unknown,
    options: { what: string; optional?: boolean },
  ): Record<string, unknown> | undefined {
    if (value === undefined && options.optional) return undefined;
    if (isRecord(value)) return value;
    this.add(
      field,
      value === undefined
        ? `is required: ${options.what}`
        : `must be an object (${options.what}), not ${shown(value)}`,
    );
    return undefined;
  }

  /** An entity ref of one of the kinds, e.g. group:default/payments. */
  ref(
    field: string,
    value: unknown,
    options: {
      defaultKind: string;
      kinds: string[];
      what: string;
      optional?: boolean;
    },
  ): void {
    if (!this.text(field, value, { ...options, max: 255 })) return;
    try {
      const ref = parseEntityRef(value, { defaultKind: options.defaultKind });
      if (!options.kinds.includes(ref.kind.toLocaleLowerCase('en-US'))) {
        this.add(
          field,
          `must refer to a ${options.kinds.join(' or ')} (${
            options.what
          }), not a ${ref.kind}`,
        );
      }
    } catch {
      this.add(
        field,
        `must be an entity ref such as ${options.defaultKind}:default/name (${
          options.what
        }), not ${shown(value)}`,
      );
    }
  }

  /** A calendar date, YYYY-MM-DD. */
  date(
    field: string,
    value: unknown,
    options: { what: string; optional?: boolean },
  ) {
    if (!this.text(field, value, { ...options, max: 10 })) return;
    if (!isCalendarDate(value)) {
      this.add(
        field,
        `must be a date written YYYY-MM-DD (${options.what}), not ${shown(
          value,
        )}`,
      );
    }
  }

  /** A name: letters, digits and - _ . (the catalog's name rule). */
  name(field: string, value: unknown, what: string): value is string {
    if (!this.text(field, value, { what, max: 63 })) return false;
    if (!/^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/.test(value)) {
      this.add(
        field,
        `must be a name of letters, digits, "-", "_" and "." (${what}), not ${shown(
          value,
        )}`,
      );
      return false;
    }
    return true;
  }
}
