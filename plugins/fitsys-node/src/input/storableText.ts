/**
 * Characters no column keeps: NUL (PostgreSQL refuses it, SQLite's search
 * fails on it) and half a surrogate pair (stored as U+FFFD, so changed).
 */
const UNSTORABLE =
  /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string holds a character that a database would refuse or change. */
export function isUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** How many offending strings are named in one answer, at most. */
const MAX_REPORTED = 20;

/** A step of the walk: the key that led here and the step before it. */
interface Step {
  key: string | number;
  parent?: Step;
}

/** The path a step stands for, from the root; built only for what is reported. */
function pathOf(step: Step | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let s = step; s; s = s.parent) path.push(s.key);
  return path.reverse();
}

/**
 * The paths of the strings in a value (keys included) that hold a character
 * a database cannot store. It walks the value with its own stack, never the
 * call stack, and each step points at its parent instead of copying the path,
 * so a body nested 100,000 levels deep costs time linear in its size and
 * cannot overflow; it stops after the first few it finds.
 */
export function findUnstorableText(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: { value: unknown; step?: Step }[] = [{ value }];
  while (stack.length && found.length < MAX_REPORTED) {
    const { value: v, step } = stack.pop()!;
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) found.push(pathOf(step));
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    const keys: (string | number)[] = Array.isArray(v)
      ? v.map((_, i) => i)
      : Object.keys(v);
    // Pushed in reverse so that the first field is reported first.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const child: Step = { key, parent: step };
      if (typeof key === 'string' && UNSTORABLE.test(key)) {
        found.push(pathOf(child));
      }
      stack.push({
        value: (v as Record<string | number, unknown>)[key],
        step: child,
      });
    }
  }
  return found;
}
