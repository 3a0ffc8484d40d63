import { FindingEvent } from '@internal/plugin-devzero-common';

/**
 * What a history entry says, read apart. The assignee and the original of a
 * duplicate are fields of the entry, its note the triager's reason; other
 * actions write what changed into the note first (the snooze date, the
 * duplicate merged, the owners), then the reason after "; ". The page names
 * the people and findings the refs and ids stand for.
 */
export type HistoryNote =
  | { kind: 'assigned'; assigneeRef: string | null; reason?: string }
  | { kind: 'snoozed'; until: string | null; reason?: string }
  | { kind: 'duplicate-of'; findingId: string; reason?: string }
  | {
      /** A duplicate merged in, or given back what it brought. */
      kind: 'duplicate';
      findingId: string;
      title: string;
      what: string;
    }
  | {
      kind: 'moved';
      fromRef: string;
      toRef: string;
      entityRef: string;
      what: string;
    }
  | { kind: 'text'; text?: string };

const REF = '([^\\s;,]+)';
const ID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const REASON = '(?:; ([\\s\\S]*))?$';
const PATTERNS = {
  snoozed: new RegExp(`^snoozed until ${REF}${REASON}`),
  woken: new RegExp(`^snooze lifted${REASON}`),
  duplicate: new RegExp(
    `^${ID} \\(([\\s\\S]*)\\) (merged in|reopened)([\\s\\S]*)$`,
    'i',
  ),
  moved: new RegExp(`^from ${REF} to ${REF}, who owns ${REF} now([\\s\\S]*)$`),
};

/** The note of a history entry, read apart as its action writes it. */
export function readHistoryNote(
  event: Pick<FindingEvent, 'action' | 'note' | 'assigneeRef' | 'duplicateOf'>,
): HistoryNote {
  const note = event.note ?? '';
  const text: HistoryNote = { kind: 'text', text: event.note || undefined };
  const read = (pattern: RegExp) => pattern.exec(note) ?? undefined;
  switch (event.action) {
    case 'assign':
      return {
        kind: 'assigned',
        assigneeRef: event.assigneeRef ?? null,
        reason: event.note || undefined,
      };
    case 'snooze': {
      const until = read(PATTERNS.snoozed);
      if (until) return { kind: 'snoozed', until: until[1], reason: until[2] };
      const woken = read(PATTERNS.woken);
      if (woken) return { kind: 'snoozed', until: null, reason: woken[1] };
      return text;
    }
    case 'mark-duplicate':
      return event.duplicateOf
        ? {
            kind: 'duplicate-of',
            findingId: event.duplicateOf,
            reason: event.note || undefined,
          }
        : text;
    case 'merge':
    case 'unmerge': {
      const m = read(PATTERNS.duplicate);
      return m
        ? {
            kind: 'duplicate',
            findingId: m[1],
            title: m[2],
            what: `${m[3]}${m[4]}`,
          }
        : text;
    }
    case 'reroute': {
      const m = read(PATTERNS.moved);
      return m
        ? {
            kind: 'moved',
            fromRef: m[1],
            toRef: m[2],
            entityRef: m[3],
            what: m[4].replace(/^;\s*/, ''),
          }
        : text;
    }
    default:
      return text;
  }
}
