export { EntityBoundedContextCard } from './EntityBoundedContextCard';
export { EntityBoundedContextOverviewCard } from './EntityBoundedContextOverviewCard';
export { EntityDomainContextsCard } from './EntityDomainContextsCard';
export { EntityContextContent } from './EntityContextContent';
