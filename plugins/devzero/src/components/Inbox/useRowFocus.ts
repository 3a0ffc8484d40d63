import { Finding } from '@internal/plugin-devzero-common';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Which row of the page has the inbox's focus, and which are selected. The
 * focus stays at its place when the row there is triaged away, so the next
 * finding moves under it; selections of findings no longer listed lapse.
 */
export function useRowFocus(items: Finding[]) {
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rowRefs = useRef<Array<HTMLTableRowElement | null>>([]);
  // Whether the keyboard moved the focus, so the row takes the browser's too.
  const byKeyboard = useRef(false);
  const last = Math.max(0, items.length - 1);
  const focusIndex = Math.min(index, last);

  useEffect(() => {
    const listed = new Set(items.map(f => f.id));
    setSelected(s =>
      [...s].every(id => listed.has(id))
        ? s
        : new Set([...s].filter(id => listed.has(id))),
    );
  }, [items]);

  useEffect(() => {
    if (byKeyboard.current) rowRefs.current[focusIndex]?.focus();
  }, [focusIndex, items]);

  const move = useCallback(
    (by: number) => {
      byKeyboard.current = true;
      setIndex(i => Math.max(0, Math.min(last, Math.min(i, last) + by)));
    },
    [last],
  );
  const toggle = useCallback((id: string) => {
    setSelected(s => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const toggleAll = useCallback(() => {
    setSelected(s =>
      items.every(f => s.has(f.id)) ? new Set() : new Set(items.map(f => f.id)),
    );
  }, [items]);

  return {
    focusIndex,
    focused: items[focusIndex] as Finding | undefined,
    /** A row took the browser's focus (a click, Tab). */
    focusRow: (i: number) => setIndex(i),
    move,
    rowRefs,
    selected,
    toggle,
    toggleAll,
    clear: (ids?: string[]) =>
      setSelected(s =>
        ids ? new Set([...s].filter(id => !ids.includes(id))) : new Set(),
      ),
  };
}
