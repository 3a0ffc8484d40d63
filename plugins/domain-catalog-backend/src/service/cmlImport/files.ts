import { InputError } from '@backstage/errors';
import { CmlImportResult } from '@internal/plugin-domain-catalog-common';
import YAML from 'yaml';

/** A file of the pull request, relative to the repository's root. */
export interface RepositoryFile {
  path: string;
  content: string;
}

/** The folder the files go in when the request names none. */
export const DEFAULT_IMPORT_DIRECTORY = 'catalog/domain-model';

/** Most files one pull request may add: a context a file, plus two. */
export const MAX_PULL_REQUEST_FILES = 1_002;

/** The name of the file listing the others, the one to register. */
export const LOCATION_FILE = 'catalog-info.yaml';

const ENTITY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;

/**
 * The files an import proposes: the domains together, each context in its
 * own file (so that it can later move next to its code), and a Location
 * entity listing them, so that one registration makes the catalog read all.
 */
export function importFiles(options: {
  result: CmlImportResult;
  directory: string;
  /** Names the Location entity, e.g. the repository's name. */
  repository: string;
  namespace?: string;
}): RepositoryFile[] {
  const { result, directory } = options;
  const at = (file: string) => (directory ? `${directory}/${file}` : file);
  const text = (documents: CmlImportResult['documents']) =>
    documents
      .map(d => result.yaml.slice(d.offset, d.offset + d.length))
      .join('---\n');

  const domains = result.documents.filter(d => d.kind === 'Domain');
  const contexts = result.documents.filter(d => d.kind === 'BoundedContext');
  if (!domains.length && !contexts.length) {
    throw new InputError(
      'source: the CML has no domain or bounded context, so there is nothing to propose',
    );
  }
  if (contexts.length + 2 > MAX_PULL_REQUEST_FILES) {
    throw new InputError(
      `source: the model has ${
        contexts.length
      } bounded contexts; a pull request takes at most ${
        MAX_PULL_REQUEST_FILES - 2
      }: split the model and import each part`,
    );
  }
  const files: RepositoryFile[] = [];
  const targets: string[] = [];
  if (domains.length) {
    files.push({ path: at('domains.yaml'), content: text(domains) });
    targets.push('./domains.yaml');
  }
  const seen = new Set<string>();
  for (const context of contexts) {
    // Names come from the conversion, which writes catalog names; checked
    // again because they become paths.
    const file = context.name.toLocaleLowerCase('en-US');
    if (!ENTITY_NAME.test(context.name) || seen.has(file)) {
      throw new InputError(
        `source: the bounded context "${context.name.slice(
          0,
          80,
        )}" cannot be a file of its own; give each context a distinct name of letters, digits and "-"`,
      );
    }
    seen.add(file);
    files.push({
      path: at(`contexts/${file}.yaml`),
      content: text([context]),
    });
    targets.push(`./contexts/${file}.yaml`);
  }
  const name = `${options.repository
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)}-domain-model`.replace(/^-/, '');
  files.push({
    path: at(LOCATION_FILE),
    content: YAML.stringify({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Location',
      metadata: {
        name,
        ...(options.namespace ? { namespace: options.namespace } : {}),
        description:
          'Domains and bounded contexts imported from a Context Mapper (CML) model by the domain catalog.',
      },
      spec: { targets },
    }),
  });
  return files;
}
