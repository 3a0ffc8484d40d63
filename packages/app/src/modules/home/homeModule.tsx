import { MarkdownContent } from '@backstage/core-components';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

const welcome = `
Fit Systems keeps **Fernhill Payments'** engineering system fit, on top of the
service catalog.

- **[Catalog](/catalog)**: every domain, system, service, API and resource,
  with its owner and dependencies.
- **[APIs](/api-docs)** and **[Docs](/docs)**: the contracts and TechDocs of
  every service.
- **Search** finds entities, docs and, as the suite grows, glossary terms,
  findings and reference architectures.

Register your service by adding a \`catalog-info.yaml\` next to its code and
[importing it](/catalog-import).
`;

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'welcome',
  params: {
    name: 'FitSystemsWelcome',
    title: 'Welcome to Fit Systems',
    description: 'What the portal holds and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={welcome} />,
    }),
  },
});

// What the suite offers the signed-in person: their team's inbox, the
// domain catalog, filing friction and the rest, in the order that fits them.
const forYouWidget = HomePageWidgetBlueprint.make({
  name: 'for-you',
  params: {
    name: 'FitSystemsForYou',
    title: 'For you',
    description: 'What the suite offers you, by your teams',
    components: async () => {
      const { ForYou } = await import('./ForYou');
      return { Content: () => <ForYou /> };
    },
  },
});

/** The portal's home page widgets. */
export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [forYouWidget, welcomeWidget],
});
