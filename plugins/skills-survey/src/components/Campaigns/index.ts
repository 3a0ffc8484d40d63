export { CampaignsView } from './CampaignsView';
