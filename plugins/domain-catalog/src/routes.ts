import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The domain catalog's page (the context map), mounted at /domain-catalog. */
export const rootRouteRef = createRouteRef({ id: 'domain-catalog' });

/** One bounded context's page. */
export const contextRouteRef = createSubRouteRef({
  id: 'domain-catalog/context',
  parent: rootRouteRef,
  path: '/contexts/:namespace/:name',
});

/** The organisation-wide glossary. */
export const glossaryRouteRef = createSubRouteRef({
  id: 'domain-catalog/glossary',
  parent: rootRouteRef,
  path: '/glossary',
});

/** The drift of the whole map. */
export const driftRouteRef = createSubRouteRef({
  id: 'domain-catalog/drift',
  parent: rootRouteRef,
  path: '/drift',
});

/** Converting a Context Mapper (CML) model into catalog YAML. */
export const importRouteRef = createSubRouteRef({
  id: 'domain-catalog/import',
  parent: rootRouteRef,
  path: '/import',
});
