export { SurveyView } from './SurveyView';
