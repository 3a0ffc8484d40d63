import { createApp } from '@backstage/frontend-defaults';
import { alertsModule } from './modules/alerts';
import { homeModule } from './modules/home';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';
import { themesModule } from './modules/themes';

// Plugins come from packages/app's dependencies (app.packages: all); the
// modules here are the portal's own navigation, home, sign-in and alerts.
export default createApp({
  features: [navModule, homeModule, signInModule, alertsModule, themesModule],
});
