import { InputError, NotFoundError } from '@backstage/errors';
import { resolveRef } from '../model/refs';

/** Reads the BoundedContext an agent named in `field`, as a lower-case ref. */
export function contextRef(field: string, value: string): string {
  const ref = resolveRef(value, 'boundedcontext', 'default');
  if (!ref || !ref.startsWith('boundedcontext:')) {
    throw new InputError(
      `${field}: "${value}" is not a BoundedContext ref; write a name such as "ledger" or "boundedcontext:default/ledger"`,
    );
  }
  return ref;
}

/**
 * The answer for a context the caller cannot see. It reads the same whether
 * the context does not exist or is hidden from the caller, so that nothing
 * hidden leaks through the difference.
 */
export function noSuchContext(field: string, ref: string): NotFoundError {
  return new NotFoundError(
    `${field}: there is no BoundedContext ${ref}; get-context-map lists the contexts there are`,
  );
}
