import fs from 'fs';
import path from 'path';
import YAML from 'yaml';

/**
 * A catalog-info.yaml with the inline definition of API `apiName` set to
 * `text` (the definition must be the entity's last field).
 *
 * @public
 */
export function withApiDefinition(
  catalogInfo: string,
  apiName: string,
  text: string,
): string {
  const docs = catalogInfo.split(/^(?=---$)/m);
  const at = docs.findIndex(
    d =>
      /^kind: API$/m.test(d) && new RegExp(`^  name: ${apiName}$`, 'm').test(d),
  );
  const start = docs[at]?.search(/^ {2}definition: \|.*$/m);
  if (at < 0 || start === undefined || start < 0)
    throw new Error(
      `no API ${apiName} with an inline definition (its last field)`,
    );
  const indented = text
    .replace(/\n$/, '')
    .split('\n')
    .map(line => (line ? `    ${line}` : line))
    .join('\n');
  docs[at] = `${docs[at].slice(0, start)}  definition: |\n${indented}\n`;
  return docs.join('');
}

/**
 * The API entity `apiName` of `catalogInfo` (a catalog-info.yaml at the root
 * of the repository) is an openapi API with an owner, whose definition is
 * the `document` (inline, or a `$text` placeholder pointing at it), provided
 * by exactly the `providers` (`Kind:name`). With FITSYS_UPDATE_API_DEFINITIONS
 * set, an inline definition that differs is replaced by the document.
 *
 * @public
 */
export function expectApiEntityDefinition(options: {
  catalogInfo: string;
  apiName: string;
  document: string;
  providers: string[];
}): void {
  const { apiName, document } = options;
  const repoRoot = path.dirname(options.catalogInfo);
  const text = fs.readFileSync(document, 'utf8');
  const catalogInfo = fs.readFileSync(options.catalogInfo, 'utf8');
  const entities = YAML.parseAllDocuments(catalogInfo).map(d => d.toJSON());
  const api = entities.find(
    e => e?.kind === 'API' && e.metadata?.name === apiName,
  );
  expect(api?.spec).toMatchObject({
    type: 'openapi',
    owner: expect.any(String),
  });
  const definition = api.spec.definition;
  // Either the document itself, or a placeholder the catalog reads it
  // through (from a url location).
  const placeholder =
    typeof definition === 'object' && definition?.$text
      ? path.resolve(repoRoot, definition.$text)
      : undefined;
  expect(placeholder ?? document).toBe(document);
  if (!placeholder && definition !== text) {
    if (!process.env.FITSYS_UPDATE_API_DEFINITIONS) {
      throw new Error(
        `spec.definition of API ${apiName} in ${path.basename(
          options.catalogInfo,
        )} differs from ${path.relative(
          repoRoot,
          document,
        )}: run this test with FITSYS_UPDATE_API_DEFINITIONS=1 to copy the document there`,
      );
    }
    fs.writeFileSync(
      options.catalogInfo,
      withApiDefinition(catalogInfo, apiName, text),
    );
  }
  const providers = entities.filter(e =>
    e?.spec?.providesApis?.includes(`api:default/${apiName}`),
  );
  expect(providers.map(e => `${e.kind}:${e.metadata.name}`)).toEqual(
    options.providers,
  );
}
