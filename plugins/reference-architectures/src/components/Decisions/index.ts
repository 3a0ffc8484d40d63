export { DecisionsView } from './DecisionsView';
