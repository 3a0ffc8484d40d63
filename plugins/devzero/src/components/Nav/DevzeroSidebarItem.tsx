import { SidebarItem } from '@backstage/core-components';
import { IconComponent } from '@backstage/core-plugin-api';
import { SidebarCount } from '@internal/plugin-fitsys-react';
import { useTeamOpenCount } from './useTeamOpenCount';

/**
 * Developer Zero's item in the sidebar, with how many findings of the
 * user's teams are open beside its title (none shown at zero or for someone
 * in no team).
 */
export function DevzeroSidebarItem(props: {
  to: string;
  text: string;
  icon: IconComponent;
}) {
  const count = useTeamOpenCount();
  return (
    <SidebarItem
      icon={props.icon}
      to={props.to}
      text={props.text}
      // Named by what it shows, the count included.
      aria-label={undefined}
    >
      {count ? (
        <SidebarCount count={count} meaning="open in your teams" />
      ) : null}
    </SidebarItem>
  );
}
