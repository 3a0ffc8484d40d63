import {
  alertApiRef,
  ApiBlueprint,
  createFrontendModule,
  toastApiRef,
} from '@backstage/frontend-plugin-api';
import { GroupingAlertApi } from './GroupingAlertApi';

// Takes the place of the app's own alert API (api:app/alert).
const groupingAlertApi = ApiBlueprint.make({
  name: 'alert',
  params: defineParams =>
    defineParams({
      api: alertApiRef,
      deps: { toastApi: toastApiRef },
      factory: ({ toastApi }) => new GroupingAlertApi(toastApi),
    }),
});

/** Alerts posted several times show as one toast with a count. */
export const alertsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [groupingAlertApi],
});
