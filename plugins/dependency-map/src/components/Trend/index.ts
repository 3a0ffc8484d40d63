export { FleetTrendView } from './FleetTrendView';
