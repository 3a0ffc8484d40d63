import { parseEntityRef } from '@backstage/catalog-model';

/** One problem of an entity: the field at fault and what to do. */
export type ValidationProblem = { field: string; message: string };

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0;
export const show = (value: unknown) =>
  typeof value === 'string' ? `"${value}"` : JSON.stringify(value);

/** Collects the problems of an entity, with the checks every part of it uses. */
export class Problems {
  readonly list: ValidationProblem[] = [];
  add(field: string, message: string) {
    this.list.push({ field, message });
  }

  unknownFields(
    field: string,
    value: Record<string, unknown>,
    known: string[],
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

  requiredText(field: string, value: unknown, what: string) {
    if (value === undefined || value === null || value === '') {
      this.add(field, `is required: ${what}`);
    } else if (!isText(value)) {
      this.add(field, `must be text (${what}), not ${show(value)}`);
    }
  }

  textList(field: string, value: unknown) {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.add(field, `must be a list of text, not ${show(value)}`);
      return;
    }
    value.forEach((item, i) => {
      if (!isText(item)) {
        this.add(`${field}[${i}]`, `must be non-empty text, not ${show(item)}`);
      }
    });
  }

  oneOf(field: string, value: unknown, allowed: readonly string[]) {
    if (!allowed.includes(value as string)) {
      this.add(
        field,
        `${show(value)} is not allowed; use one of ${allowed.join(', ')}`,
      );
      return false;
    }
    return true;
  }

  /** An entity ref whose kind must be one of `kinds`; returns it if valid. */
  ref(
    field: string,
    value: unknown,
    options: { defaultKind: string; kinds: string[]; what: string },
  ) {
    if (!isText(value)) {
      this.add(
        field,
        value === undefined
          ? `is required: ${options.what}`
          : `must be an entity ref (${options.what}), not ${show(value)}`,
      );
      return undefined;
    }
    try {
      const ref = parseEntityRef(value, {
        defaultKind: options.defaultKind,
        defaultNamespace: 'default',
      });
      if (!options.kinds.includes(ref.kind.toLocaleLowerCase('en-US'))) {
        this.add(
          field,
          `${show(value)} refers to a ${
            ref.kind
          }; it must refer to a ${options.kinds.join(' or ')}`,
        );
        return undefined;
      }
      return ref;
    } catch (error) {
      this.add(
        field,
        `${show(value)} is not a valid entity ref (${options.what}): ${
          (error as Error).message
        }`,
      );
      return undefined;
    }
  }
}
