/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] -- the shared checks of @internal/plugin-fitsys-node/testUtils assert */
import { mockCredentials } from '@backstage/backend-test-utils';

import {
  describeOpenApiContract,
  expectMethodNotAllowed,
} from '@internal/plugin-fitsys-node/testUtils';

import path from 'path';
import request from 'supertest';

import {
  admin,
  answerBody,
  as,
  BASE,
  features,
  newCampaignBody,
  person,
  plat,
} from '../__testUtils__/backend';
import skillsSurveyPlugin from '../index';

// The OpenAPI document is the API's contract: valid OpenAPI, exactly the
// routes the plugin serves, and what they answer.

jest.setTimeout(60_000);

const DOCUMENT = path.join(__dirname, 'openapi.yaml');
const CATALOG_INFO = path.resolve(__dirname, '../../../../catalog-info.yaml');

describe('the skills-survey OpenAPI document', () => {
  const api = describeOpenApiContract({
    document: DOCUMENT,
    base: BASE,
    features: () => [skillsSurveyPlugin, ...features()],
    authorization: as(plat),
    apiEntity: {
      catalogInfo: CATALOG_INFO,
      apiName: 'skills-survey-api',
      providers: ['Component:skills-survey-backend'],
    },
  });
  it('describes what each route answers, and its errors', async () => {
    const send = async (
      method: string,
      route: string,
      url: string,
      user: string,
      status: number,
      body?: object,
    ) => {
      let req = (request(api.server) as any)
        [method.toLowerCase()](`${BASE}${url}`)
        .set('authorization', as(user));
      if (body) req = req.send(body);
      const res = await req;
      expect({ method, url, status: res.status }).toEqual({
        method,
        url,
        status,
      });
      api.contract.check(res, method, route);
      return res;
    };
    await send('GET', '/technologies', '/technologies', plat, 200);
    const { body: draft } = await send(
      'POST',
      '/campaigns',
      '/campaigns',
      plat,
      201,
      newCampaignBody,
    );
    const id = draft.id;
    await send('POST', '/campaigns', '/campaigns', plat, 409, newCampaignBody);
    await send(
      'POST',
      '/campaigns',
      '/campaigns',
      person('card1'),
      403,
      newCampaignBody,
    );
    await send('POST', '/campaigns', '/campaigns', plat, 400, { name: '' });
    await send('GET', '/campaigns', '/campaigns', plat, 200);
    await send('GET', '/campaigns/{id}', `/campaigns/${id}`, plat, 200);
    await send(
      'GET',
      '/campaigns/{id}',
      '/campaigns/00000000-0000-4000-8000-000000000000',
      plat,
      404,
    );
    await send(
      'GET',
      '/campaigns/{id}/results',
      `/campaigns/${id}/results`,
      plat,
      409,
    );
    await send(
      'POST',
      '/campaigns/{id}/open',
      `/campaigns/${id}/open`,
      plat,
      200,
    );
    await send(
      'POST',
      '/campaigns/{id}/open',
      `/campaigns/${id}/open`,
      plat,
      409,
    );
    const people = [
      'card1',
      'card2',
      'card3',
      'card4',
      'clear1',
      'clear2',
      'risk1',
    ];
    for (const p of people)
      await send(
        'POST',
        '/campaigns/{id}/answers',
        `/campaigns/${id}/answers`,
        person(p),
        201,
        answerBody(p, 2, 1, `Help ${p}`),
      );
    await send(
      'POST',
      '/campaigns/{id}/answers',
      `/campaigns/${id}/answers`,
      person('card1'),
      200,
      answerBody('card1', 2, 1, 'Help card1'),
    );
    await send(
      'PUT',
      '/campaigns/{id}/answers',
      `/campaigns/${id}/answers`,
      person('card1'),
      200,
      answerBody('card1', 4, null),
    );
    await send(
      'POST',
      '/campaigns/{id}/answers/lookup',
      `/campaigns/${id}/answers/lookup`,
      person('card1'),
      200,
      { receipt: answerBody('card1').receipt },
    );
    await send(
      'GET',
      '/campaigns/{id}/participation',
      `/campaigns/${id}/participation`,
      person('card1'),
      200,
    );
    await send(
      'GET',
      '/campaigns/{id}/results',
      `/campaigns/${id}/results`,
      plat,
      200,
    );
    await send(
      'POST',
      '/campaigns/{id}/close',
      `/campaigns/${id}/close`,
      plat,
      200,
    );
    await send(
      'GET',
      '/campaigns/{id}/results',
      `/campaigns/${id}/results`,
      plat,
      200,
    );
    await send(
      'GET',
      '/campaigns/{id}/export',
      `/campaigns/${id}/export?format=csv`,
      plat,
      200,
    );
    await send(
      'GET',
      '/campaigns/{id}/results',
      `/campaigns/${id}/results?cells=organisation`,
      plat,
      200,
    );
    for (const [query, status] of [
      ['', 200],
      ['?level=team&offset=1&limit=2', 200],
      ['?parent=group:default/payments', 200],
      ['?parent=group:default/nobody', 404],
      ['?level=team&parent=group:default/payments', 400],
      ['?limit=101', 400],
    ] as const)
      await send(
        'GET',
        '/campaigns/{id}/heatmap',
        `/campaigns/${id}/heatmap${query}`,
        plat,
        status,
      );
    await send('GET', '/gaps', '/gaps', plat, 200);
    await send(
      'GET',
      '/technologies/{technologyId}/results',
      '/technologies/kafka/results',
      plat,
      200,
    );
    await send(
      'GET',
      '/technologies/{technologyId}/results',
      '/technologies/cobol/results',
      plat,
      404,
    );
    const texts = await send(
      'GET',
      '/campaigns/{id}/free-text',
      `/campaigns/${id}/free-text`,
      admin,
      200,
    );
    await send(
      'POST',
      '/campaigns/{id}/free-text/{textId}/hold',
      `/campaigns/${id}/free-text/${texts.body.texts[0].id}/hold`,
      admin,
      204,
      { held: true },
    );
    await send('PUT', '/helpers/me', '/helpers/me', person('risk1'), 200, {
      technologies: [{ technologyId: 'kafka', note: 'Ask me' }],
    });
    await send('GET', '/helpers', '/helpers?technology=kafka', plat, 200);
    const tooLarge = await request(api.server)
      .post(`${BASE}/campaigns`)
      .set('authorization', as(plat))
      .send({ ...newCampaignBody, intro: 'x'.repeat(300_000) });
    expect(tooLarge.status).toBe(413);
    api.contract.check(tooLarge, 'POST', '/campaigns');
    const wrongType = await request(api.server)
      .post(`${BASE}/campaigns`)
      .set('authorization', as(plat))
      .set('content-type', 'text/plain')
      .send('hello');
    expect(wrongType.status).toBe(415);
    api.contract.check(wrongType, 'POST', '/campaigns');
    const none = await request(api.server)
      .get(`${BASE}/campaigns`)
      .set('authorization', mockCredentials.none.header());
    api.contract.check(none, 'GET', '/campaigns');
  });

  it('describes the 405 a path answers to a method it does not take', async () => {
    const res = await request(api.server)
      .delete(`${BASE}/campaigns/00000000-0000-4000-8000-000000000000`)
      .set('authorization', as(plat));
    expectMethodNotAllowed(
      api.doc,
      '/campaigns/00000000-0000-4000-8000-000000000000',
      res,
      'GET, HEAD, OPTIONS',
    );
  });
});
