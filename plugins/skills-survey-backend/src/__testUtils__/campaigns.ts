import { Rating, Technology } from '@internal/plugin-skills-survey-common';
import { NewAnswer, SurveyStore } from '../database/SurveyStore';
import { computeCells } from '../model/cells';
import { receiptHash } from '../service/SurveyService';
import { organisation, receipt, snapshotOf, technology } from './organisation';

/** The two technologies the store's and the results' tests ask about. */
export const TEST_TECHNOLOGIES: Technology[] = [
  technology('java'),
  technology('kafka'),
];

/** Ratings of java and kafka (kafka with "want to learn"). */
export const ratingsOf = (
  java: number | null,
  kafka: number | null,
): Rating[] => [
  { technologyId: 'java', level: java, wantToLearn: false },
  { technologyId: 'kafka', level: kafka, wantToLearn: true },
];

/**
 * Creates a campaign about java and kafka for the test organisation
 * (organisation.ts) and opens it; returns its id and snapshot.
 */
export async function openTestCampaign(
  store: SurveyStore,
  options: {
    name?: string;
    intro?: string;
    createdOn?: string;
    opensOn?: string;
    closesOn?: string;
  } = {},
) {
  const {
    name = '2026-Q4',
    intro = 'Hello',
    createdOn = '2026-11-30',
    opensOn = '2026-12-01',
    closesOn = '2026-12-20',
  } = options;
  const created = await store.createCampaign(
    {
      name,
      intro,
      opensOn,
      closesOn,
      technologyIds: TEST_TECHNOLOGIES.map(t => t.id),
      createdBy: 'user:default/sam',
    },
    createdOn,
  );
  const { snapshot, members } = snapshotOf(organisation(), TEST_TECHNOLOGIES);
  await store.openCampaign(created.id, snapshot, members, opensOn);
  return { id: created.id, snapshot };
}

/** A person's answer, with a receipt made from `key`. */
export const testAnswer = (
  campaignId: string,
  person: string,
  key: string,
  ratings: Rating[] = ratingsOf(3, 1),
  helpText: string | null = null,
): NewAnswer => ({
  campaignId,
  personRef: `user:default/${person}`,
  day: '2026-12-02',
  receiptHash: receiptHash(campaignId, receipt(key)),
  ratings,
  helpText,
});

/** Closes a campaign opened by openTestCampaign, computing its cells. */
export function closeTestCampaign(
  store: SurveyStore,
  campaign: Awaited<ReturnType<typeof openTestCampaign>>,
  day: string,
) {
  return store.closeCampaign(campaign.id, day, a =>
    computeCells(campaign.snapshot, a),
  );
}
