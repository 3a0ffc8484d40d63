import { describeCheck } from './conformance/describe';
import {
  QUALITY_ATTRIBUTES,
  QualityAttribute,
  ReferenceArchitectureSpec,
} from './model';

export interface ListChange {
  /** The name (building block) or id (rule). */
  key: string;
  change: 'added' | 'removed' | 'changed';
  /** For a change: which fields differ, and from what to what. */
  fields?: Array<{ field: string; from?: string; to?: string }>;
}

export interface QualityChange {
  attribute: QualityAttribute;
  from?: { rating: number; tradeoff: string };
  to?: { rating: number; tradeoff: string };
}

/** What changed from one version of a reference architecture to another. */
export interface VersionDiff {
  from: string;
  to: string;
  buildingBlocks: ListChange[];
  rules: ListChange[];
  qualityAttributes: QualityChange[];
  /** Changes of the single fields: lifecycle, template, levels, solution… */
  fields: Array<{ field: string; from?: string; to?: string }>;
}

const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
};

function diffList<T extends Record<string, unknown>>(
  before: T[] | undefined,
  after: T[] | undefined,
  keyOf: (item: T) => string,
  fieldsOf: (item: T) => Record<string, string | undefined>,
): ListChange[] {
  const old = new Map((before ?? []).map(item => [keyOf(item), item]));
  const changes: ListChange[] = [];
  for (const item of after ?? []) {
    const key = keyOf(item);
    const previous = old.get(key);
    old.delete(key);
    if (!previous) {
      changes.push({ key, change: 'added' });
      continue;
    }
    const a = fieldsOf(previous);
    const b = fieldsOf(item);
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter(field => a[field] !== b[field])
      .map(field => ({ field, from: a[field], to: b[field] }));
    if (fields.length) changes.push({ key, change: 'changed', fields });
  }
  for (const key of old.keys()) changes.push({ key, change: 'removed' });
  return changes;
}

/**
 * The difference between two versions: building blocks by name, rules by
 * id, quality attributes by attribute, and the single fields. Runs in time
 * linear in the two specs.
 */
export function diffVersions(
  from: ReferenceArchitectureSpec,
  to: ReferenceArchitectureSpec,
): VersionDiff {
  const buildingBlocks = diffList(
    from.buildingBlocks as any,
    to.buildingBlocks as any,
    (b: any) => String(b.name),
    (b: any) => ({
      responsibility: text(b.responsibility),
      why: text(b.why),
      technology: text(b.technology),
      entity: text(b.entity),
      template: text(b.template),
    }),
  );
  const rules = diffList(
    from.rules as any,
    to.rules as any,
    (r: any) => String(r.id),
    (r: any) => ({
      title: text(r.title),
      severity: text(r.severity),
      level: text(r.level),
      check: describeCheck(r.check),
      fix: text(r.fix),
    }),
  );
  const qualityAttributes: QualityChange[] = [];
  for (const attribute of QUALITY_ATTRIBUTES) {
    const a = from.qualityAttributes?.[attribute];
    const b = to.qualityAttributes?.[attribute];
    if (a?.rating !== b?.rating || a?.tradeoff !== b?.tradeoff) {
      qualityAttributes.push({
        attribute,
        ...(a ? { from: a } : {}),
        ...(b ? { to: b } : {}),
      });
    }
  }
  const fields: VersionDiff['fields'] = [];
  for (const field of [
    'lifecycle',
    'template',
    'levels',
    'problem',
    'context',
    'solution',
    'diagram',
    'whenNotToUse',
    'useCases',
  ] as const) {
    const a = text(from[field]);
    const b = text(to[field]);
    if (a !== b) {
      // Long Markdown is named as changed; the page shows both texts.
      const long = (a?.length ?? 0) > 200 || (b?.length ?? 0) > 200;
      fields.push(long ? { field } : { field, from: a, to: b });
    }
  }
  return {
    from: from.version,
    to: to.version,
    buildingBlocks,
    rules,
    qualityAttributes,
    fields,
  };
}
