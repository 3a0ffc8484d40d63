import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_SCALE } from '@internal/plugin-skills-survey-common';
import { memoryStore } from '../__testUtils__/memoryStore';
import { organisation, technology } from '../__testUtils__/organisation';
import { buildResults, gapsOf } from '../model/results';
import { loadDemoSurvey } from './loadDemoSurvey';

describe('loadDemoSurvey', () => {
  it('loads two closed campaigns with a gap and a trend, and an open one, once', async () => {
    const { store, knex } = await memoryStore();
    const options = {
      store,
      technologies: [
        technology('java', 3),
        technology('kafka', 12),
        technology('kubernetes', 8),
      ],
      entities: organisation(),
      settings: {
        minGroupSize: 3,
        scale: DEFAULT_SCALE,
        independentLevel: 3,
      } as any,
      logger: mockServices.logger.mock(),
      now: new Date('2026-12-02T09:00:00Z'),
    };
    expect(await loadDemoSurvey(options)).toBe(true);
    expect(await loadDemoSurvey(options)).toBe(false);
    const campaigns = await store.listCampaigns();
    expect(campaigns.map(c => [c.name, c.status])).toEqual([
      ['Demo 2026-Q4', 'open'],
      ['Demo 2026-Q3', 'closed'],
      ['Demo 2026-Q2', 'closed'],
    ]);
    const [, q3, q2] = campaigns;
    const results = buildResults(q3, await store.resultCells(q3.id), {
      record: q2,
      cells: await store.resultCells(q2.id),
    });
    const gaps = gapsOf(results, new Map(), {
      source: { status: 'unavailable', reason: 'not in this test' },
      byTechnology: new Map(),
    });
    expect(gaps.gaps[0].technology.id).toBe('kafka');
    const kubernetes = results.technologies.find(
      t => t.technology.id === 'kubernetes',
    )!;
    expect(kubernetes.change).toBeGreaterThan(0.1);
    await knex.destroy();
  });
});
