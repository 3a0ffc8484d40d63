import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { findUnstorableText } from './storableText';

/** Where a value being parsed came from, to name its fields in messages. */
export type InputSource = 'query' | 'body' | 'params' | 'input';

/** The longest path shown in a message, in segments: deeper paths are cut with "…". */
const MAX_PATH_SEGMENTS = 8;
/** How many complaints one 400 lists, at most. */
const MAX_PROBLEMS = 20;

function fieldName(where: InputSource, path: (string | number)[]): string {
  const shown =
    path.length > MAX_PATH_SEGMENTS
      ? [...path.slice(0, MAX_PATH_SEGMENTS), '…']
      : path;
  const prefix = where === 'body' ? ['body'] : [];
  const name = [...prefix, ...shown].map(String).join('.');
  return name || where;
}

/** The text of a 400 naming each field a schema refused and why. */
export function describeZodError(
  error: z.ZodError,
  where: InputSource,
): string {
  const problems = error.issues.slice(0, MAX_PROBLEMS).map(issue => {
    if (issue.code === 'unrecognized_keys') {
      const at = issue.path.length ? `${fieldName(where, issue.path)}: ` : '';
      return `${at || `${where}: `}unknown field(s) ${issue.keys
        .slice(0, 10)
        .map(k => (k.length > 60 ? `${k.slice(0, 60)}…` : k))
        .join(', ')}`;
    }
    return `${fieldName(where, issue.path)}: ${issue.message}`;
  });
  if (error.issues.length > MAX_PROBLEMS) {
    problems.push(`and ${error.issues.length - MAX_PROBLEMS} more`);
  }
  return problems.join('; ');
}

/**
 * Parses a request's query, body or an action's input with a schema. Text a
 * database cannot store and the schema's complaints both become an
 * `InputError` (a 400) that names each field and what is wrong with it.
 */
export function parse<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  where: InputSource,
): z.infer<T> {
  const unstorable = findUnstorableText(value);
  if (unstorable.length) {
    throw new InputError(
      unstorable
        .map(
          path =>
            `${fieldName(
              where,
              path,
            )}: holds a NUL character or half a surrogate pair, which cannot be stored; remove it`,
        )
        .join('; '),
    );
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(describeZodError(result.error, where));
  }
  return result.data;
}
