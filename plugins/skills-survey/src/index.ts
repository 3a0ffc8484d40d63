/**
 * Frontend of the Fit Systems skills survey: an anonymous self-assessment
 * of the organisation's technologies, its results and gaps, campaigns and a
 * helpers directory. This entry serves apps on the legacy frontend system;
 * `./alpha` serves the new one.
 *
 * @packageDocumentation
 */
export {
  skillsSurveyPlugin,
  SkillsSurveyPage,
  SkillsSurveyHomeCard,
} from './plugin';
export { skillsSurveyApiRef } from './api/SkillsSurveyApi';
export type {
  SkillsSurveyApi,
  TechnologyResults,
  HelpOffer,
} from './api/SkillsSurveyApi';
export { SkillsSurveyClient } from './api/SkillsSurveyClient';
export { rootRouteRef } from './routes';
export { SkillsSurveySidebarItem } from './components/SurveyPrompt';
