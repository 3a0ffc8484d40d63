import { EmptyState } from '@backstage/core-components';

/** Why a tab shows nothing: the portal's policy does not allow it. */
export function NotAllowed(props: { what: string }) {
  return (
    <EmptyState
      missing="info"
      title={`${props.what} for the platform team`}
      description="The portal's permission policy does not give you this. Results show only aggregates of groups large enough to keep answers anonymous; ask the platform team if you need them."
    />
  );
}
