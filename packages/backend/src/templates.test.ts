import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import YAML from 'yaml';

const templatesDir = path.resolve(__dirname, '../../../examples/templates');

/** Every file under a template's skeleton, as the dry-run API takes them. */
function directoryContents(
  dir: string,
  prefix = '',
): Array<{ path: string; base64Content: string }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    const relative = path.posix.join(prefix, entry.name);
    return entry.isDirectory()
      ? directoryContents(full, relative)
      : [
          {
            path: relative,
            base64Content: fs.readFileSync(full).toString('base64'),
          },
        ];
  });
}

// The demo's templates start systems that follow a reference architecture:
// the files they write must carry the adoption annotations from the start.
describe('the demo templates, in the scaffolder dry run', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        mockServices.rootConfig.factory({
          data: { backend: { baseUrl: 'http://localhost:7007' } },
        }),
      ],
    }));
  }, 60_000);

  it.each(fs.readdirSync(templatesDir))(
    '%s writes a catalog-info.yaml that follows its reference architecture',
    async name => {
      const dir = path.join(templatesDir, name);
      const template = YAML.parse(
        fs.readFileSync(path.join(dir, 'template.yaml'), 'utf8'),
      );
      // The skeleton sits in the dry run's directory as it does beside the template.
      const contents = directoryContents(
        path.join(dir, 'skeleton'),
        'skeleton',
      );
      const response = await request(server)
        .post('/api/scaffolder/v2/dry-run')
        .set(
          'authorization',
          mockCredentials.user.header('user:default/sam.okafor'),
        )
        .send({
          template,
          values: {
            name: 'chargebacks',
            description: 'Chargebacks from the card schemes',
            owner: 'group:default/disputes-team',
            domain: 'domain:default/risk',
          },
          directoryContents: contents,
        });
      expect(response.status).toBe(200);
      const written = (
        response.body.directoryContents as Array<{
          path: string;
          base64Content: string;
        }>
      ).find(file => file.path === 'catalog-info.yaml');
      expect(written).toBeDefined();
      const entities = YAML.parseAllDocuments(
        Buffer.from(written!.base64Content, 'base64').toString('utf8'),
      ).map(d => d.toJSON());
      const system = entities.find(e => e.kind === 'System');
      expect(system.metadata).toMatchObject({
        name: 'chargebacks',
        annotations: {
          'fitsys.dev/reference-architecture': name,
          'fitsys.dev/reference-architecture-version':
            expect.stringMatching(/^\d+\.\d+\.\d+$/),
        },
      });
      expect(system.spec).toEqual({
        owner: 'group:default/disputes-team',
        domain: 'domain:default/risk',
      });
      // Every entity written belongs to the new system.
      expect(
        entities
          .filter(e => e.kind !== 'System')
          .every(e => e.spec.system === 'chargebacks'),
      ).toBe(true);
    },
    60_000,
  );
});
