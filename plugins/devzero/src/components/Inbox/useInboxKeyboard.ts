import { RefObject, useEffect, useRef } from 'react';
import { commandOf, InboxCommand } from './shortcuts';

const NOT_TYPING = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'color',
  'range',
]);

/** Whether a key pressed here is someone writing, not a command. */
export function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPING.has(target.type);
  return target.getAttribute('role') === 'textbox';
}

/** Whether a dialog (this page's or another's) has the page. */
function dialogOpen() {
  return !!document.querySelector('[role="dialog"], [aria-modal="true"]');
}

/** Whether Enter pressed here belongs to the control (a button, a link). */
function activates(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    !!target.closest('button, a, [role="button"], [role="option"], input')
  );
}

/**
 * Calls `onCommand` for the inbox's shortcut keys, pressed on the page or in
 * the inbox, but not while someone types in a field, while a dialog or a
 * menu is open, or with Ctrl, Alt or Meta (the browser's own shortcuts).
 */
export function useInboxKeyboard(
  container: RefObject<HTMLElement>,
  onCommand: (command: InboxCommand, event: KeyboardEvent) => void,
) {
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (event.altKey || isTyping(event.target) || dialogOpen()) return;
      // Keys pressed in a menu or another part of the page are theirs.
      const target = event.target as Node | null;
      const onPage =
        !target ||
        target === document.body ||
        target === document.documentElement ||
        !!container.current?.contains(target);
      if (!onPage) return;
      const command = commandOf(event.key);
      if (!command) return;
      if (event.key === 'Enter' && activates(event.target)) return;
      event.preventDefault();
      latest.current(command, event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [container]);
}
