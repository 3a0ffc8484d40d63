import { createApp } from '@backstage/frontend-defaults';
import { homeModule } from './modules/home';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

// Plugins come from packages/app's dependencies (app.packages: all); the
// modules here are the portal's own navigation, home and sign-in.
export default createApp({
  features: [navModule, homeModule, signInModule],
});
