import { PermissionsService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { devzeroFindingCreatePermission } from '@internal/plugin-devzero-common';
import { FindingStore, NewFinding } from '../database/FindingStore';
import { FindingAccess, Viewer } from './findingAccess';
import { FindingNotifier } from './FindingNotifier';
import { ownerOf } from './owners';

/** What a reporter files; a retry under the same idempotency key must repeat them. */
const FILED_FIELDS = [
  'entityRef',
  'title',
  'scenario',
  'journeyStep',
  'category',
  'severity',
  'minutesLost',
  'steps',
  'expected',
  'actual',
  'mayContact',
  'reporterHidden',
  'links',
  'externalUrl',
] as const;

/** Files a finding, routed to its entity's owner; a retry under the same key returns the first. */
export async function fileFinding(
  deps: {
    store: FindingStore;
    catalog: CatalogService;
    permissions: PermissionsService;
    access: FindingAccess;
    anonymousFiling?: boolean;
    notifier?: FindingNotifier;
    now: () => Date;
  },
  input: Omit<NewFinding, 'ownerRef' | 'reporterRef'>,
  viewer: Viewer,
) {
  const [decision] = await deps.permissions.authorize(
    [{ permission: devzeroFindingCreatePermission }],
    {
      credentials: viewer.credentials,
    },
  );
  if (decision.result !== AuthorizeResult.ALLOW)
    throw new NotAllowedError('You may not file findings');
  if (input.reporterHidden && deps.anonymousFiling === false) {
    throw new InputError(
      'hideReporter: this portal does not let reporters keep their name from the owners (fitsys.devzero.anonymousFiling is false)',
    );
  }
  const entity = await deps.catalog.getEntityByRef(input.entityRef, {
    credentials: viewer.credentials,
  });
  if (!entity)
    throw new InputError(
      `entityRef: there is no entity ${input.entityRef} in the catalog; file the finding against one that exists`,
    );
  const ownerRef = ownerOf(entity);
  if (!ownerRef)
    throw new InputError(
      `entityRef: ${input.entityRef} has no owner in the catalog to route the finding to`,
    );
  const filed = {
    ...input,
    entityRef: stringifyEntityRef(entity),
    ownerRef,
    reporterRef: viewer.userRef,
    reporterHidden: input.reporterHidden ?? false,
  };
  const result = await deps.store.file(filed, deps.now());
  if (!result.created) {
    // A retry sends the same finding; another one under its key would be lost.
    const differ = FILED_FIELDS.filter(
      f =>
        JSON.stringify(result.finding[f] ?? null) !==
        JSON.stringify(filed[f] ?? null),
    );
    if (differ.length)
      throw new ConflictError(
        `idempotencyKey: already used for finding ${
          result.finding.id
        }, which has another ${differ.join(
          ', ',
        )}; send a new key to file a new finding`,
      );
  }
  if (result.created) await deps.notifier?.filed(result.finding);
  return {
    finding: deps.access.present(
      result.finding,
      viewer,
      await deps.access.isAdmin(viewer),
    ),
    created: result.created,
  };
}
