import { Entity } from '@backstage/catalog-model';
import {
  ContextRelationship,
  GlossaryTerm,
} from '@internal/plugin-domain-catalog-common';

// Builders for small hand-made catalogs whose drift is known in advance.
// Relations are written out as the catalog would store them.

const annotations = (contextName?: string) =>
  contextName ? { 'fitsys.dev/bounded-context': contextName } : undefined;

/** A Domain, optionally a sub-domain of another. */
export function domain(name: string, type?: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name, namespace: 'default', title: `${name} domain` },
    spec: { owner: 'group:default/architects', type, subdomainOf: parent },
  };
}

/** A BoundedContext. */
export function context(
  name: string,
  domainName: string,
  relationships: ContextRelationship[] = [],
  terms: GlossaryTerm[] = [],
  extra: { implements?: string[]; owner?: string } = {},
): Entity {
  return {
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'BoundedContext',
    metadata: { name, namespace: 'default' },
    spec: {
      owner: extra.owner ?? `${name}-team`,
      domain: domainName,
      implements: extra.implements,
      purpose: `Purpose of ${name}.`,
      terms,
      relationships,
    },
  };
}

/** A Component with the relations the catalog would record for it. */
export function component(
  name: string,
  options: {
    context?: string;
    system?: string;
    consumes?: string[];
    dependsOn?: string[];
  } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: annotations(options.context),
    },
    spec: { type: 'service', owner: 'team', system: options.system },
    relations: [
      ...(options.consumes ?? []).map(a => ({
        type: 'consumesApi',
        targetRef: `api:default/${a}`,
      })),
      ...(options.dependsOn ?? []).map(t => ({
        type: 'dependsOn',
        targetRef: t.includes(':') ? t : `resource:default/${t}`,
      })),
    ],
  };
}

/** An API, with the components that provide it. */
export function api(
  name: string,
  options: { context?: string; providers?: string[] } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name,
      namespace: 'default',
      annotations: annotations(options.context),
    },
    spec: { type: 'openapi', owner: 'team' },
    relations: (options.providers ?? []).map(p => ({
      type: 'apiProvidedBy',
      targetRef: `component:default/${p}`,
    })),
  };
}

/** A Resource of a type. */
export function resource(
  name: string,
  type: string,
  contextName?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: annotations(contextName),
    },
    spec: { type, owner: 'team' },
  };
}

/** A System, optionally in a context. */
export function system(name: string, contextName?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name,
      namespace: 'default',
      annotations: annotations(contextName),
    },
    spec: { owner: 'team' },
  };
}
