import {
  Link,
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
  useSidebarOpenState,
} from '@backstage/core-components';
import { NavContentBlueprint } from '@backstage/plugin-app-react';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import {
  DevzeroSidebarItem,
  ReportFrictionSidebarItem,
} from '@internal/plugin-devzero';
import { SidebarCount } from '@internal/plugin-fitsys-react';
import { SkillsSurveySidebarItem } from '@internal/plugin-skills-survey';
import { SidebarSearchModal } from '@backstage/plugin-search';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import { makeStyles } from '@material-ui/core/styles';
import MenuIcon from '@material-ui/icons/Menu';
import NotificationsIcon from '@material-ui/icons/Notifications';
import SearchIcon from '@material-ui/icons/Search';

const useLogoStyles = makeStyles({
  root: {
    height: 72,
    display: 'flex',
    alignItems: 'center',
    paddingLeft: 20,
    marginBottom: 8,
  },
  link: {
    color: '#fff',
    fontWeight: 700,
    fontSize: 20,
    letterSpacing: 0.5,
    whiteSpace: 'nowrap',
    textDecoration: 'none',
  },
});

function SidebarLogo() {
  const classes = useLogoStyles();
  const { isOpen } = useSidebarOpenState();
  return (
    <div className={classes.root}>
      {/* Its name is what it shows (a screen reader hears what is seen). */}
      <Link to="/" underline="none" className={classes.link}>
        {isOpen ? 'Fit Systems' : <abbr title="Fit Systems">FS</abbr>}
      </Link>
    </div>
  );
}

/** The portal's sidebar: the catalog pages first, then the suite's own pages. */
export const SidebarContent = NavContentBlueprint.make({
  params: {
    component: ({ navItems }) => {
      const nav = navItems.withComponent(item =>
        // Developer Zero's item counts the open findings of the user's teams.
        item.node.spec.id === 'page:devzero' ? (
          <DevzeroSidebarItem
            icon={() => item.icon}
            to={item.href}
            text={item.title}
          />
        ) : (
          <SidebarItem
            icon={() => item.icon}
            to={item.href}
            text={item.title}
          />
        ),
      );
      // Search and notifications have sidebar items of their own below.
      nav.take('page:search');
      nav.take('page:notifications');
      return (
        <Sidebar>
          <SidebarLogo />
          <SidebarGroup label="Search" icon={<SearchIcon />} to="/search">
            <SidebarSearchModal />
          </SidebarGroup>
          <SidebarDivider />
          <SidebarGroup label="Menu" icon={<MenuIcon />}>
            {nav.take('page:home')}
            {/* While a skills-survey campaign waits for the user's answer (in the menu, so phones show it too). */}
            <SkillsSurveySidebarItem />
            {nav.take('page:catalog')}
            {nav.take('page:api-docs')}
            {nav.take('page:techdocs')}
            {nav.take('page:scaffolder')}
            <SidebarDivider />
            <SidebarScrollWrapper>
              {nav.rest({ sortBy: 'title' })}
            </SidebarScrollWrapper>
          </SidebarGroup>
          <SidebarSpace />
          <SidebarDivider />
          <ReportFrictionSidebarItem />
          <NotificationsSidebarItem
            renderItem={({ unreadCount, to, onClick }) => (
              <SidebarItem
                icon={NotificationsIcon}
                to={to}
                onClick={onClick}
                text="Notifications"
                // Named by what it shows, the count included.
                aria-label={undefined}
              >
                {unreadCount ? (
                  <SidebarCount count={unreadCount} meaning="unread" />
                ) : null}
              </SidebarItem>
            )}
          />
          <SidebarDivider />
          <SidebarGroup
            label="Settings"
            icon={<UserSettingsSignInAvatar />}
            to="/settings"
          >
            {nav.take('page:user-settings')}
          </SidebarGroup>
        </Sidebar>
      );
    },
  },
});
