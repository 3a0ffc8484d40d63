import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { ThemeBlueprint } from '@backstage/plugin-app-react';
import {
  createUnifiedTheme,
  palettes,
  UnifiedThemeProvider,
} from '@backstage/theme';
import LightIcon from '@material-ui/icons/WbSunny';

/**
 * Backstage's light theme, with secondary text dark enough to read: Material
 * UI's rgba(0, 0, 0, 0.54) on the page's #f5f5f5 comes to a contrast of
 * 4.47, under WCAG AA's 4.5 for body text (captions, counts, field labels).
 * Error colours darken the same way for white text on a filled chip.
 */
export const lightTheme = createUnifiedTheme({
  palette: {
    ...palettes.light,
    text: {
      primary: 'rgba(0, 0, 0, 0.87)',
      secondary: 'rgba(0, 0, 0, 0.64)',
      disabled: 'rgba(0, 0, 0, 0.38)',
      hint: 'rgba(0, 0, 0, 0.38)',
    },
  },
});

// Takes the place of the app's own light theme (theme:app/light).
const light = ThemeBlueprint.make({
  name: 'light',
  params: {
    theme: {
      id: 'light',
      title: 'Light Theme',
      variant: 'light',
      icon: <LightIcon />,
      Provider: ({ children }) => (
        <UnifiedThemeProvider theme={lightTheme}>
          {children}
        </UnifiedThemeProvider>
      ),
    },
  },
});

/** The portal's light theme: Backstage's, with contrast that meets WCAG AA. */
export const themesModule = createFrontendModule({
  pluginId: 'app',
  extensions: [light],
});
