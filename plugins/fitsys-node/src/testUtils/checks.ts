import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv';
import express from 'express';
import fs from 'fs';
import request from 'supertest';
import YAML from 'yaml';
import {
  closedSchema,
  ContractResponse,
  OpenApiContract,
  propertyNames,
  sampleValue,
} from './contract';
import { documentedRoutes, servedRoutes } from './routes';

// The checks every Fit Systems backend's OpenAPI contract test makes, as
// jest assertions: call them from `it` blocks.

/**
 * An OpenAPI document: its text, and the document with every `$ref` resolved.
 *
 * @public
 */
export async function loadOpenApiDocument(
  file: string,
): Promise<{ text: string; doc: any }> {
  const text = fs.readFileSync(file, 'utf8');
  return { text, doc: await SwaggerParser.dereference(YAML.parse(text)) };
}

/**
 * The document is valid OpenAPI 3.0, every operation secured by a bearer token.
 *
 * @public
 */
export async function expectValidOpenApi3(file: string): Promise<void> {
  const api: any = await SwaggerParser.validate(file);
  expect(api.openapi).toMatch(/^3\.0\./);
  expect(api.security).toEqual([{ bearerAuth: [] }]);
  expect(api.components.securitySchemes.bearerAuth).toMatchObject({
    type: 'http',
    scheme: 'bearer',
  });
}

/**
 * Every operation has a summary, a description and its own operationId, lists
 * a 401, and answers its errors with Backstage's error body.
 *
 * @public
 */
export function expectOperationsDescribed(doc: any): void {
  const contract = new OpenApiContract(doc);
  const ids = new Set<string>();
  for (const route of documentedRoutes(doc)) {
    const [method, p] = route.split(' ');
    const op = contract.operation(method, p);
    expect({ route, ok: Boolean(op.summary && op.description) }).toEqual({
      route,
      ok: true,
    });
    expect(ids.has(op.operationId)).toBe(false);
    ids.add(op.operationId);
    const statuses = Object.keys(op.responses);
    expect({ route, has401: statuses.includes('401') }).toEqual({
      route,
      has401: true,
    });
    for (const status of statuses.filter(s => Number(s) >= 400)) {
      const schema = op.responses[status].content['application/json'].schema;
      expect({ route, status, body: Object.keys(schema.properties) }).toEqual({
        route,
        status,
        body: ['error', 'request', 'response'],
      });
    }
  }
}

/**
 * The routers a plugin mounted (see `recordingHttpRouter`) serve exactly
 * the routes the document names, more than `atLeast` of them. The
 * framework's own routes under reserved paths are not the plugin's API.
 *
 * @public
 */
export function expectRoutesDocumented(
  mounted: express.Handler[],
  doc: any,
  options: { atLeast?: number } = {},
): void {
  const notRouters = mounted.filter(h => !Array.isArray((h as any).stack));
  expect(notRouters).toEqual([]);
  // The framework mounts its own routes (permissions, actions) under
  // reserved paths through the same httpRouter; they are not this API.
  const served = [
    ...new Set(mounted.flatMap(h => servedRoutes((h as any).stack))),
  ].filter(r => !/^\w+ \/\.(well-known\/backstage|backstage)\//.test(r));
  const documented = documentedRoutes(doc);
  expect(served.length).toBeGreaterThan(options.atLeast ?? 5);
  expect({
    servedButNotDocumented: served.filter(r => !documented.includes(r)),
    documentedButNotServed: documented.filter(r => !served.includes(r)),
  }).toEqual({ servedButNotDocumented: [], documentedButNotServed: [] });
}

/**
 * Every operation, sent a sample of each parameter and body field it
 * documents, neither complains of an unknown field nor requires one it does
 * not document, and is routed (not a 405, nor a 404 "no such route").
 *
 * @public
 */
export async function expectDocumentedInputsTaken(options: {
  /** The server (or app) of a test backend. */
  server: any;
  /** The dereferenced document. */
  doc: any;
  /** Where the plugin is mounted, such as `/api/devzero`. */
  base: string;
  /** The authorization header to send. */
  authorization: string;
  /** The bytes to send to operations whose body is not JSON. */
  binaryBody?: Buffer;
}): Promise<void> {
  const { server, doc, base, authorization, binaryBody } = options;
  const contract = new OpenApiContract(doc);
  for (const route of documentedRoutes(doc)) {
    const [method, template] = route.split(' ');
    const op = contract.operation(method, template);
    const params: any[] = op.parameters ?? [];
    const url = template.replace(/\{(\w+)\}/g, (_, name) => {
      const param = params.find(p => p.in === 'path' && p.name === name);
      return String(sampleValue(param?.schema, param?.example));
    });
    const query = Object.fromEntries(
      params
        .filter(p => p.in === 'query')
        .map(p => [p.name, String(sampleValue(p.schema, p.example))]),
    );
    let req = (request(server) as any)
      [method.toLowerCase()](`${base}${url}`)
      .query(query)
      .set('authorization', authorization);
    const content = op.requestBody?.content ?? {};
    if (content['application/json']) {
      const names = propertyNames(content['application/json'].schema);
      req = req.send(Object.fromEntries(names.map(n => [n, 'x'])));
    } else if (Object.keys(content).length && binaryBody) {
      req = req.set('content-type', Object.keys(content)[0]).send(binaryBody);
    }
    const res = await req;
    const message: string = res.body?.error?.message ?? '';
    const documented = new Set([
      ...params.map(p => p.name),
      ...propertyNames(content['application/json']?.schema),
    ]);
    const required = [
      ...message.matchAll(/(?:^|; )(?:body\.)?(\w+): Required/g),
    ]
      .map(m => m[1])
      .filter(name => !documented.has(name));
    expect({
      route,
      unknown: message.includes('unknown field'),
      required,
    }).toEqual({ route, unknown: false, required: [] });
    const unrouted =
      res.status === 405 ||
      (res.status === 404 && /no such route/.test(message));
    expect({ route, unrouted }).toEqual({ route, unrouted: false });
  }
}

/**
 * A 405 answered to a method the path at `url` does not take: its Allow
 * header, and the body the document's `MethodNotAllowed` response describes.
 *
 * @public
 */
export function expectMethodNotAllowed(
  doc: any,
  url: string,
  res: ContractResponse,
  allow: string,
): void {
  expect({ url, status: res.status, allow: res.headers.allow }).toEqual({
    url,
    status: 405,
    allow,
  });
  const response = doc.components.responses.MethodNotAllowed;
  expect(Object.keys(response.headers)).toEqual(['Allow']);
  expect(
    new Ajv({ strict: false }).validate(
      closedSchema(response.content['application/json'].schema),
      res.body,
    ),
  ).toBe(true);
}
