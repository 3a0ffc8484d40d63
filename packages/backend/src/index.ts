import { createBackend } from '@backstage/backend-defaults';
import { authModuleDemoProvider } from './modules/demoSignIn';
import { permissionModuleFitSystemsPolicy } from './modules/permissionPolicy';
import { searchModuleEmptyIndexes } from './modules/searchEmptyIndexes';

const backend = createBackend();

// Serves the built frontend (production and browser tests).
backend.add(import('@backstage/plugin-app-backend'));

// Events between plugins, and between replicas when several run on one
// PostgreSQL.
backend.add(import('@backstage/plugin-events-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
// Sign in as any demo user; enabled only by `auth.providers.demo` in the
// local and test app-configs, and refused when NODE_ENV is production.
backend.add(authModuleDemoProvider);

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Fit Systems: the BoundedContext kind (domain catalog).
backend.add(import('@internal/plugin-catalog-backend-module-domain-catalog'));
// Fit Systems: the ReferenceArchitecture kind and its adopters' relations.
backend.add(
  import('@internal/plugin-catalog-backend-module-reference-architectures'),
);
// Entities that fail validation never reach the catalog API; this module
// serves them with their processing errors (the "Unprocessed entities" page).
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(permissionModuleFitSystemsPolicy);

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

// Search: Lunr in memory on SQLite; the PostgreSQL engine registers itself
// only when the search database is PostgreSQL.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
// On Lunr, a type with nothing indexed yet (TechDocs on a fresh start) has
// no results instead of a 500.
backend.add(searchModuleEmptyIndexes);
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));
backend.add(import('@internal/plugin-search-backend-module-domain-catalog'));
backend.add(import('@internal/plugin-search-backend-module-devzero'));
backend.add(
  import('@internal/plugin-search-backend-module-reference-architectures'),
);

backend.add(import('@backstage/plugin-techdocs-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Serves the actions of the plugins in backend.actions.pluginSources to AI
// agents over MCP.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Fit Systems
backend.add(import('@internal/plugin-domain-catalog-backend'));
backend.add(import('@internal/plugin-devzero-backend'));
backend.add(import('@internal/plugin-dependency-map-backend'));
backend.add(import('@internal/plugin-skills-survey-backend'));
backend.add(import('@internal/plugin-reference-architectures-backend'));

// Backstage logs a plugin that fails to start and then keeps the process up,
// answering 503 on readiness for ever. Replicas that start together on empty
// PostgreSQL databases can race on the first migrations (knex creates its
// migrations table without a lock), so one of them may fail once: exiting
// lets its supervisor (Kubernetes, systemd) start it again, and the second
// start finds the tables made.
backend.start().catch(error => {
  // eslint-disable-next-line no-console
  console.error(
    `fitsys: the backend did not start, exiting so that it is started again: ${error}`,
  );
  process.exit(1);
});
