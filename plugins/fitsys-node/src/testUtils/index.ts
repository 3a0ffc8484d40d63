/**
 * Test utilities of the Fit Systems backends: a test backend serving a
 * plugin, the checks of an OpenAPI contract test, a supertest sender for the
 * generated bad-input test, and catalog permissions that hide a team.
 * They pull in test-only packages (swagger-parser, ajv, supertest): import
 * them from `@internal/plugin-fitsys-node/testUtils` in tests only.
 *
 * @packageDocumentation
 */
export {
  documentedRoutes,
  openApiPath,
  recordingHttpRouter,
  servedRoutes,
} from './routes';
export {
  closedSchema,
  OpenApiContract,
  propertyNames,
  sampleValue,
} from './contract';
export type { ContractResponse } from './contract';
export {
  expectDocumentedInputsTaken,
  expectMethodNotAllowed,
  expectOperationsDescribed,
  expectRoutesDocumented,
  expectValidOpenApi3,
  loadOpenApiDocument,
} from './checks';
export { expectApiEntityDefinition, withApiDefinition } from './apiEntity';
export { badInputRunOptions, supertestBadInputSender } from './badInput';
export { describeOpenApiContract } from './suite';
export type { OpenApiContractSuite } from './suite';
export { failureOf, INSIDER, inMemorySnapshots, OUTSIDER } from './snapshots';
export { authorizationAs, pluginTestBackend } from './backend';
export type { PluginTestBackend } from './backend';
export { hidingOwnerPermissions } from './visibility';
