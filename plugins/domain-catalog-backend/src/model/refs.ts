// The catalog's refs as the domain catalog keys them: the shared parser's.
export { refOf, resolveRef, splitRef } from '@internal/plugin-fitsys-node';
