import { InputError } from '@backstage/errors';
import { Rating } from '@internal/plugin-skills-survey-common';
import { CampaignSnapshot } from '../database/SurveyStore';

/**
 * Checks ratings against the campaign's snapshot: each technology asked
 * about, once, at a level of its scale (or null for not applicable). The
 * 400 names each rating at fault.
 */
export function checkRatings(snapshot: CampaignSnapshot, ratings: Rating[]) {
  const technologies = new Set(snapshot.technologies.map(t => t.id));
  const levels = new Set(snapshot.scale.map(s => s.level));
  const seen = new Set<string>();
  const problems: string[] = [];
  ratings.forEach((r, i) => {
    const at = `body.ratings.${i}`;
    if (!technologies.has(r.technologyId))
      problems.push(
        `${at}.technologyId: "${r.technologyId}" is not a technology of this campaign`,
      );
    else if (seen.has(r.technologyId))
      problems.push(
        `${at}.technologyId: "${r.technologyId}" is rated twice; rate each technology once`,
      );
    seen.add(r.technologyId);
    if (r.level !== null && !levels.has(r.level))
      problems.push(
        `${at}.level: ${r.level} is not on the scale (${[...levels].join(
          ', ',
        )}, or null for not applicable)`,
      );
  });
  if (problems.length)
    throw new InputError(
      problems.slice(0, 20).join('; ') +
        (problems.length > 20 ? `; and ${problems.length - 20} more` : ''),
    );
}
