/* eslint-disable jest/no-export, jest/expect-expect -- a suite of tests other packages' tests declare; the shared checks it calls assert */
import type { BackendFeature } from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import express from 'express';
import YAML from 'yaml';
import { unboundedFields } from '../badInput';
import { expectApiEntityDefinition } from './apiEntity';
import {
  expectDocumentedInputsTaken,
  expectOperationsDescribed,
  expectRoutesDocumented,
  expectValidOpenApi3,
  loadOpenApiDocument,
} from './checks';
import { OpenApiContract } from './contract';
import { recordingHttpRouter } from './routes';

/** What {@link describeOpenApiContract} gives the tests of one API. */
export interface OpenApiContractSuite {
  /** The document, dereferenced. */
  doc: any;
  /** Checks an answer against the document. */
  contract: OpenApiContract;
  /** A test backend serving the plugin. */
  server: any;
}

/**
 * The checks every Fit Systems backend's OpenAPI document passes, as tests
 * of the enclosing `describe`: the document is valid OpenAPI 3.0, describes
 * every operation with its errors, bounds every string and list, names
 * exactly the routes the plugin serves, takes every input it documents and
 * needs no other, and is the definition of the plugin's API entity in the
 * catalog. Returns the document, its contract and a served backend (set
 * before the tests run) for the checks of what this API answers.
 */
export function describeOpenApiContract(options: {
  /** The path of the OpenAPI document. */
  document: string;
  /** Where the plugin is mounted, such as `/api/devzero`. */
  base: string;
  /** The plugin and what it needs; called once per backend started. */
  features: () => Array<BackendFeature | Promise<{ default: BackendFeature }>>;
  /** The authorization header of a caller who may use every route. */
  authorization: string;
  /** The bytes to send to operations whose body is not JSON. */
  binaryBody?: Buffer;
  /** The API entity in catalog-info.yaml that carries the document. */
  apiEntity: { catalogInfo: string; apiName: string; providers: string[] };
}): OpenApiContractSuite {
  const suite = {} as OpenApiContractSuite;
  const mounted: express.Handler[] = [];
  let text = '';
  const stops: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    const loaded = await loadOpenApiDocument(options.document);
    text = loaded.text;
    suite.doc = loaded.doc;
    suite.contract = new OpenApiContract(loaded.doc);
    // One backend records what the plugin mounts; the other serves.
    const recording = await startTestBackend({
      features: [...options.features(), recordingHttpRouter(mounted)],
    });
    const serving = await startTestBackend({ features: options.features() });
    suite.server = serving.server;
    stops.push(
      () => recording.stop(),
      () => serving.stop(),
    );
  });
  afterAll(() => Promise.all(stops.map(stop => stop())));

  it('is valid OpenAPI 3.0', async () => {
    await expectValidOpenApi3(options.document);
  });

  it('describes every operation for its users, with its errors', () => {
    expectOperationsDescribed(suite.doc);
  });

  it('bounds every string and list it takes', () => {
    expect(unboundedFields(YAML.parse(text))).toEqual([]);
  });

  it('names every route the plugin serves, and no other', () => {
    expectRoutesDocumented(mounted, suite.doc);
  });

  it('takes every query parameter and body field it documents, and needs no other', async () => {
    await expectDocumentedInputsTaken({
      server: suite.server,
      doc: suite.doc,
      base: options.base,
      authorization: options.authorization,
      binaryBody: options.binaryBody,
    });
  });

  it('is the definition of its API in the catalog, provided by the backend', () => {
    expectApiEntityDefinition({
      ...options.apiEntity,
      document: options.document,
    });
  });

  return suite;
}
