import { permissionsFromConfig } from '../permissions';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { CatalogSnapshot, CatalogSnapshotStatus } from './CatalogSnapshot';
import {
  CatalogNeeds,
  SharedCatalogSnapshot,
  SnapshotListener,
} from './SharedCatalogSnapshot';
import { refOf } from '../input/refs';
import { CatalogView, CatalogVisibility } from './visibility';

/**
 * A plugin's handle on the one catalog snapshot of its backend process.
 *
 * @remarks
 * Plugins that analyse the whole catalog (the domain catalog, reference
 * architectures, the dependency map) declare what they read at start-up and
 * share one read and one copy of it, refreshed on a schedule. Answers for a
 * caller go through {@link CatalogSnapshotService.viewFor}, which shows only
 * what the catalog would show that caller.
 */
export interface CatalogSnapshotService {
  /** Declares the kinds and fields this plugin reads; call it in `init`. */
  declare(needs: CatalogNeeds): void;
  /**
   * The whole snapshot, for analysis that no caller sees as it is. Waits only
   * for the first read; a failed refresh leaves the last snapshot in place
   * (see {@link CatalogSnapshotService.status}). Throws a 503 when the
   * catalog has never been read.
   */
  get(): Promise<CatalogSnapshot>;
  /** What the caller may see of the current snapshot. */
  viewFor(credentials: BackstageCredentials): Promise<CatalogView>;
  /** Reads the catalog anew (shared with any read already under way). */
  refresh(): Promise<CatalogSnapshot>;
  /** Calls the listener with each new snapshot; returns a function that stops it. */
  onSnapshot(listener: SnapshotListener): () => void;
  /** How fresh the snapshot is, and the last read's failure while it is stale. */
  status(): CatalogSnapshotStatus;
}

/** The shared catalog snapshot of Fit Systems backends. */
export const catalogSnapshotServiceRef =
  createServiceRef<CatalogSnapshotService>({
    id: 'fitsys.catalog-snapshot',
    scope: 'plugin',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          rootConfig: coreServices.rootConfig,
          rootLogger: coreServices.rootLogger,
          plugin: coreServices.pluginMetadata,
          auth: coreServices.auth,
          permissions: coreServices.permissions,
          scheduler: coreServices.scheduler,
          catalog: catalogServiceRef,
        },
        createRootContext({ rootConfig }) {
          const config = rootConfig.getOptionalConfig('fitsys.catalogSnapshot');
          return {
            shared: new SharedCatalogSnapshot({
              pageSize: config?.getOptionalNumber('pageSize') ?? 1000,
            }),
            refreshSeconds: config?.getOptionalNumber('refreshSeconds') ?? 30,
            scheduled: false,
          };
        },
        async factory(
          {
            rootConfig,
            rootLogger,
            plugin,
            auth,
            permissions,
            scheduler,
            catalog,
          },
          context,
        ) {
          const { shared } = context;
          const logger = rootLogger.child({ service: 'catalog-snapshot' });
          shared.useReader(async function* read(request) {
            const credentials = await auth.getOwnServiceCredentials();
            yield* catalog.streamEntities(
              {
                filter: request.kinds ? { kind: request.kinds } : undefined,
                fields: request.fields,
                pageSize: request.pageSize,
              },
              { credentials },
            );
          });
          const visibility = new CatalogVisibility({
            permissions: permissionsFromConfig(permissions, rootConfig),
            async readVisibleRefs(credentials, kinds) {
              const refs = new Set<string>();
              for await (const page of catalog.streamEntities(
                {
                  filter: kinds ? { kind: [...kinds] } : undefined,
                  fields: ['kind', 'metadata.namespace', 'metadata.name'],
                  pageSize: 5000,
                },
                { credentials },
              )) {
                for (const entity of page) refs.add(refOf(entity));
              }
              return refs;
            },
          });
          const scheduleRefresh = async () => {
            if (context.scheduled) return;
            context.scheduled = true;
            // Every replica keeps its own copy in memory, so each refreshes it.
            await scheduler.scheduleTask({
              id: 'fitsys-catalog-snapshot',
              scope: 'local',
              frequency: { seconds: Math.max(5, context.refreshSeconds) },
              timeout: { minutes: 10 },
              initialDelay: { seconds: Math.min(15, context.refreshSeconds) },
              fn: async () => {
                const started = performance.now();
                try {
                  const snapshot = await shared.refresh();
                  logger.debug(
                    `Catalog snapshot ${snapshot.generation}: ${
                      snapshot.entities.length
                    } entities in ${Math.round(
                      performance.now() - started,
                    )} ms`,
                  );
                } catch (error) {
                  const status = shared.status();
                  logger.warn(
                    `Could not read the catalog; still serving the snapshot read at ${
                      status.readAt ?? 'never'
                    }: ${error}`,
                  );
                }
              },
            });
          };
          return {
            declare(needs) {
              shared.declare(plugin.getId(), needs);
              scheduleRefresh().catch(error =>
                logger.error(
                  `Could not schedule the catalog snapshot: ${error}`,
                ),
              );
            },
            get: () => shared.current(),
            async viewFor(credentials) {
              return visibility.view(await shared.current(), credentials);
            },
            refresh: () => shared.refresh(),
            onSnapshot: listener => shared.onSnapshot(listener),
            status: () => shared.status(),
          };
        },
      }),
  });
