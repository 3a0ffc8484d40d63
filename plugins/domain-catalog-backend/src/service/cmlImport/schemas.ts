import { InputError } from '@backstage/errors';
import {
  CmlImportPullRequestRequest,
  CmlImportResult,
  cmlToCatalogYaml,
  CmlSyntaxError,
} from '@internal/plugin-domain-catalog-common';
import { z } from 'zod';

// Every field is bounded: the owner is copied into every entity made, and
// the default domain into every context that implements none. Each pattern
// has no nested or overlapping quantifiers, so it takes linear time on any
// text, however long (zod runs every check even after max has failed).
/** The body of POST /import/cml. */
export const importBody = z
  .object({
    source: z
      .string()
      .min(1, 'paste the CML model to import')
      .max(
        1_000_000,
        'the CML may have at most 1,000,000 characters; split the model into several files and import each',
      ),
    owner: z
      .string()
      .trim()
      .min(1, 'write the owning group, e.g. group:default/architects')
      .max(
        255,
        'write the owning group as a ref or a name of at most 255 characters, e.g. group:default/architects',
      )
      .regex(
        /^(?:group:)?(?:[A-Za-z0-9][\w.-]*\/)?[A-Za-z0-9][\w.-]*$/i,
        'write the owning group as group:namespace/name, namespace/name or a name (letters, digits, "-", "_", ".")',
      ),
    namespace: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(63)
      .optional(),
    defaultDomain: z
      .string()
      .trim()
      .max(
        100,
        'name the domain for contexts that implement none in at most 100 characters, e.g. payments',
      )
      .regex(
        /[A-Za-z0-9]/,
        'leave defaultDomain out, or name the domain with letters or digits, e.g. payments',
      )
      .optional(),
  })
  .strict();

/** A folder segment: no "." or "..", nothing a shell or URL treats specially. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;

/** The body of POST /import/cml/pull-request: the import, and where to propose it. */
export const pullRequestBody = importBody
  .extend({
    repositoryUrl: z
      .string()
      .trim()
      .min(
        1,
        'write the repository URL, e.g. https://github.com/acme/architecture',
      )
      .max(
        300,
        'write the repository URL in at most 300 characters, e.g. https://github.com/acme/architecture',
      ),
    baseBranch: z
      .string()
      .min(1, 'leave baseBranch out for the default branch, or name a branch')
      .max(200, 'name the base branch in at most 200 characters')
      .regex(
        /^(?!\/)(?!.*\/\/)(?!.*\.\.)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]+$/,
        'name the base branch with letters, digits, ".", "_", "-" and single "/" between them, e.g. main',
      )
      .optional(),
    directory: z
      .string()
      .trim()
      .max(
        200,
        'write the folder in at most 200 characters, e.g. catalog/domain-model',
      )
      .transform(d => d.replace(/^\.?\/+|\/+$/g, ''))
      .refine(d => {
        const segments = d.split('/');
        return (
          d === '' ||
          (segments.length <= 10 && segments.every(s => SEGMENT.test(s)))
        );
      }, 'write a folder inside the repository, e.g. catalog/domain-model: at most 10 names of letters, digits, ".", "_", "-" between "/", none of them "." or ".."')
      .optional(),
  })
  .strict() satisfies z.ZodType<CmlImportPullRequestRequest, any, any>;

/** Converts CML to catalog YAML; a model that does not parse is a 400 saying where. */
export function convertCml(body: z.infer<typeof importBody>): CmlImportResult {
  try {
    return cmlToCatalogYaml(body.source, {
      owner: body.owner,
      namespace: body.namespace,
      defaultDomain: body.defaultDomain,
    });
  } catch (error) {
    if (error instanceof CmlSyntaxError) {
      throw new InputError(`source: ${error.message}`);
    }
    throw error;
  }
}
