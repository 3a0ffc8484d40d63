import {
  DuplicateCandidate,
  OPEN_STATUSES,
} from '@internal/plugin-devzero-common';
import type { FindingService, Viewer } from './FindingService';
import { rankedBySimilarity } from './similar';

/** How many of the team's open findings are ranked, newest first. */
export const CANDIDATE_POOL = 500;

/**
 * The open findings a finding may be marked a duplicate of: those of its own
 * team (only its owners may merge into one, and they triage this one), not
 * itself, narrowed to those whose title or scenario holds `q`, ranked by how
 * alike their titles are to its title, as the filing dialog ranks its
 * suggestions. A finding the viewer may not read is a 404.
 */
export async function duplicateCandidates(
  service: Pick<FindingService, 'readable' | 'list'>,
  request: { id: string; q?: string; limit: number },
  viewer: Viewer,
): Promise<DuplicateCandidate[]> {
  const finding = await service.readable(request.id, viewer);
  const { items } = await service.list(
    {
      ownerRefs: [finding.ownerRef],
      statuses: OPEN_STATUSES,
      text: request.q || undefined,
      sort: 'created',
      order: 'desc',
      offset: 0,
      limit: CANDIDATE_POOL,
    },
    viewer,
  );
  return rankedBySimilarity(
    finding.title,
    items.filter(f => f.id !== finding.id),
  )
    .slice(0, request.limit)
    .map(({ candidate, similarity }) => ({ finding: candidate, similarity }));
}
