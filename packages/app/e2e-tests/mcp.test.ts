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
