export { InboxView } from './InboxView';
export { useInbox, useInboxParams } from './useInbox';
export { useTeams } from './useTeams';
