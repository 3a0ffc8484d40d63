export { CmlImportPage } from './CmlImportPage';
