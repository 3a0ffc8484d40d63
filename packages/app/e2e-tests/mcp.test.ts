import { expect, test } from '@playwright/test';
import { backendUrl, personas, tokenFor, waitForDemoCatalog } from './signIn';

// AI agents reach the portal's actions over MCP (JSON-RPC over HTTP) with a
// signed-in user's token.
async function mcp(
  request: Parameters<typeof tokenFor>[0],
  token: string,
  method: string,
  params: object = {},
) {
  const response = await request.post(`${backendUrl}/api/mcp-actions/v1`, {
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json, text/event-stream',
      'content-type': 'application/json',
    },
    data: { jsonrpc: '2.0', id: 1, method, params },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  const text = await response.text();
  // The server may answer as JSON or as a one-event stream.
  const json = text.startsWith('{')
    ? text
    : text
        .split('\n')
        .find(line => line.startsWith('data: '))!
        .slice('data: '.length);
  return JSON.parse(json).result;
}

test.describe('MCP actions', () => {
  test.beforeAll(async ({ request }) => {
    await waitForDemoCatalog(request);
  });

  test('lists the catalog actions and answers one for a signed-in agent', async ({
    request,
  }) => {
    const token = (await tokenFor(request, personas.platformTeam.user))!;

    const { tools } = await mcp(request, token, 'tools/list');
    const names = tools.map((tool: { name: string }) => tool.name);
    expect(names).toContain('catalog.get-catalog-entity');

    const result = await mcp(request, token, 'tools/call', {
      name: 'catalog.get-catalog-entity',
      arguments: { kind: 'Component', name: 'card-authoriser' },
    });
    expect(JSON.stringify(result)).toContain('card-authorisation-team');
  });

  test("answers the domain catalog's questions: the demo's undeclared coupling and a term", async ({
    request,
  }) => {
    const token = (await tokenFor(request, personas.developerZero.user))!;
    const { tools } = await mcp(request, token, 'tools/list');
    const names = tools.map((tool: { name: string }) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'domain-catalog.get-context-map',
        'domain-catalog.get-bounded-context',
        'domain-catalog.search-glossary',
        'domain-catalog.get-context-map-drift',
      ]),
    );

    // The catalog may still be ingesting; the snapshot follows within seconds.
    await expect(async () => {
      const drift = await mcp(request, token, 'tools/call', {
        name: 'domain-catalog.get-context-map-drift',
        arguments: { kind: 'undeclared-coupling' },
      });
      expect(drift.structuredContent.findings).toEqual([
        expect.objectContaining({
          contexts: [
            'boundedcontext:default/merchant-portal',
            'boundedcontext:default/payouts',
          ],
          evidence: [
            {
              source: 'component:default/merchant-portal-bff',
              type: 'consumesApi',
              target: 'api:default/payouts-api',
            },
          ],
        }),
      ]);
    }).toPass({ timeout: 90_000, intervals: [3_000] });

    const terms = await mcp(request, token, 'tools/call', {
      name: 'domain-catalog.search-glossary',
      arguments: { query: 'transaction' },
    });
    const contexts = terms.structuredContent.items
      .filter((item: { term: string }) => item.term === 'Transaction')
      .map((item: { context: string }) => item.context);
    expect(contexts).toEqual(
      expect.arrayContaining([
        'boundedcontext:default/card-authorisation',
        'boundedcontext:default/ledger',
      ]),
    );
  });

  test('files a Developer Zero finding for one user and lets the owning team triage it', async ({
    request,
  }) => {
    const reporter = (await tokenFor(request, personas.developerZero.user))!;
    const owner = (await tokenFor(request, personas.serviceTeam.user))!;
    const filed = await mcp(request, reporter, 'tools/call', {
      name: 'devzero.file-finding',
      arguments: {
        entityRef: 'component:default/card-authoriser',
        title: 'The local guide never starts the HSM simulator',
        scenario: 'I followed the README to run card-authoriser locally.',
        journeyStep: 'set-up',
        category: 'documentation',
        severity: 'blocked-me',
        minutesLost: 40,
        idempotencyKey: `e2e-${Date.now()}`,
      },
    });
    const { id, ownerRef } = filed.structuredContent;
    expect(ownerRef).toBe('group:default/card-authorisation-team');

    const refused = await mcp(request, reporter, 'tools/call', {
      name: 'devzero.triage-finding',
      arguments: { id, action: 'accept' },
    });
    expect(refused.isError).toBe(true);
    expect(JSON.stringify(refused.content)).toContain('Only the owners');

    const accepted = await mcp(request, owner, 'tools/call', {
      name: 'devzero.triage-finding',
      arguments: { id, action: 'resolve', note: 'Added the simulator step' },
    });
    expect(accepted.structuredContent).toEqual({ id, status: 'resolved' });
  });

  test('refuses an agent without a token', async ({ request }) => {
    const response = await request.post(`${backendUrl}/api/mcp-actions/v1`, {
      headers: {
        accept: 'application/json, text/event-stream',
        'content-type': 'application/json',
      },
      data: { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} },
    });
    expect(response.status()).toBe(401);
  });
});
