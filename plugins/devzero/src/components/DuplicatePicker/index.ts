export { DuplicatePicker } from './DuplicatePicker';
