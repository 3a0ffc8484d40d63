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
import { CmlLimitError } from './tokens';

/**
 * How much one CML import may make, so that a hostile or mistaken model
 * cannot hold the backend for long or exhaust its memory. A model beyond
 * them is refused with a {@link CmlLimitError} saying which limit it passed.
 */
export const CML_IMPORT_LIMITS = {
  /** Domains, subdomains and bounded contexts together. */
  entities: 2_000,
  /** Relationships of the context map (each is written on both of its sides). */
  relationships: 10_000,
  /** Characters of catalog YAML written. */
  yamlCharacters: 4_000_000,
  /** Warnings returned; the rest are counted in a last one. */
  warnings: 200,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** Options of a CML import. */
export interface CmlImportOptions {
  /** The owner of every entity made (a Group ref). */
  owner: string;
  namespace?: string;
  /** The domain of contexts that implement nothing. */
  defaultDomain?: string;
}

const isUpper = (c: number) => c >= 65 && c <= 90; // A-Z
const isLower = (c: number) => c >= 97 && c <= 122; // a-z
const isDigit = (c: number) => c >= 48 && c <= 57; // 0-9

/**
 * CustomerManagement → customer-management, as catalog names are written:
 * a word starts at a capital after a small letter or digit
 * (cardVault → card-vault) and at the last capital of a run followed by a
 * small letter (HTTPServer → http-server); every run of other characters is
 * one hyphen, and none is kept at either end.
 *
 * One pass over the name. (The regular expressions this replaces took
 * quadratic time on a run of capitals: 80,000 of them took seconds.)
 */
export function kebabCase(name: string): string {
  const out: string[] = [];
  let hyphen = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isUpper(c) && !isLower(c) && !isDigit(c)) {
      hyphen = true;
      continue;
    }
    if (isUpper(c) && i > 0) {
      const before = name.charCodeAt(i - 1);
      if (
        isLower(before) ||
        isDigit(before) ||
        (isUpper(before) && isLower(name.charCodeAt(i + 1)))
      ) {
        hyphen = true;
      }
    }
    if (hyphen && out.length) out.push('-');
    hyphen = false;
    out.push(String.fromCharCode(isUpper(c) ? c + 32 : c));
  }
  return out.join('');
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
  const relationshipCount = model.contextMap?.relationships.length ?? 0;
  if (relationshipCount > CML_IMPORT_LIMITS.relationships) {
    throw new CmlLimitError(
      `the context map has ${count(
        relationshipCount,
      )} relationships; one import may take at most ${count(
        CML_IMPORT_LIMITS.relationships,
      )}. Split the model into several files and import each`,
    );
  }
  let domainCount = model.domains.length;
  for (const domain of model.domains) domainCount += domain.subdomains.length;
  const entityCount = domainCount + model.boundedContexts.length;
  if (entityCount > CML_IMPORT_LIMITS.entities) {
    throw new CmlLimitError(
      `the model would make ${count(entityCount)} catalog entities (${count(
        domainCount,
      )} domains and subdomains, ${count(
        model.boundedContexts.length,
      )} bounded contexts); one import may make at most ${count(
        CML_IMPORT_LIMITS.entities,
      )}. Split the model into several files and import each`,
    );
  }
  const warnings = checkCmlSemantics(model);
  // Each name is kebab-cased once, however often it is referred to.
  const kebabs = new Map<string, string>();
  const kebab = (name: string) => {
    let result = kebabs.get(name);
    if (result === undefined) {
      result = kebabCase(name);
      kebabs.set(name, result);
    }
    return result;
  };
  const metadata = (name: string, title: string, description?: string) => ({
    name: kebab(name),
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
          subdomainOf: kebab(domain.name),
        },
      });
    }
  }

  const relationships = new Map<string, ContextRelationship[]>();
  const add = (context: string, relationship: ContextRelationship) => {
    // Appended in place: copying the list for each one took quadratic time.
    const list = relationships.get(context);
    if (list) list.push(relationship);
    else relationships.set(context, [relationship]);
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
          context: kebab(other),
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
      context: kebab(r.upstream),
      role: 'downstream',
      ...patterns([...cs, ...r.downstreamPatterns]),
      ...note,
    });
    add(r.upstream, {
      context: kebab(r.downstream),
      role: 'upstream',
      ...patterns([...cs, ...r.upstreamPatterns]),
    });
  }

  const contexts: Entity[] = model.boundedContexts.map(context => {
    const implemented = context.implements.map(kebab);
    let domain = implemented[0];
    if (!domain) {
      domain = kebab(options.defaultDomain ?? 'unassigned');
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

/**
 * A lower bound of the characters the value takes in YAML, where every key
 * and text appears whole. Walks the value with a stack, not recursion.
 */
function yamlSizeAtLeast(value: unknown): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      size += item.length + 1;
    } else if (Array.isArray(item)) {
      for (const element of item) stack.push(element);
    } else if (item && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) {
        if (element === undefined) continue; // YAML leaves the key out
        size += key.length + 2;
        stack.push(element);
      }
    } else {
      size += 1;
    }
  }
  return size;
}

/** Writes the entities as YAML documents, refusing before it writes more than the limit. */
function entitiesToYaml(
  entities: Entity[],
): Pick<CmlImportResult, 'yaml' | 'documents'> {
  const limit = CML_IMPORT_LIMITS.yamlCharacters;
  const tooLong = () =>
    new CmlLimitError(
      `the catalog YAML would be longer than ${count(
        limit,
      )} characters, the most one import may write; import fewer contexts and domains, or shorten the owner, names and texts`,
    );
  const separator = '---\n';
  const texts: string[] = [];
  const documents: CmlImportResult['documents'] = [];
  let size = 0;
  for (const entity of entities) {
    // Checked before writing, so that no one entity is written far past the limit.
    if (size + yamlSizeAtLeast(entity) > limit) throw tooLong();
    const document = stringify(entity);
    if (texts.length) size += separator.length;
    documents.push({
      kind: entity.kind === 'Domain' ? 'Domain' : 'BoundedContext',
      name: entity.metadata.name,
      ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
      offset: size,
      length: document.length,
    });
    size += document.length;
    if (size > limit) throw tooLong();
    texts.push(document);
  }
  return { yaml: texts.join(separator), documents };
}

/**
 * Parses CML and writes catalog YAML for it; throws CmlSyntaxError when it
 * does not parse, and its CmlLimitError when it passes one of
 * {@link CML_IMPORT_LIMITS}.
 */
export function cmlToCatalogYaml(
  source: string,
  options: CmlImportOptions,
): CmlImportResult {
  const model = parseCml(source);
  const { entities, warnings } = cmlToEntities(model, options);
  // Responsibilities are read (they may one day fill the canvas) but not written.
  const responsibilities = model.boundedContexts
    .filter(c => c.responsibilities?.length)
    .map(c => ({
      line: c.line,
      element: `responsibilities (${c.responsibilities!.length})`,
      within: `BoundedContext ${c.name}`,
    }));
  const notImported = [...model.skipped, ...responsibilities]
    .sort((a, b) => a.line - b.line)
    .slice(0, CML_IMPORT_LIMITS.warnings);
  const shown = CML_IMPORT_LIMITS.warnings;
  if (warnings.length > shown) {
    const more = warnings.length - shown;
    warnings.length = shown;
    warnings.push(`and ${count(more)} more warnings`);
  }
  return {
    ...entitiesToYaml(entities),
    domains: entities.filter(e => e.kind === 'Domain').length,
    contexts: entities.filter(e => e.kind === BOUNDED_CONTEXT_KIND).length,
    relationships: model.contextMap?.relationships.length ?? 0,
    warnings,
    notImported,
    notImportedCount: model.skippedCount + responsibilities.length,
  };
}
