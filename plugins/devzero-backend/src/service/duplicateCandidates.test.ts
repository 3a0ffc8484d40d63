import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { devzeroTestBackend, newFindingBody } from '../__testUtils__/backend';
import { cardAuthoriser, statusPage } from '../__testUtils__/catalog';

const riley = 'user:default/riley.novak'; // files
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const sam = 'user:default/sam.okafor'; // owns the status page; reads only his own

// SQLite and PostgreSQL both named, so a missing PostgreSQL fails.
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'GET /findings/:id/similar on %s',
  databaseId => {
    const api = devzeroTestBackend({
      readOwnOnly: [sam],
      entities: [cardAuthoriser(jordan), statusPage(sam)],
      more: async () => [
        mockServices.database.factory({
          knex: await databases.init(databaseId),
        }),
      ],
    });
    const ids: Record<string, string> = {};

    const file = async (title: string, extra: object = {}) => {
      const res = await api
        .post('/findings', riley)
        .send({ ...newFindingBody, title, ...extra })
        .expect(201);
      return res.body.id as string;
    };
    const candidates = (id: string, query = '', user = jordan) =>
      api.get(`/findings/${id}/similar${query}`, user);

    beforeAll(async () => {
      ids.subject = await file('The HSM simulator is missing from set-up');
      ids.close = await file('HSM simulator missing in the set-up guide');
      ids.some = await file('The simulator crashes on start');
      ids.none = await file('Deploy template fails on first run', {
        scenario: 'The template asks for an HSM key it never uses.',
      });
      ids.closed = await file('HSM simulator missing from set-up, again');
      ids.otherTeam = await file('HSM simulator is missing from set-up', {
        entityRef: 'component:default/status-page',
      });
      await api
        .post(`/findings/${ids.closed}/triage`, jordan)
        .send({ action: 'decline', note: 'Same as the first' })
        .expect(200);
    });

    it("ranks the team's other open findings by how alike their titles are", async () => {
      const res = await candidates(ids.subject).expect(200);
      expect(
        res.body.items.map((c: any) => [c.finding.id, c.similarity > 0]),
      ).toEqual([
        [ids.close, true],
        [ids.some, true],
        [ids.none, false],
      ]);
      expect(res.body.items[0].similarity).toBeGreaterThan(
        res.body.items[1].similarity,
      );
    });

    it('narrows to findings whose title or scenario holds the words, in any case', async () => {
      const res = await candidates(ids.subject, '?q=hsm').expect(200);
      expect(res.body.items.map((c: any) => c.finding.id)).toEqual([
        ids.close,
        ids.none,
      ]);
      const limited = await candidates(ids.subject, '?limit=1').expect(200);
      expect(limited.body.items.map((c: any) => c.finding.id)).toEqual([
        ids.close,
      ]);
    });

    it('is a 404 for someone who may not read the finding', async () => {
      const res = await candidates(ids.subject, '', sam).expect(404);
      expect(res.body.error.message).toBe(`There is no finding ${ids.subject}`);
    });
  },
);
