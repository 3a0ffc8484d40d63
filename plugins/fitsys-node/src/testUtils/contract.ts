import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * A schema that refuses what it does not describe: `allOf` parts merged into
 * one object, and every object without a word on `additionalProperties`
 * closed. The published document stays open, so that clients keep working
 * when a field is added; the test makes sure the field is documented.
 *
 * @public
 */
export function closedSchema(schema: any, memo = new Map<any, any>()): any {
  if (!schema || typeof schema !== 'object') return schema;
  if (memo.has(schema)) return memo.get(schema);
  const out: any = { ...schema };
  memo.set(schema, out);
  if (Array.isArray(out.allOf) && out.allOf.every((p: any) => p.properties)) {
    out.type = 'object';
    out.properties = Object.assign(
      {},
      ...out.allOf.map((p: any) => p.properties),
    );
    out.required = [
      ...new Set(out.allOf.flatMap((p: any) => p.required ?? [])),
    ];
    delete out.allOf;
  }
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [
        k,
        closedSchema(v, memo),
      ]),
    );
    if (out.additionalProperties === undefined)
      out.additionalProperties = false;
  }
  for (const key of ['items', 'not'])
    if (out[key]) out[key] = closedSchema(out[key], memo);
  for (const key of ['oneOf', 'anyOf', 'allOf'])
    if (out[key]) out[key] = out[key].map((s: any) => closedSchema(s, memo));
  return out;
}

/**
 * An HTTP answer as a contract reads it (a supertest response is one).
 *
 * @public
 */
export interface ContractResponse {
  status: number;
  headers: Record<string, any>;
  text: string;
  body: unknown;
}

/**
 * Checks answers against a dereferenced OpenAPI document: status, media type
 * and body, the body against the {@link closedSchema} of what it documents.
 *
 * @public
 */
export class OpenApiContract {
  private readonly ajv = addFormats(
    new Ajv({ strict: false, allErrors: true }),
  );
  private readonly validators = new Map<any, ValidateFunction>();

  constructor(readonly doc: any) {
    this.ajv.addFormat('binary', true);
  }

  /** The operation of `METHOD route`; throws when the document has none. */
  operation(method: string, route: string): any {
    const op = this.doc.paths[route]?.[method.toLowerCase()];
    if (!op) throw new Error(`the document has no ${method} ${route}`);
    return op;
  }

  /** Throws, saying why, when the answer is not one the operation documents. */
  check(res: ContractResponse, method: string, route: string): void {
    const op = this.operation(method, route);
    const where = `${method} ${route} answered ${res.status}`;
    const documented = op.responses[String(res.status)];
    if (!documented)
      throw new Error(
        `${where}, which the document does not list (it lists ${Object.keys(
          op.responses,
        ).join(', ')}): ${res.text}`,
      );
    const type = String(res.headers['content-type'] ?? '').split(';')[0];
    if (!documented.content) {
      if (res.text)
        throw new Error(`${where} with a body it does not document`);
      return;
    }
    const media = documented.content[type];
    if (!media)
      throw new Error(
        `${where} with ${type}, which the document does not list`,
      );
    if (type !== 'application/json') return;
    let validate = this.validators.get(media.schema);
    if (!validate) {
      validate = this.ajv.compile(closedSchema(media.schema));
      this.validators.set(media.schema, validate);
    }
    if (!validate(res.body))
      throw new Error(
        `${where} with a body the document does not describe:\n${validate
          .errors!.map(
            e =>
              `${e.instancePath || '/'} ${e.message} ${JSON.stringify(
                e.params,
              )}`,
          )
          .join('\n')}`,
      );
  }
}

/**
 * A value of a parameter or property, from its example, enum or default.
 *
 * @public
 */
export function sampleValue(schema: any, example?: unknown): unknown {
  const value =
    example ?? schema?.example ?? schema?.enum?.[0] ?? schema?.default;
  if (value !== undefined) return Array.isArray(value) ? value[0] : value;
  if (schema?.type === 'array') return sampleValue(schema.items);
  if (schema?.type === 'integer' || schema?.type === 'number')
    return schema.minimum ?? 1;
  return 'x';
}

/**
 * The names of every property a (dereferenced) body schema describes.
 *
 * @public
 */
export function propertyNames(schema: any): string[] {
  if (!schema) return [];
  return [
    ...Object.keys(schema.properties ?? {}),
    ...['oneOf', 'anyOf', 'allOf'].flatMap(k =>
      (schema[k] ?? []).flatMap(propertyNames),
    ),
  ];
}
