export { ReferenceArchitecturesPage } from './ReferenceArchitecturesPage';
