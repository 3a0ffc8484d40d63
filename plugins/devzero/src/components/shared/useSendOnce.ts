import { DependencyList, useCallback, useRef } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';

/**
 * A mutation with its state, as `useAsyncFn` gives it, that is sent once
 * however often it is asked for while it is on its way (a double click, the
 * form submitted again by the keyboard or a script): calls while one is in
 * flight do nothing.
 */
export function useSendOnce<Args extends unknown[], Result>(
  send: (...args: Args) => Promise<Result>,
  deps: DependencyList,
) {
  const inFlight = useRef(false);
  const [state, run] = useAsyncFn(send, deps);
  const once = useCallback(
    async (...args: Args) => {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        await run(...args);
      } finally {
        inFlight.current = false;
      }
    },
    [run],
  );
  return [state, once] as const;
}
