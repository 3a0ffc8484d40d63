export { UserMarkdown, useImagePolicy } from './UserMarkdown';
export type { ImagePolicy } from './images';
