import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** A user or group ref as a link, or plain words for "the reporter". */
export function Who(props: { entityRef?: string }) {
  if (!props.entityRef) return <>someone</>;
  if (!props.entityRef.includes(':')) return <>{props.entityRef}</>;
  return <EntityRefLink entityRef={props.entityRef} />;
}

/**
 * The theme keeps a list item's text to one line, which cuts notes off:
 * these wrap, breaking an id where they must.
 */
export const wrapped = {
  whiteSpace: 'normal',
  overflowWrap: 'anywhere',
} as const;
