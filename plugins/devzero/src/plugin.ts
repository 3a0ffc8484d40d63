import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createTechDocsAddonExtension } from '@backstage/plugin-techdocs-react';
import { TechDocsAddonLocations } from '@backstage/plugin-techdocs-react';
import { devzeroApiRef } from './api/DevzeroApi';
import { DevzeroClient } from './api/DevzeroClient';
import { ReportFrictionAddon } from './components/ReportFriction';
import { findingRouteRef, rootRouteRef } from './routes';

/** Developer Zero, for apps on the legacy frontend system. */
export const devzeroPlugin = createPlugin({
  id: 'devzero',
  apis: [
    createApiFactory({
      api: devzeroApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DevzeroClient(deps),
    }),
  ],
  routes: { root: rootRouteRef, finding: findingRouteRef },
});

/** The Developer Zero page: findings, my findings, team inbox, insights, finding pages. */
export const DevzeroPage = devzeroPlugin.provide(
  createRoutableExtension({
    name: 'DevzeroPage',
    component: () =>
      import('./components/DevzeroPage').then(m => m.DevzeroPage),
    mountPoint: rootRouteRef,
  }),
);

/** Entity card: open findings by severity and a button to file one. */
export const EntityDevzeroCard = devzeroPlugin.provide(
  createComponentExtension({
    name: 'EntityDevzeroCard',
    component: {
      lazy: () =>
        import('./components/Entity/EntityDevzeroCard').then(
          m => m.EntityDevzeroCard,
        ),
    },
  }),
);

/** Entity content: the findings filed against the entity. */
export const EntityDevzeroContent = devzeroPlugin.provide(
  createComponentExtension({
    name: 'EntityDevzeroContent',
    component: {
      lazy: () =>
        import('./components/Entity/EntityDevzeroContent').then(
          m => m.EntityDevzeroContent,
        ),
    },
  }),
);

/** TechDocs add-on: select text, then file a finding quoting it. */
export const DevzeroReportFrictionAddon = devzeroPlugin.provide(
  createTechDocsAddonExtension({
    name: 'DevzeroReportFriction',
    location: TechDocsAddonLocations.Content,
    component: ReportFrictionAddon,
  }),
);
