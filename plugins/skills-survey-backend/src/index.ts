/**
 * Backend of the Fit Systems skills survey: anonymous self-assessment
 * campaigns, results with suppression, the gaps list and the helpers
 * directory.
 *
 * @packageDocumentation
 */
export { skillsSurveyPlugin as default } from './plugin';
