export { DevzeroSidebarItem } from './DevzeroSidebarItem';
