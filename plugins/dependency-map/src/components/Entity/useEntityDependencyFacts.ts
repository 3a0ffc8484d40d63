import { useApi } from '@backstage/core-plugin-api';
import {
  Availability,
  BlastRadius,
  AnnotationProblem,
  HotSpot,
} from '@internal/plugin-dependency-map-common';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';

/** Hot spots among which an entity's dependencies are looked up. */
const HOT_SPOTS_CONSIDERED = 500;
/** Dependencies walked for the card: all of a service's, bounded. */
const DEPENDENCIES_WALKED = 2000;

/** What the entity card shows about one entity. */
export interface EntityDependencyFacts {
  blastRadius: BlastRadius;
  availability: Availability;
  /** The hot spots the entity needs, transitively, highest ranked first. */
  hotSpots: HotSpot[];
  problems: AnnotationProblem[];
}

/** Loads the card's facts for an entity ref, in parallel. */
export function useEntityDependencyFacts(ref: string) {
  const api = useApi(dependencyMapApiRef);
  return useAsync(async (): Promise<EntityDependencyFacts> => {
    const [blastRadius, availability, problems, dependencies, hotSpots] =
      await Promise.all([
        api.getBlastRadius(ref, 1),
        api.getEntityAvailability(ref),
        api.getAnnotationProblems({ entity: ref }),
        api.getGraph({
          node: ref,
          direction: 'dependencies',
          depth: 6,
          maxNodes: DEPENDENCIES_WALKED,
        }),
        api.getHotSpots({ limit: HOT_SPOTS_CONSIDERED }),
      ]);
    const needed = new Set(dependencies.nodes.slice(1).map(n => n.id));
    return {
      blastRadius,
      availability,
      problems: problems.items.flatMap(p => p.problems),
      hotSpots: hotSpots.items.filter(h => needed.has(h.node.id)),
    };
  }, [api, ref]);
}
