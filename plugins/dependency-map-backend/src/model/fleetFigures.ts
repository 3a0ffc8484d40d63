import { FleetFigures } from '@internal/plugin-dependency-map-common';
import { DependencyMapAnalysis } from './DependencyMapAnalysis';

/** A hot spot counts in the trend when its failure takes down this many entities. */
export const HOT_SPOT_THRESHOLD = 10;

/** The fleet's figures of an analysis, for the trend. */
export function fleetFigures(
  analysis: DependencyMapAnalysis,
  day: string,
): FleetFigures {
  const hotSpots = analysis.hotSpots({ offset: 0, limit: Infinity }).items;
  const risks = analysis.risks(1);
  return {
    day,
    entities: analysis.graph.entityCount,
    hotSpots: hotSpots.filter(s => s.transitiveDependents >= HOT_SPOT_THRESHOLD)
      .length,
    topHotSpotDependents: hotSpots[0]?.transitiveDependents ?? 0,
    correlationGroups: analysis.correlationGroups(0, 0).totalItems,
    singlePointsOfFailure: analysis
      .journeys()
      .reduce((n, j) => n + j.singlePointsOfFailure.length, 0),
    articulationPoints: risks.totals.articulationPoints,
    cycles: risks.totals.cycles,
    cronCollisions: risks.totals.cronCollisions,
    saturation: risks.totals.saturation,
    tierMismatches: risks.totals.tierMismatches,
  };
}
