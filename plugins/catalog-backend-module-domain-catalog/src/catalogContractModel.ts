import { createCatalogModelLayer } from '@backstage/catalog-model/alpha';
import { BOUNDED_CONTEXT_ANNOTATION } from '@internal/plugin-domain-catalog-common';

/**
 * The `fitsys.dev/*` annotations of the catalog contract
 * (docs/catalog-contract.md), described for the catalog model.
 *
 * @remarks
 * Descriptions only, no value schemas: a schema here would apply to every
 * entity of every kind, so one malformed value would keep an entity out of
 * the catalog, where today the plugin that reads the annotation reports it.
 * A layer of its own, because the annotations belong to the whole suite: a
 * catalog model refuses an annotation declared twice, so another plugin that
 * wants them registers this same layer (the catalog keeps one copy of a
 * layer ID) rather than declaring them again.
 *
 * @alpha
 */
export const catalogContractModelLayer = createCatalogModelLayer({
  layerId: 'fitsys.dev/catalog-contract-annotations',
  builder: model => {
    const annotations: Array<{
      name: string;
      title: string;
      description: string;
    }> = [
      {
        name: BOUNDED_CONTEXT_ANNOTATION,
        title: 'Bounded context',
        description:
          'On a Component, API, Resource or System: the name of the BoundedContext (fitsys.dev/v1alpha1) it belongs to, e.g. "card-authorisation". A system\'s context applies to its components, APIs and resources unless they name their own. Several names separated by commas record each claim, which the domain catalog reports as a membership conflict.',
      },
      {
        name: 'fitsys.dev/reference-architecture',
        title: 'Reference architecture',
        description:
          'On a System or Component: the reference architecture (ReferenceArchitecture, fitsys.dev/v1alpha1, by its series name) it follows, e.g. "event-driven-microservice". The reference architectures plugin scores it against that version\'s conformance rules.',
      },
      {
        name: 'fitsys.dev/reference-architecture-version',
        title: 'Reference architecture version',
        description:
          'On a System or Component: the version of its reference architecture that it follows, a semantic version such as "2.1.0".',
      },
      {
        name: 'fitsys.dev/region',
        title: 'Region',
        description:
          'On a Component or Resource: its failure domain\'s cloud region, e.g. "eu-west-1".',
      },
      {
        name: 'fitsys.dev/zone',
        title: 'Availability zone',
        description:
          'On a Component or Resource: its failure domain\'s availability zone, e.g. "eu-west-1a".',
      },
      {
        name: 'fitsys.dev/cluster',
        title: 'Cluster',
        description:
          'On a Component: the cluster it runs on (its failure domain), e.g. "prod-eu-1".',
      },
      {
        name: 'fitsys.dev/base-image',
        title: 'Base image',
        description:
          'On a Component: its container base image and version, e.g. "registry.fernhill.example/base/jvm:21.0.4".',
      },
      {
        name: 'fitsys.dev/shared-libraries',
        title: 'Shared libraries',
        description:
          'On a Component: the shared libraries it uses, as comma-separated name@version, e.g. "fernhill-http-client@3.2.1,fernhill-crypto@1.9.0".',
      },
      {
        name: 'fitsys.dev/cron-schedules',
        title: 'Cron schedules',
        description:
          'On a Component: the cron expressions of its batch jobs, separated by semicolons, e.g. "0 2 * * *;30 4 * * 1".',
      },
      {
        name: 'fitsys.dev/tier',
        title: 'Tier',
        description:
          'On a Component: its business criticality, from "1" (highest) to "3".',
      },
      {
        name: 'fitsys.dev/availability-target',
        title: 'Availability target',
        description:
          'On a Component: its availability objective in percent, e.g. "99.95".',
      },
      {
        name: 'fitsys.dev/replicas',
        title: 'Replicas',
        description:
          'On a Component or Resource: how many instances run at once; the availability target is one instance\'s, e.g. "3".',
      },
      {
        name: 'fitsys.dev/capacity',
        title: 'Capacity',
        description:
          'On a Component or Resource: the requests per second it can take, e.g. "600".',
      },
      {
        name: 'fitsys.dev/peak-load',
        title: 'Peak load',
        description:
          'On a Component: the requests per second it sends each direct dependency at peak, e.g. "300".',
      },
      {
        name: 'fitsys.dev/journeys',
        title: 'Customer journeys',
        description:
          'On a Component: the comma-separated names of the customer journeys it is an entry of, e.g. "pay-with-card".',
      },
      {
        name: 'fitsys.dev/technologies',
        title: 'Technologies',
        description:
          'On a Component or Resource: the comma-separated ids of the technologies it uses, for the skills survey\'s footprint, e.g. "kotlin,kafka,aws-iam".',
      },
    ];
    for (const annotation of annotations) model.addAnnotation(annotation);
  },
});
