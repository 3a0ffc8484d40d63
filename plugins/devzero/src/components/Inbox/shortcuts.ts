/** What a key does in the team inbox. */
export type InboxCommand =
  | 'next'
  | 'previous'
  | 'open'
  | 'accept'
  | 'decline'
  | 'duplicate'
  | 'snooze'
  | 'assign-to-me'
  | 'select'
  | 'help';

/** The inbox's keyboard shortcuts, in the order the help lists them. */
export const SHORTCUTS: ReadonlyArray<{
  command: InboxCommand;
  /** `KeyboardEvent.key` values. */
  keys: string[];
  does: string;
}> = [
  { command: 'next', keys: ['j', 'ArrowDown'], does: 'Next finding' },
  { command: 'previous', keys: ['k', 'ArrowUp'], does: 'Previous finding' },
  { command: 'open', keys: ['Enter', 'o'], does: 'Open the finding' },
  { command: 'accept', keys: ['a'], does: 'Accept' },
  { command: 'decline', keys: ['d'], does: 'Decline, with a reason' },
  { command: 'duplicate', keys: ['u', 'D'], does: 'Mark as a duplicate' },
  { command: 'snooze', keys: ['s'], does: 'Snooze' },
  { command: 'assign-to-me', keys: ['i'], does: 'Assign to me' },
  { command: 'select', keys: ['x'], does: 'Select or unselect the finding' },
  { command: 'help', keys: ['?'], does: 'Show these shortcuts' },
];

const KEY_NAMES: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  D: 'Shift+D',
};

/** How a key is written for people: `↓`, `Shift+D`, `a`. */
export function keyName(key: string) {
  return KEY_NAMES[key] ?? key;
}

/** The keys of a command, for a tooltip: "u or Shift+D". */
export function keysOf(command: InboxCommand) {
  const shortcut = SHORTCUTS.find(s => s.command === command);
  return (shortcut?.keys ?? []).map(keyName).join(' or ');
}

/**
 * The keys of a command as `aria-keyshortcuts` writes them ("u Shift+D"),
 * so assistive technology can tell its users.
 */
export function ariaKeysOf(command: InboxCommand) {
  const shortcut = SHORTCUTS.find(s => s.command === command);
  return (shortcut?.keys ?? []).map(k => (k === 'D' ? 'Shift+D' : k)).join(' ');
}

/** The command a key press means, if any. */
export function commandOf(key: string): InboxCommand | undefined {
  return SHORTCUTS.find(s => s.keys.includes(key))?.command;
}
