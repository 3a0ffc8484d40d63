export { DevzeroPage } from './DevzeroPage';
