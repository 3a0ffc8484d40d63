import { FINDING_RESOURCE_TYPE } from '@internal/plugin-devzero-common';
import { PermissionRule } from '@backstage/plugin-permission-node';
import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod/v3';
import { FindingRecord } from './database/FindingStore';

/** A condition the findings store can apply in its query. */
export type FindingQueryLeaf = {
  field: 'ownerRef' | 'reporterRef';
  values: string[];
};

/** Findings as a resource of the permission framework. */
export const findingResourceRef = createPermissionResourceRef<
  FindingRecord,
  FindingQueryLeaf
>().with({
  pluginId: 'devzero',
  resourceType: FINDING_RESOURCE_TYPE,
});

type Claims = { claims: string[] };

// The helper's overloads are too deep for the compiler with zod 3.25's types;
// this names the one in use.
type ClaimsRule = PermissionRule<
  FindingRecord,
  FindingQueryLeaf,
  typeof FINDING_RESOURCE_TYPE,
  Claims
>;
const claimsRule = createPermissionRule as unknown as (
  rule: Omit<ClaimsRule, 'resourceType'> & {
    resourceRef: typeof findingResourceRef;
  },
) => ClaimsRule;

const claimsSchema = z.object({
  claims: z
    .array(z.string())
    .describe('Entity refs of the user and the groups they belong to'),
}) as unknown as ClaimsRule['paramsSchema'];

const isFindingOwner = claimsRule({
  name: 'IS_FINDING_OWNER',
  description:
    'Allow findings filed against an entity that one of the claims owns',
  resourceRef: findingResourceRef,
  paramsSchema: claimsSchema,
  apply: (finding, { claims }) => claims.includes(finding.ownerRef),
  toQuery: ({ claims }) => ({ field: 'ownerRef', values: claims }),
});

const isFindingReporter = claimsRule({
  name: 'IS_FINDING_REPORTER',
  description: 'Allow findings that one of the claims filed',
  resourceRef: findingResourceRef,
  paramsSchema: claimsSchema,
  apply: (finding, { claims }) => claims.includes(finding.reporterRef),
  toQuery: ({ claims }) => ({ field: 'reporterRef', values: claims }),
});

/** The rules a permission policy can use on findings. */
export const devzeroFindingRules = { isFindingOwner, isFindingReporter };

/** Conditions and conditional decisions for permission policies. */
export const {
  conditions: devzeroFindingConditions,
  createConditionalDecision: createDevzeroFindingConditionalDecision,
} = createConditionExports({
  resourceRef: findingResourceRef,
  rules: devzeroFindingRules,
});
