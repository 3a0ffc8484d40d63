import { mockServices } from '@backstage/backend-test-utils';
import { FindingCollatorFactory } from './FindingCollatorFactory';

const finding = (i: number) => ({
  id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
  title: `Finding ${i}`,
  scenario: 'I tried to deploy.',
  actual: 'It failed.',
  status: 'new',
  severity: 'blocked-me',
  category: 'cli-or-tooling',
  entityRef: 'component:default/fernhill-cli',
  ownerRef: 'group:default/platform-team',
});

describe('FindingCollatorFactory', () => {
  it('pages through every finding with a service token and marks each for permission checks', async () => {
    const all = Array.from({ length: 450 }, (_, i) => finding(i));
    const urls: string[] = [];
    const fetchMock = (async (url: string, init: any) => {
      urls.push(url);
      expect(init.headers.authorization).toMatch(/^Bearer /);
      const offset = Number(new URL(url).searchParams.get('offset'));
      return new Response(
        JSON.stringify({
          items: all.slice(offset, offset + 200),
          totalItems: all.length,
          offset,
          limit: 200,
        }),
        {
          status: 200,
          headers: { 'content-type': 'application/json' },
        },
      );
    }) as unknown as typeof fetch;
    const factory = new FindingCollatorFactory({
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
      fetch: fetchMock,
    });
    const documents: any[] = [];
    for await (const d of await factory.getCollator()) documents.push(d);
    expect(documents).toHaveLength(450);
    expect(urls).toHaveLength(3);
    expect(documents[0]).toEqual({
      title: 'Finding 0',
      text: 'I tried to deploy. It failed.',
      location: '/devzero/findings/00000000-0000-0000-0000-000000000000',
      status: 'new',
      severity: 'blocked-me',
      category: 'cli-or-tooling',
      entityRef: 'component:default/fernhill-cli',
      ownerRef: 'group:default/platform-team',
      authorization: { resourceRef: '00000000-0000-0000-0000-000000000000' },
    });
    expect(factory.visibilityPermission.name).toBe('devzero.finding.read');
  });

  it('fails the run when the API refuses', async () => {
    const factory = new FindingCollatorFactory({
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
      fetch: (async () =>
        new Response('{"error":{"name":"Error","message":"down"}}', {
          status: 503,
        })) as unknown as typeof fetch,
    });
    await expect(async () => {
      for await (const _ of await factory.getCollator()) {
        // drain
      }
    }).rejects.toThrow(/503/);
  });
});
