export { SkillsSurveyPage } from './SkillsSurveyPage';
