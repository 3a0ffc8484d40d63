import {
  AnswerInput,
  HEATMAP_LEVELS,
  HEATMAP_PAGE,
  LIMITS,
  NewCampaignInput,
  RECEIPT_PATTERN,
} from '@internal/plugin-skills-survey-common';
import { DateTime } from 'luxon';
import { z } from 'zod';

// The input the skills survey takes, over HTTP (./router.ts) and from agents
// (../actions): one strict schema per body or query, bound to the -common
// types, so that an unknown field is a 400 and every complaint names its
// field. `parse` from @internal/plugin-fitsys-node applies them.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/**
 * A day, YYYY-MM-DD, that exists. Zod runs a refinement even after the
 * checks before it failed, so the calendar check looks only at text of the
 * right shape: luxon's parser is slow on long text.
 */
const day = z
  .string()
  .max(10)
  .regex(DAY, 'must be a date such as 2026-12-31')
  .refine(
    d => !DAY.test(d) || DateTime.fromISO(d, { zone: 'utc' }).isValid,
    'is no such day',
  );

/** A technology id, as GET /technologies lists them. */
export const technologyIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.technologyId)
  .regex(
    /^[a-z0-9][a-z0-9+#.-]*$/,
    'must be a technology id such as kotlin or aws-iam (lower case, dashes)',
  );

/** A campaign id (a UUID). */
export const campaignIdSchema = z
  .string()
  .max(36)
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'must be a campaign id (a UUID)',
  );

/** A free-text id (22 base64url characters). */
export const textIdSchema = z
  .string()
  .max(22)
  .regex(/^[A-Za-z0-9_-]{22}$/, 'must be a free-text id');

export const receiptSchema = z
  .string()
  .max(43)
  .regex(
    RECEIPT_PATTERN,
    'must be 32 random bytes in base64url (43 characters), made by the browser',
  );

export const newCampaign = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.campaignName),
    intro: z.string().max(LIMITS.intro).optional(),
    opensOn: day,
    closesOn: day,
    technologyIds: z
      .array(technologyIdSchema)
      .min(1)
      .max(LIMITS.technologiesPerCampaign),
  })
  .strict() satisfies z.ZodType<NewCampaignInput>;

export const answerBody = z
  .object({
    receipt: receiptSchema,
    ratings: z
      .array(
        z
          .object({
            technologyId: technologyIdSchema,
            level: z.number().int().min(0).max(10).nullable(),
            wantToLearn: z.boolean(),
          })
          .strict(),
      )
      .max(LIMITS.technologiesPerCampaign),
    helpText: z.string().trim().max(LIMITS.helpText).optional(),
  })
  .strict() satisfies z.ZodType<AnswerInput>;

export const receiptBody = z.object({ receipt: receiptSchema }).strict();

export const holdBody = z.object({ held: z.boolean() }).strict();

export const helpersBody = z
  .object({
    technologies: z
      .array(
        z
          .object({
            technologyId: technologyIdSchema,
            note: z.string().trim().max(LIMITS.helperNote).optional(),
          })
          .strict(),
      )
      .max(LIMITS.helperTechnologies)
      .refine(
        list => new Set(list.map(t => t.technologyId)).size === list.length,
        'lists a technology twice',
      ),
  })
  .strict();

export const noQuery = z.object({}).strict();

export const helpersQuery = z
  .object({ technology: technologyIdSchema.optional() })
  .strict();

export const campaignQuery = z
  .object({ campaign: campaignIdSchema.optional() })
  .strict();

export const exportQuery = z
  .object({ format: z.enum(['csv']).optional() })
  .strict();

/** A whole number in a query string, within bounds. */
const queryInteger = (min: number, max: number, fallback: number) =>
  z
    .string()
    .max(10)
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform(v => v ?? fallback);

/** GET /campaigns/:id/results: every cell, or the organisation-wide ones only. */
export const resultsQuery = z
  .object({ cells: z.enum(['all', 'organisation']).optional() })
  .strict();

/** GET /campaigns/:id/heatmap: a level or a parent group, and a page. */
export const heatmapQuery = z
  .object({
    level: z.enum(HEATMAP_LEVELS).optional(),
    parent: z
      .string()
      .max(255)
      .regex(
        /^group:[^/:]+\/[^/:]+$/i,
        'must be a group ref such as group:default/payments',
      )
      .transform(ref => ref.toLocaleLowerCase('en-US'))
      .optional(),
    offset: queryInteger(0, 100_000, 0),
    limit: queryInteger(1, HEATMAP_PAGE.max, HEATMAP_PAGE.default),
  })
  .strict()
  .refine(q => !(q.level && q.parent), {
    message: 'give a level or a parent, not both',
    path: ['parent'],
  });
