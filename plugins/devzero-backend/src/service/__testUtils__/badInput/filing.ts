import { finding, huge, jsonType, RouteCases, scriptUrl } from './types';

// Filing a finding.
export const filingCases: RouteCases = {
  'POST /findings': [
    { mistake: 'sends no body', says: 'body.entityRef: Required' },
    {
      mistake: 'sends an empty object',
      json: {},
      says: 'body.title: Required',
    },
    { mistake: 'sends JSON null', json: null, says: /null/ },
    {
      mistake: 'sends a list of findings',
      json: [finding],
      says: 'body: Expected object, received array',
    },
    { mistake: 'sends a bare JSON string', json: 'a finding', says: /./ },
    {
      mistake: 'sends broken JSON',
      raw: '{"title":',
      headers: jsonType,
      says: /JSON/,
    },
    {
      mistake: 'sends JSON labelled as plain text',
      raw: JSON.stringify(finding),
      headers: { 'content-type': 'text/plain' },
      says: /Content-Type/,
    },
    {
      mistake: 'sends the finding as a form',
      raw: 'title=x&scenario=y',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      says: /Content-Type/,
    },
    {
      mistake: 'sends JSON in a charset nobody reads',
      raw: JSON.stringify(finding),
      headers: { 'content-type': 'application/json; charset=x-klingon' },
      status: 415,
      says: /charset/,
    },
    {
      mistake: 'labels the body as gzip when it is not',
      raw: JSON.stringify(finding),
      headers: { ...jsonType, 'content-encoding': 'gzip' },
      says: /./,
    },
    {
      mistake: 'sends a body over 256 kB',
      json: { ...finding, scenario: huge(300 * 1024) },
      status: 413,
      says: /too large/,
    },
    {
      mistake: 'gives the title as a number',
      json: { ...finding, title: 42 },
      says: 'body.title: Expected string, received number',
    },
    {
      mistake: 'leaves the title blank but for spaces',
      json: { ...finding, title: '   ' },
      says: 'body.title: String must contain at least 1 character(s)',
    },
    {
      mistake: 'pastes a NUL character into the title',
      json: { ...finding, title: 'The guide\u0000 misses the simulator' },
      says: 'body.title: holds a NUL character or half a surrogate pair',
    },
    {
      mistake: 'sends half an emoji (a lone surrogate) in the steps',
      json: { ...finding, steps: 'Click \ud83d' },
      says: 'body.steps: holds a NUL character or half a surrogate pair',
    },
    {
      mistake: 'writes a title of 201 characters',
      json: { ...finding, title: huge(201) },
      says: 'body.title: String must contain at most 200 character(s)',
    },
    {
      mistake: 'pastes a whole log into the scenario',
      json: { ...finding, scenario: huge(200_000) },
      says: 'body.scenario: String must contain at most 2000 character(s)',
    },
    {
      mistake: 'gives the minutes lost as a string',
      json: { ...finding, minutesLost: '45' },
      says: 'body.minutesLost: Expected number, received string',
    },
    {
      mistake: 'gives negative minutes lost',
      json: { ...finding, minutesLost: -5 },
      says: 'body.minutesLost: Number must be greater than or equal to 0',
    },
    {
      mistake: 'gives fractional minutes lost',
      json: { ...finding, minutesLost: 1.5 },
      says: 'body.minutesLost: Expected integer, received float',
    },
    {
      mistake: 'gives infinite minutes lost (1e999)',
      raw: JSON.stringify(finding).replace(
        '"minutesLost":45',
        '"minutesLost":1e999',
      ),
      headers: jsonType,
      says: /^body\.minutesLost: /,
    },
    {
      mistake: 'claims more than a week lost',
      json: { ...finding, minutesLost: 10_081 },
      says: 'body.minutesLost: Number must be less than or equal to 10080',
    },
    {
      mistake: 'picks a severity that does not exist',
      json: { ...finding, severity: 'meh' },
      says: /^body\.severity: Invalid enum value/,
    },
    {
      mistake: 'sends the severity as a list',
      json: { ...finding, severity: ['blocked-me'] },
      says: /^body\.severity: /,
    },
    {
      mistake: 'sends the journey step as an object',
      json: { ...finding, journeyStep: { step: 'set-up' } },
      says: /^body\.journeyStep: /,
    },
    {
      mistake: 'says "true" for may contact',
      json: { ...finding, mayContact: 'true' },
      says: 'body.mayContact: Expected boolean, received string',
    },
    {
      mistake: 'gives one link instead of a list',
      json: { ...finding, links: 'https://docs.example/x' },
      says: 'body.links: Expected array, received string',
    },
    {
      mistake: 'gives eleven links',
      json: { ...finding, links: Array(11).fill('https://docs.example/x') },
      says: 'body.links: Array must contain at most 10 element(s)',
    },
    {
      mistake: 'gives a link that is not an address',
      json: { ...finding, links: ['see the wiki'] },
      says: 'body.links.0: Invalid url',
    },
    {
      mistake: 'gives a javascript: link',
      json: { ...finding, externalUrl: scriptUrl },
      says: 'body.externalUrl: must be an http or https address',
    },
    {
      mistake: 'adds a field the form does not have',
      json: { ...finding, priority: 'P1' },
      says: 'body: unknown field(s) priority',
    },
    {
      mistake: 'names the entity without its kind',
      json: { ...finding, entityRef: 'card-authoriser' },
      says: /^body\.entityRef: Entity reference /,
    },
    {
      mistake: 'names an entity with an empty name',
      json: { ...finding, entityRef: 'component:default/' },
      says: /^body\.entityRef: Entity reference /,
    },
    {
      mistake: 'names an entity that is not in the catalog',
      json: { ...finding, entityRef: 'component:default/nope' },
      says: /^entityRef: there is no entity/,
    },
    {
      mistake: 'gives an idempotency key as a number',
      json: { ...finding, idempotencyKey: 12345678 },
      says: 'body.idempotencyKey: Expected string, received number',
    },
    {
      mistake: 'gives a three-character Idempotency-Key header',
      json: finding,
      headers: { 'idempotency-key': 'abc' },
      says: /^Idempotency-Key: /,
    },
    {
      mistake: 'gives a 200-character Idempotency-Key header',
      json: finding,
      headers: { 'idempotency-key': huge(200) },
      says: /^Idempotency-Key: /,
    },
  ],
};
