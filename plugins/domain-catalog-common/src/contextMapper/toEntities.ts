import { Entity } from '@backstage/catalog-model';
import { stringify } from 'yaml';
import { CmlImportResult } from '../api';
import {
  BOUNDED_CONTEXT_KIND,
  ContextRelationship,
  FITSYS_API_VERSION,
  RelationshipPattern,
} from '../model';
import { checkCmlSemantics, CmlModel, parseCml } from './parser';

/** Options of a CML import. */
export interface CmlImportOptions {
  /** The owner of every entity made (a Group ref). */
  owner: string;
  namespace?: string;
  /** The domain of contexts that implement nothing. */
  defaultDomain?: string;
}

/** CustomerManagement → customer-management, as catalog names are written. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/**
 * Turns a CML model into catalog entities: a Domain per CML domain and
 * subdomain (subdomains with their type and parent), a BoundedContext per
 * context, with each relationship declared on both sides so that every
 * pattern sits on its own side.
 */
export function cmlToEntities(
  model: CmlModel,
  options: CmlImportOptions,
): { entities: Entity[]; warnings: string[] } {
  const namespace = options.namespace ?? 'default';
  const warnings = checkCmlSemantics(model);
  const metadata = (name: string, title: string, description?: string) => ({
    name: kebabCase(name),
    namespace,
    title,
    ...(description ? { description } : {}),
  });
  const domains: Entity[] = [];
  for (const domain of model.domains) {
    domains.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: metadata(
        domain.name,
        domain.name,
        domain.domainVisionStatement,
      ),
      spec: { owner: options.owner },
    });
    for (const sub of domain.subdomains) {
      domains.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Domain',
        metadata: metadata(sub.name, sub.name, sub.domainVisionStatement),
        spec: {
          owner: options.owner,
          ...(sub.type ? { type: sub.type } : {}),
          subdomainOf: kebabCase(domain.name),
        },
      });
    }
  }

  const relationships = new Map<string, ContextRelationship[]>();
  const add = (context: string, relationship: ContextRelationship) => {
    relationships.set(context, [
      ...(relationships.get(context) ?? []),
      relationship,
    ]);
  };
  const declared = new Set(model.boundedContexts.map(c => c.name));
  for (const r of model.contextMap?.relationships ?? []) {
    if (
      r.upstream === r.downstream ||
      !declared.has(r.upstream) ||
      !declared.has(r.downstream)
    ) {
      warnings.push(
        `line ${r.line}: relationship ${r.upstream} – ${r.downstream} left out of the import`,
      );
      continue;
    }
    const note = r.implementationTechnology
      ? { note: `Implemented with ${r.implementationTechnology}.` }
      : {};
    if (r.symmetric) {
      for (const [self, other] of [
        [r.upstream, r.downstream],
        [r.downstream, r.upstream],
      ]) {
        add(self, {
          context: kebabCase(other),
          role: 'partner',
          patterns: [r.symmetric],
          ...note,
        });
      }
      continue;
    }
    const conformist = r.downstreamPatterns.includes('conformist');
    const cs: RelationshipPattern[] =
      r.customerSupplier && !conformist ? ['customer-supplier'] : [];
    const patterns = (list: RelationshipPattern[]) =>
      list.length ? { patterns: list } : {};
    add(r.downstream, {
      context: kebabCase(r.upstream),
      role: 'downstream',
      ...patterns([...cs, ...r.downstreamPatterns]),
      ...note,
    });
    add(r.upstream, {
      context: kebabCase(r.downstream),
      role: 'upstream',
      ...patterns([...cs, ...r.upstreamPatterns]),
    });
  }

  const contexts: Entity[] = model.boundedContexts.map(context => {
    const implemented = context.implements.map(kebabCase);
    let domain = implemented[0];
    if (!domain) {
      domain = kebabCase(options.defaultDomain ?? 'unassigned');
      warnings.push(
        `line ${context.line}: ${context.name} implements no domain; it goes in ${domain}`,
      );
    }
    return {
      apiVersion: FITSYS_API_VERSION,
      kind: BOUNDED_CONTEXT_KIND,
      metadata: metadata(context.name, context.name),
      spec: {
        owner: options.owner,
        domain,
        ...(implemented.length > 1 ? { implements: implemented } : {}),
        purpose:
          context.domainVisionStatement ??
          'Imported from CML; describe the purpose.',
        ...(relationships.has(context.name)
          ? { relationships: relationships.get(context.name) }
          : {}),
      },
    };
  });
  return { entities: [...domains, ...contexts], warnings };
}

/** Parses CML and writes catalog YAML for it; throws CmlSyntaxError when it does not parse. */
export function cmlToCatalogYaml(
  source: string,
  options: CmlImportOptions,
): CmlImportResult {
  const model = parseCml(source);
  const { entities, warnings } = cmlToEntities(model, options);
  return {
    yaml: entities.map(e => stringify(e)).join('---\n'),
    domains: entities.filter(e => e.kind === 'Domain').length,
    contexts: entities.filter(e => e.kind === BOUNDED_CONTEXT_KIND).length,
    relationships: model.contextMap?.relationships.length ?? 0,
    warnings,
  };
}
