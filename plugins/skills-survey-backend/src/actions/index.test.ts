import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { memoryStore } from '../__testUtils__/memoryStore';
import {
  organisation,
  receipt,
  snapshotOf,
  technology,
} from '../__testUtils__/organisation';
import { computeCells } from '../model/cells';
import { SurveyAccess } from '../service/SurveyAccess';
import { ResultsService } from '../service/ResultsService';
import { receiptHash } from '../service/SurveyService';
import { registerActions } from './index';

async function setUp(allowed: boolean) {
  const { store, knex } = await memoryStore();
  const technologies = [technology('java', 2), technology('kafka', 9)];
  const campaign = await store.createCampaign(
    {
      name: '2026-Q3',
      intro: '',
      opensOn: '2026-09-01',
      closesOn: '2026-09-20',
      technologyIds: ['java', 'kafka'],
      createdBy: 'user:default/sam',
    },
    '2026-09-01',
  );
  const { snapshot, members } = snapshotOf(organisation(), technologies);
  await store.openCampaign(campaign.id, snapshot, members, '2026-09-01');
  const people = ['card1', 'card2', 'card3', 'clear1', 'clear2', 'risk1'];
  for (const [i, p] of people.entries())
    await store.submitAnswer({
      campaignId: campaign.id,
      personRef: `user:default/${p}`,
      day: '2026-09-02',
      receiptHash: receiptHash(campaign.id, receipt(p)),
      ratings: [
        { technologyId: 'java', level: 3 + (i % 2), wantToLearn: false },
        { technologyId: 'kafka', level: i % 3, wantToLearn: true },
      ],
      helpText: null,
    });
  await store.closeCampaign(campaign.id, '2026-09-21', a =>
    computeCells(snapshot, a),
  );
  const results = new ResultsService({
    store,
    // Two hours lost on Java's components: not enough to pass Kafka.
    friction: {
      forViewer: async () => ({
        source: { status: 'available', since: '2025-09-21' },
        byTechnology: new Map([
          [
            'java',
            { entities: 1, findings: 2, openFindings: 1, minutesLost: 120 },
          ],
        ]),
      }),
    },
    access: new SurveyAccess(
      mockServices.permissions.mock({
        authorize: async () => [
          { result: allowed ? ('ALLOW' as any) : ('DENY' as any) },
        ],
      }),
    ),
  });
  const registry = actionsRegistryServiceMock({
    logger: mockServices.logger.mock(),
  });
  registerActions(registry, results);
  return { registry, knex };
}

describe('skills-survey actions', () => {
  it('lists the gaps, the largest first, with the numbers behind each', async () => {
    const { registry, knex } = await setUp(true);
    const { output } = await registry.invoke({
      id: 'test:list-skills-gaps',
      input: { limit: 5 },
      credentials: mockCredentials.user('user:default/sam'),
    });
    expect(output).toMatchObject({
      campaignName: '2026-Q3',
      gaps: [
        {
          rank: 1,
          technology: { id: 'kafka' },
          shareBelowIndependent: 1,
          friction: { findings: 0, minutesLost: 0 },
          hoursLost: 0,
          score: 9,
          wantToLearn: 6,
        },
        {
          rank: 2,
          technology: { id: 'java' },
          shareBelowIndependent: 0,
          friction: { findings: 2, minutesLost: 120 },
          hoursLost: 2,
          score: 0,
        },
      ],
      friction: { status: 'available', since: '2025-09-21' },
    });
    await knex.destroy();
  });

  it("gives one technology's published cells, withheld ones without numbers", async () => {
    const { registry, knex } = await setUp(true);
    const { output } = (await registry.invoke({
      id: 'test:get-technology-skills',
      input: { technology: 'kafka' },
      credentials: mockCredentials.user('user:default/sam'),
    })) as any;
    expect(output.result.overall).toMatchObject({
      status: 'published',
      respondents: 6,
    });
    const risk = output.result.teams.find(
      (t: any) => t.teamRef === 'group:default/risk',
    );
    expect(risk.cell).toEqual({ status: 'suppressed' });
    expect(output.trend).toHaveLength(1);
    await knex.destroy();
  });

  it('refuses without the results permission, and names a bad input', async () => {
    const { registry, knex } = await setUp(false);
    await expect(
      registry.invoke({
        id: 'test:list-skills-gaps',
        input: {},
        credentials: mockCredentials.user('user:default/card1'),
      }),
    ).rejects.toThrow(/Only the platform team and admins read/);
    const allowed = await setUp(true);
    await expect(
      allowed.registry.invoke({
        id: 'test:get-technology-skills',
        input: { technology: 'Not An Id' },
        credentials: mockCredentials.user('user:default/sam'),
      }),
    ).rejects.toThrow(/input: must be a technology id/);
    await knex.destroy();
    await allowed.knex.destroy();
  });
});
