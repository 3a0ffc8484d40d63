export { SkillsSurveySidebarItem } from './SkillsSurveySidebarItem';
