import { createPermission } from '@backstage/plugin-permission-common';

/** The resource type of findings in the permission framework. */
export const FINDING_RESOURCE_TYPE = 'devzero-finding';

/** File a finding. */
export const devzeroFindingCreatePermission = createPermission({
  name: 'devzero.finding.create',
  attributes: { action: 'create' },
});

/** See findings. */
export const devzeroFindingReadPermission = createPermission({
  name: 'devzero.finding.read',
  attributes: { action: 'read' },
  resourceType: FINDING_RESOURCE_TYPE,
});

/** Triage a finding: accept, decline, resolve, assign, snooze, mark duplicate, reopen. */
export const devzeroFindingTriagePermission = createPermission({
  name: 'devzero.finding.triage',
  attributes: { action: 'update' },
  resourceType: FINDING_RESOURCE_TYPE,
});

/** Comment on a finding. */
export const devzeroFindingCommentPermission = createPermission({
  name: 'devzero.finding.comment',
  attributes: { action: 'update' },
  resourceType: FINDING_RESOURCE_TYPE,
});

/** Administer Developer Zero (see reporters of anonymous findings, fix any finding). */
export const devzeroAdminPermission = createPermission({
  name: 'devzero.admin',
  attributes: {},
});

/** Every Developer Zero permission. */
export const devzeroPermissions = [
  devzeroFindingCreatePermission,
  devzeroFindingReadPermission,
  devzeroFindingTriagePermission,
  devzeroFindingCommentPermission,
  devzeroAdminPermission,
];
