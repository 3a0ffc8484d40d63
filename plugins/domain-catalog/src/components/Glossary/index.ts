export { GlossaryPage } from './GlossaryPage';
export { GlossaryFilters } from './GlossaryFilters';
export { Collisions } from './Collisions';
export { TermsTable } from './TermsTable';
