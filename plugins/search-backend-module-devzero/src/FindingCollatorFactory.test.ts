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

/**
 * The list route over `all`, counting as the backend does: up to
 * `countLimit` findings or the end of the page, whichever is further.
 */
function listRoute(all: ReturnType<typeof finding>[], countLimit = 10_000) {
  const urls: string[] = [];
  const fetchMock = (async (url: string, init: any) => {
    urls.push(url);
    expect(init.headers.authorization).toMatch(/^Bearer /);
    const params = new URL(url).searchParams;
    const offset = Number(params.get('offset'));
    const limit = Number(params.get('limit'));
    const cap = Math.max(countLimit, offset + limit);
    return new Response(
      JSON.stringify({
        items: all.slice(offset, offset + limit),
        totalItems: Math.min(all.length, cap),
        ...(all.length > cap && { totalCapped: true }),
        offset,
        limit,
      }),
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
      },
    );
  }) as unknown as typeof fetch;
  return { urls, fetchMock };
}

describe('FindingCollatorFactory', () => {
  it('pages through every finding with a service token and marks each for permission checks', async () => {
    const all = Array.from({ length: 450 }, (_, i) => finding(i));
    const { urls, fetchMock } = listRoute(all);
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

  it('pages on past a total the backend stopped counting at', async () => {
    const all = Array.from({ length: 450 }, (_, i) => finding(i));
    const { urls, fetchMock } = listRoute(all, 300);
    const factory = new FindingCollatorFactory({
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
      fetch: fetchMock,
    });
    const titles: string[] = [];
    for await (const d of await factory.getCollator()) titles.push(d.title);
    expect(titles).toHaveLength(450);
    expect(titles[449]).toBe('Finding 449');
    expect(urls).toHaveLength(3);
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
