export { DriftPage } from './DriftPage';
export { DriftList, DRIFT_TITLES } from './DriftList';
