import { createRouteRef } from '@backstage/core-plugin-api';

/** The domain catalog's page; its sub-pages are paths below it. */
export const rootRouteRef = createRouteRef({ id: 'domain-catalog' });
