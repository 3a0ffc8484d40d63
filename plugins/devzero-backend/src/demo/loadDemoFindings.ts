import { LoggerService } from '@backstage/backend-plugin-api';
import {
  CATEGORIES,
  JOURNEY_STEPS,
  SEVERITIES,
  TRIAGE_ACTIONS,
} from '@internal/plugin-devzero-common';
import fs from 'fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { FindingStore } from '../database/FindingStore';

const DAY = 86_400_000;
const user = (name: string) =>
  name.includes(':') ? name : `user:default/${name}`;

const demoFinding = z
  .object({
    entity: z.string(),
    owner: z.string(),
    reporter: z.string(),
    daysAgo: z.number().min(0),
    title: z.string(),
    scenario: z.string(),
    step: z.enum(JOURNEY_STEPS),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    minutes: z.number().int().min(0),
    steps: z.string().optional(),
    expected: z.string().optional(),
    actual: z.string().optional(),
    duplicateOf: z.number().int().min(1).optional(),
    meToo: z
      .array(z.object({ by: z.string(), minutes: z.number().int().min(0) }))
      .default([]),
    history: z
      .array(
        z.object({
          after: z.number().min(0),
          by: z.string(),
          action: z.enum(TRIAGE_ACTIONS),
          note: z.string().optional(),
          fixUrl: z.string().optional(),
        }),
      )
      .default([]),
  })
  .strict();

/**
 * Loads demo findings into an empty store, dated back from `now`, with their
 * triage history, so that the demo's insights tell a story on first start.
 * Each is filed with an idempotency key, so two replicas starting at once
 * load them once.
 */
export async function loadDemoFindings(options: {
  store: FindingStore;
  file: string;
  logger: LoggerService;
  now?: Date;
}) {
  const { store, file, logger } = options;
  const { totalItems } = await store.list({
    sort: 'created',
    order: 'asc',
    offset: 0,
    limit: 1,
  });
  if (totalItems > 0) return 0;
  const parsed = z
    .array(demoFinding)
    .safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `devzero.demoData.file ${file}: entry ${
        Number(issue.path[0]) + 1
      }, ${issue.path.slice(1).join('.')}: ${issue.message}`,
    );
  }
  const now = (options.now ?? new Date()).getTime();
  const ids: string[] = [];
  for (const [index, d] of parsed.data.entries()) {
    const filedAt = now - d.daysAgo * DAY;
    const { finding, created } = await store.file(
      {
        entityRef: d.entity,
        ownerRef: d.owner,
        title: d.title,
        scenario: d.scenario,
        journeyStep: d.step,
        category: d.category,
        severity: d.severity,
        minutesLost: d.minutes,
        steps: d.steps,
        expected: d.expected,
        actual: d.actual,
        mayContact: true,
        links: [],
        reporterRef: user(d.reporter),
        idempotencyKey: `demo-${index + 1}`,
      },
      new Date(filedAt),
    );
    ids.push(finding.id);
    // Another replica loading at the same moment filed it: it replays the rest.
    if (!created) continue;
    for (const [i, m] of d.meToo.entries()) {
      await store.addMeToo(
        finding.id,
        { userRef: user(m.by), minutesLost: m.minutes },
        new Date(filedAt + (i + 1) * 3_600_000),
      );
    }
    for (const h of d.history) {
      await store.triage(
        finding.id,
        {
          action: h.action,
          actorRef: user(h.by),
          note: h.note,
          fixUrl: h.fixUrl,
          duplicateOf:
            h.action === 'mark-duplicate' && d.duplicateOf
              ? ids[d.duplicateOf - 1]
              : undefined,
        },
        new Date(filedAt + h.after * DAY + 3_600_000),
      );
    }
  }
  logger.info(`Loaded ${ids.length} demo findings from ${file}`);
  return ids.length;
}
