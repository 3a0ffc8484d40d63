export { HelpersView } from './HelpersView';
