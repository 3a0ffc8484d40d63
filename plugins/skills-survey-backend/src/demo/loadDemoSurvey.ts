import { Entity } from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Rating, Technology } from '@internal/plugin-skills-survey-common';
import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import { SkillsSurveySettings } from '../config';
import { SurveyStore } from '../database/SurveyStore';
import { computeCells } from '../model/cells';
import { campaignSnapshot, receiptHash } from '../service/SurveyService';

/** The personas of the demo, left out of the open campaign so they can answer it. */
const PERSONAS = ['alex.morgan', 'sam.okafor', 'jordan.lee', 'riley.novak'];

/**
 * The demo's story per technology: the mean level in the first and the
 * second closed campaign. Kafka is everywhere and few know it (the gap);
 * Kubernetes improves after the platform team's training; Java is known.
 */
const STORY: Record<string, [number, number]> = {
  java: [3.2, 3.3],
  kotlin: [1.8, 2.1],
  typescript: [2.4, 2.5],
  python: [1.9, 2.0],
  go: [1.2, 1.4],
  react: [1.6, 1.7],
  kafka: [1.4, 1.5],
  postgresql: [2.6, 2.7],
  kubernetes: [1.5, 2.6],
  terraform: [1.3, 1.6],
  'aws-iam': [1.1, 1.3],
  observability: [2.0, 2.4],
};

/** A repeatable random number in [0, 1) from a seed text. */
function random(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

function ratingsFor(
  technologies: Technology[],
  person: string,
  campaign: number,
  maxLevel: number,
): Rating[] {
  return technologies.map(t => {
    const mean = (STORY[t.id] ?? [2, 2.2])[Math.min(campaign, 1)];
    const r = random(`${person}:${t.id}:${campaign}`);
    const level = Math.max(
      0,
      Math.min(maxLevel, Math.round(mean + (r - 0.5) * 2.4)),
    );
    return {
      technologyId: t.id,
      level: random(`${person}:${t.id}:na`) < 0.05 ? null : level,
      wantToLearn: level < 3 && random(`${person}:${t.id}:want`) < 0.4,
    };
  });
}

/**
 * Loads the demo into an empty store: two closed campaigns and an open one,
 * with synthetic answers from the catalog's demo teams (a few members of
 * each team do not answer, so some teams fall below the minimum group
 * size). Returns false when the catalog has no teams yet (try again later)
 * or campaigns exist already.
 */
export async function loadDemoSurvey(options: {
  store: SurveyStore;
  technologies: Technology[];
  entities: readonly Entity[];
  settings: SkillsSurveySettings;
  logger: LoggerService;
  now?: Date;
}): Promise<boolean> {
  const { store, entities, settings, logger } = options;
  if ((await store.listCampaigns()).length) return false;
  if (!entities.some(e => e.kind.toLocaleLowerCase('en-US') === 'user'))
    return false;
  const technologies = options.technologies
    .filter(t => t.id in STORY)
    .sort((a, b) => a.id.localeCompare(b.id));
  if (!technologies.length) return false;
  const now = DateTime.fromJSDate(options.now ?? new Date(), { zone: 'utc' });
  const day = (d: DateTime) => d.toISODate()!;
  const maxLevel = Math.max(...settings.scale.map(s => s.level));
  const plan = [
    { name: 'Demo 2026-Q2', opens: now.minus({ months: 6 }), closed: true },
    { name: 'Demo 2026-Q3', opens: now.minus({ months: 3 }), closed: true },
    { name: 'Demo 2026-Q4', opens: now.minus({ days: 5 }), closed: false },
  ];
  for (const [index, p] of plan.entries()) {
    const closes = p.opens.plus({ weeks: 3 });
    const campaign = await store.createCampaign(
      {
        name: p.name,
        intro: `How well do you know the technologies we run? Anonymous: results are totals of at least ${settings.minGroupSize} people, published when the campaign closes.`,
        opensOn: day(p.opens),
        closesOn: day(p.closed ? closes : now.plus({ weeks: 2 })),
        technologyIds: technologies.map(t => t.id),
        createdBy: 'user:default/sam.okafor',
      },
      day(p.opens.minus({ days: 3 })),
    );
    const { snapshot, members } = campaignSnapshot(
      technologies,
      entities,
      settings,
    );
    await store.openCampaign(campaign.id, snapshot, members, day(p.opens));
    const people = [...members.keys()].sort();
    for (const person of people) {
      const name = person.split('/')[1];
      const answers =
        random(`${person}:${index}:answers`) < (index === 2 ? 0.55 : 0.85);
      if (!answers || (!p.closed && PERSONAS.includes(name))) continue;
      await store.submitAnswer({
        campaignId: campaign.id,
        personRef: person,
        day: day(p.opens.plus({ days: Math.floor(random(person) * 10) })),
        receiptHash: receiptHash(
          campaign.id,
          createHash('sha256')
            .update(`demo:${person}:${index}`)
            .digest('base64url'),
        ),
        ratings: ratingsFor(technologies, person, index, maxLevel),
        helpText:
          random(`${person}:${index}:text`) < 0.5
            ? [
                'A Kafka workshop with our own topics, please.',
                'Pairing with someone who runs our Kubernetes clusters.',
                'Examples of IAM policies we actually use.',
                'Office hours with the platform team.',
                'A runbook for the first week on call.',
              ][Math.floor(random(`${person}:${index}:which`) * 5)]
            : null,
      });
    }
    if (p.closed)
      await store.closeCampaign(campaign.id, day(closes), aggregates =>
        computeCells(snapshot, aggregates),
      );
  }
  logger.info('Skills survey: loaded the demo campaigns');
  return true;
}
