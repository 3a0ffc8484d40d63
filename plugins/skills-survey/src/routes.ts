import { createRouteRef } from '@backstage/core-plugin-api';

/** The skills survey's page, mounted at /skills-survey. */
export const rootRouteRef = createRouteRef({ id: 'skills-survey' });
