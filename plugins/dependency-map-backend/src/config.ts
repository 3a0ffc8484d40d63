import { RootConfigService } from '@backstage/backend-plugin-api';
import { resolveRef } from '@internal/plugin-fitsys-node';
import { AnalysisSettings } from './model/DependencyMapAnalysis';

/** A zone's availability when the settings give none, in percent. */
export const DEFAULT_ZONE_AVAILABILITY = 99.99;

const JOURNEY_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Reads `fitsys.dependencyMap` once, with its defaults; a journey or a
 * percentage that cannot be used stops the backend with a message that
 * says which setting and how to fix it.
 */
export function readSettings(config: RootConfigService): AnalysisSettings {
  const c = config.getOptionalConfig('fitsys.dependencyMap');
  const journeys = (c?.getOptionalConfigArray('journeys') ?? []).map((j, i) => {
    const at = `fitsys.dependencyMap.journeys[${i}]`;
    const name = j.getString('name').toLocaleLowerCase('en-US');
    if (!JOURNEY_NAME.test(name)) {
      throw new Error(
        `${at}.name: "${name}" is not a journey name; use letters, digits and "-", e.g. pay-with-card`,
      );
    }
    const entries = j.getStringArray('entries').map(entry => {
      const ref = resolveRef(entry, 'component');
      if (!ref) {
        throw new Error(
          `${at}.entries: "${entry}" is not an entity ref; write component:default/name or a name`,
        );
      }
      return ref;
    });
    return { name, title: j.getOptionalString('title'), entries };
  });
  const percent = (key: 'zone' | 'region' | 'cluster', fallback?: number) => {
    const value =
      c?.getOptionalNumber(`failureDomainAvailability.${key}`) ?? fallback;
    if (value === undefined) return undefined;
    if (!(value > 0 && value < 100)) {
      throw new Error(
        `fitsys.dependencyMap.failureDomainAvailability.${key}: ${value} is not a percentage above 0 and below 100, e.g. 99.99`,
      );
    }
    return value / 100;
  };
  return {
    journeys,
    failureDomainAvailability: {
      zone: percent('zone', DEFAULT_ZONE_AVAILABILITY),
      region: percent('region'),
      cluster: percent('cluster'),
    },
  };
}
