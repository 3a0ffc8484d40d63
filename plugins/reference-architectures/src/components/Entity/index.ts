export { EntityReferenceArchitectureCard } from './EntityReferenceArchitectureCard';
