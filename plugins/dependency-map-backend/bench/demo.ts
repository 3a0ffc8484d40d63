/* eslint-disable no-console */
// Prints the dependency map of the demo catalog (examples/), as the portal
// computes it with app-config.yaml's journeys: the figures docs/dependency-map.md
// quotes. Run: yarn workspace @internal/plugin-dependency-map-backend bench:demo
import { Entity } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import YAML from 'yaml';
import { DependencyMapAnalysis } from '../src/model/DependencyMapAnalysis';

const root = path.resolve(__dirname, '../../..');

function demoEntities(): Entity[] {
  const location = path.join(root, 'examples/catalog.yaml');
  const targets: string[] = YAML.parse(fs.readFileSync(location, 'utf8')).spec
    .targets;
  return targets.flatMap(target =>
    YAML.parseAllDocuments(
      fs.readFileSync(path.join(root, 'examples', target), 'utf8'),
    )
      .map(d => d.toJSON() as Entity)
      .filter(Boolean),
  );
}

function main() {
  const config = YAML.parse(
    fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
  );
  const journeys = (config.fitsys?.dependencyMap?.journeys ?? []).map(
    (j: { name: string; title?: string; entries: string[] }) => ({
      ...j,
      entries: j.entries.map(e =>
        e.includes(':') ? e : `component:default/${e}`,
      ),
    }),
  );
  const analysis = new DependencyMapAnalysis(demoEntities(), {
    journeys,
    failureDomainAvailability: { zone: 0.9999 },
  });
  const show = (title: string, value: unknown) =>
    console.log(`\n## ${title}\n${JSON.stringify(value, null, 1)}`);
  show(
    'hot spots',
    analysis
      .hotSpots({ offset: 0, limit: 12 })
      .items.map(
        h =>
          `${h.rank}. ${h.node.id}: ${h.transitiveDependents} (direct ${h.directDependents}, teams ${h.teams}, tier-1 ${h.tier1})`,
      ),
  );
  show(
    'correlation groups',
    analysis.correlationGroups(0, 5).items.map(g => g.summary),
  );
  show(
    'journeys',
    analysis.journeys().map(j => ({
      name: j.name,
      entries: j.entries,
      dependencies: j.dependencies,
      spofs: j.singlePointsOfFailure
        .slice(0, 5)
        .map(
          s =>
            `${s.node.id} (${s.dominated}${
              s.cutsWholeJourney ? ', whole journey' : ''
            })`,
        ),
    })),
  );
  const risks = analysis.risks(10);
  show('cron collisions', risks.cronCollisions);
  show('saturation', risks.saturation);
  show('tier mismatches', risks.tierMismatches);
  show('cycles', risks.cycles);
  show(
    'articulation points',
    risks.articulationPoints.map(n => n.id),
  );
  show(
    'annotation problems',
    analysis.problems({ offset: 0, limit: 20 }).items,
  );
  for (const entity of process.argv.slice(2)) {
    show(
      `availability of ${entity}`,
      analysis.entityAvailability(analysis.nodeOf(entity)!),
    );
  }
  for (const j of analysis.journeys()) {
    const a = analysis.journeyAvailability(j.name)!;
    show(`availability of journey ${j.name}`, {
      assumed: a.assumed,
      correlated: a.correlated,
      assumedDowntime: a.assumedDowntimeMinutesPerMonth,
      correlatedDowntime: a.correlatedDowntimeMinutesPerMonth,
    });
  }
}

main();
