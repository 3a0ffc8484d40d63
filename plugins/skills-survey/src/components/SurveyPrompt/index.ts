export { SkillsSurveySidebarItem } from './SkillsSurveySidebarItem';
export { SkillsSurveyHomeCardContent } from './SkillsSurveyHomeCard';
