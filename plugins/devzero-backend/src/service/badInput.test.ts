import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { cardAuthoriser } from '../__testUtils__/catalog';
import { images } from '../__testUtils__/images';
import { newFindingBody, notificationsFactory } from '../__testUtils__/backend';
import devzeroPlugin from '../index';

const riley = 'user:default/riley.novak'; // files the finding
const jordan = 'user:default/jordan.lee'; // owns card-authoriser
const as = (user: string) => mockCredentials.user.header(user);

/** A finding as the form files it; each case spoils one thing of it. */
const finding = newFindingBody;
const notifications = notificationsFactory();

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const huge = (length: number) => 'x'.repeat(length);
// An address that would run script where a link is shown.
const scriptUrl = 'javascript:alert(1)'; // eslint-disable-line no-script-url

/** Something a user (or a client's bug) sends that the API must refuse. */
interface BadRequest {
  /** What the user did wrong: the test's name. */
  mistake: string;
  /**
   * The path under /api/devzero when not the route's own, or a method and
   * path (`PATCH /findings/:id`) for a route that does not exist; `:id` and
   * `:attachmentId` become the fixture finding's and its image's.
   */
  path?: string;
  /** The query string, as the client wrote it (not encoded further). */
  query?: string;
  headers?: Record<string, string>;
  /** Sent as JSON, whatever it is (an object, an array, null, a string). */
  json?: unknown;
  /** Sent as it is, with the Content-Type of `headers` (or none). */
  raw?: string | Buffer;
  /** The status when it must be a particular 4xx. */
  status?: number;
  /** What the message must say: at least the field to fix. */
  says: string | RegExp;
}

/** The answer a case must get: its status (else any, a 4xx checked apart) and what it says. */
function answerTo(c: BadRequest) {
  return {
    status: c.status ?? expect.any(Number),
    message:
      typeof c.says === 'string'
        ? expect.stringContaining(c.says)
        : expect.stringMatching(c.says),
  };
}

/** For bodies that claim to be JSON but are not quite. */
const jsonType = { 'content-type': 'application/json' };

/** Every route with the mistakes one can make on it. */
const routes: Record<string, BadRequest[]> = {
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

  'GET /findings': [
    {
      mistake: 'gives the limit twice',
      query: 'limit=1&limit=2',
      says: 'limit: Expected number, received nan',
    },
    {
      mistake: 'asks for no findings at all',
      query: 'limit=0',
      says: 'limit: Number must be greater than or equal to 1',
    },
    {
      mistake: 'asks for a negative number of findings',
      query: 'limit=-1',
      says: /^limit: /,
    },
    {
      mistake: 'asks for more than a page may hold',
      query: 'limit=201',
      says: 'limit: Number must be less than or equal to 200',
    },
    {
      mistake: 'writes the limit in words',
      query: 'limit=ten',
      says: 'limit: Expected number, received nan',
    },
    {
      mistake: 'asks for Infinity findings',
      query: 'limit=Infinity',
      says: /^limit: /,
    },
    {
      mistake: 'gives a limit as an object',
      query: 'limit[max]=5',
      says: /^limit: /,
    },
    {
      mistake: 'gives a fractional offset',
      query: 'offset=1.5',
      says: 'offset: Expected integer, received float',
    },
    {
      mistake: 'gives a negative offset',
      query: 'offset=-1',
      says: 'offset: Number must be greater than or equal to 0',
    },
    {
      mistake: 'gives an offset of 1e300',
      query: 'offset=1e300',
      says: /^offset: /,
    },
    {
      mistake: 'gives an offset past 2^63',
      query: 'offset=99999999999999999999',
      says: /^offset: /,
    },
    {
      mistake: 'sends the search as an array',
      query: 'q[]=x',
      says: 'q: Expected string, received array',
    },
    {
      mistake: 'searches for more than 200 characters',
      query: `q=${huge(201)}`,
      says: 'q: String must contain at most 200 character(s)',
    },
    {
      mistake: 'searches for NUL characters',
      query: 'q=%00%00%00',
      says: 'q: holds a NUL character or half a surrogate pair',
    },
    {
      mistake: 'sends the owner as an object',
      query: 'owner[a]=b',
      says: /^owner\.0: Expected string, received object/,
    },
    {
      mistake: 'gives an empty owner',
      query: 'owner=',
      says: /^owner\.0: /,
    },
    {
      mistake: 'gives two reporters',
      query: `reporter=me&reporter=${riley}`,
      says: 'reporter: Expected string, received array',
    },
    {
      mistake: 'gives an empty assignee',
      query: 'assignee=',
      says: /^assignee: /,
    },
    {
      mistake: 'filters by a status that does not exist',
      query: 'status=open',
      says: /^status\.0: Invalid enum value/,
    },
    {
      mistake: 'filters by a severity as an object',
      query: 'severity[x]=annoyance',
      says: /^severity\.0: /,
    },
    {
      mistake: 'sorts by a column that does not exist',
      query: 'sort=title',
      says: /^sort: Invalid enum value/,
    },
    {
      mistake: 'sorts by two columns',
      query: 'sort=created&sort=updated',
      says: /^sort: /,
    },
    { mistake: 'orders sideways', query: 'order=up', says: /^order: / },
    {
      mistake: 'gives a date that is not a date',
      query: 'from=yesterday',
      says: 'from: Invalid datetime',
    },
    {
      mistake: 'gives the 30th of February',
      query: 'from=2024-02-30T00:00:00Z',
      says: 'from: Invalid datetime',
    },
    {
      mistake: 'gives a time zone 99 hours away',
      query: 'from=2024-01-01T00:00:00%2B99:00',
      says: /^from: Invalid datetime/,
    },
    {
      mistake: 'gives a date as milliseconds',
      query: 'to=1700000000000',
      says: 'to: Invalid datetime',
    },
    {
      mistake: 'adds a filter that does not exist',
      query: 'priority=high',
      says: 'query: unknown field(s) priority',
    },
  ],

  'GET /findings/export': [
    {
      mistake: 'leaves out the format',
      says: /^format: Required/,
    },
    {
      mistake: 'asks for a spreadsheet',
      query: 'format=xlsx',
      says: /^format: Invalid enum value/,
    },
    {
      mistake: 'asks for two formats at once',
      query: 'format=csv&format=json',
      says: /^format: /,
    },
    {
      mistake: 'pages the export',
      query: 'format=csv&limit=10',
      says: 'query: unknown field(s) limit',
    },
    {
      mistake: 'gives a time zone 25 hours away',
      query: 'format=json&to=2024-01-01T00:00:00-25:00',
      says: /^to: Invalid datetime/,
    },
    {
      mistake: 'sends the entity as an object',
      query: 'format=json&entity[kind]=component',
      says: /^entity\.0: /,
    },
  ],

  'GET /inbox': [
    {
      mistake: 'filters the inbox by status',
      query: 'status=triaged',
      says: 'query: unknown field(s) status',
    },
    {
      mistake: 'gives the limit twice',
      query: 'limit=5&limit=10',
      says: /^limit: /,
    },
    {
      mistake: 'gives a negative offset',
      query: 'offset=-10',
      says: /^offset: /,
    },
    {
      mistake: 'sends the owner as an object',
      query: 'owner[group]=team-a',
      says: /^owner\.0: /,
    },
  ],

  'GET /insights': [
    {
      mistake: 'gives a date that is not a date',
      query: 'from=last%20quarter',
      says: 'from: Invalid datetime',
    },
    {
      mistake: 'gives a time zone 24 hours away',
      query: 'to=2024-06-30T00:00:00%2B24:00',
      says: /^to: Invalid datetime/,
    },
    {
      mistake: 'pages the insights',
      query: 'limit=5',
      says: 'query: unknown field(s) limit',
    },
    {
      mistake: 'sends the entity as an object',
      query: 'entity[a]=b',
      says: /^entity\.0: /,
    },
    {
      mistake: 'gives two start dates',
      query: 'from=2024-01-01T00:00:00Z&from=2024-02-01T00:00:00Z',
      says: /^from: /,
    },
  ],

  'GET /findings/similar': [
    { mistake: 'asks without anything', says: /^entity: Required/ },
    {
      mistake: 'gives an empty title',
      query: 'entity=component:default/card-authoriser&title=',
      says: /^title: /,
    },
    {
      mistake: 'gives a title of 201 characters',
      query: `entity=component:default/card-authoriser&title=${huge(201)}`,
      says: /^title: /,
    },
    {
      mistake: 'gives an entity ref with nothing after the kind',
      query: 'entity=user:&title=x',
      says: /^entity: /,
    },
    {
      mistake: 'gives the entity as an array',
      query: 'entity[]=component:default/card-authoriser&title=x',
      says: /^entity: /,
    },
    {
      mistake: 'gives two titles',
      query: 'entity=component:default/card-authoriser&title=a&title=b',
      says: /^title: /,
    },
    {
      mistake: 'pages the suggestions',
      query: 'entity=component:default/card-authoriser&title=x&limit=5',
      says: 'query: unknown field(s) limit',
    },
  ],

  'GET /findings/:id/similar': [
    {
      mistake: 'asks for the candidates of something that is not an id',
      path: '/findings/not-an-id/similar',
      status: 400,
      says: 'id: "not-an-id" is not a finding id',
    },
    {
      mistake: 'asks for the candidates of a finding that does not exist',
      path: `/findings/${UNKNOWN}/similar`,
      status: 404,
      says: `There is no finding ${UNKNOWN}`,
    },
    {
      mistake: 'searches with 201 characters',
      query: `q=${huge(201)}`,
      status: 400,
      says: /^q: /,
    },
    {
      mistake: 'asks for 51 candidates',
      query: 'limit=51',
      status: 400,
      says: /^limit: Number must be less than or equal to 50/,
    },
    {
      mistake: 'asks for no candidates',
      query: 'limit=0',
      status: 400,
      says: /^limit: /,
    },
    {
      mistake: 'gives a parameter the route does not take',
      query: 'title=x',
      status: 400,
      says: /title/,
    },
  ],

  'GET /findings/:id': [
    {
      mistake: 'asks for a finding by its title',
      path: '/findings/the-hsm-simulator',
      says: 'id: "the-hsm-simulator" is not a finding id',
    },
    {
      mistake: 'gives an id a character too long',
      path: `/findings/${UNKNOWN}0`,
      says: /^id: /,
    },
    {
      mistake: 'sends broken percent-encoding in the id',
      path: '/findings/%E0%A4%A',
      says: /./,
    },
    {
      mistake: 'climbs out of the path',
      path: '/findings/..%2F..%2Fetc%2Fpasswd',
      says: /^id: /,
    },
    {
      mistake: 'asks for a finding that does not exist',
      path: `/findings/${UNKNOWN}`,
      status: 404,
      says: `There is no finding ${UNKNOWN}`,
    },
  ],

  'POST /findings/:id/triage': [
    {
      mistake: 'gives an action that does not exist',
      json: { action: 'close' },
      says: /^body\.action: Invalid enum value/,
    },
    {
      mistake: 'gives no action',
      json: { note: 'Done' },
      says: 'body.action: Required',
    },
    {
      mistake: 'capitalises the action',
      json: { action: 'Accept' },
      says: /^body\.action: Invalid enum value/,
    },
    {
      mistake: 'sends several actions at once',
      json: [{ action: 'accept' }, { action: 'resolve' }],
      says: 'body: Expected object, received array',
    },
    { mistake: 'sends JSON null', json: null, says: /null/ },
    {
      mistake: 'sends broken JSON',
      raw: '{"action": accept}',
      headers: jsonType,
      says: /JSON/,
    },
    {
      mistake: 'sends the action as plain text',
      raw: 'accept',
      headers: { 'content-type': 'text/plain' },
      says: /Content-Type/,
    },
    {
      mistake: 'declines without a reason',
      json: { action: 'decline' },
      says: 'body.note: a declined finding needs the reason, for the reporter',
    },
    {
      mistake: 'declines with a 5001-character reason',
      json: { action: 'decline', note: huge(5001) },
      says: /^body\.note: /,
    },
    {
      mistake: 'marks a duplicate of something that is not an id',
      json: { action: 'mark-duplicate', duplicateOf: 'the other one' },
      says: 'body.duplicateOf: Invalid uuid',
    },
    {
      mistake: 'marks a finding a duplicate of itself',
      json: { action: 'mark-duplicate', duplicateOf: ':id' },
      says: 'duplicateOf: a finding cannot be a duplicate of itself',
    },
    {
      mistake: 'marks a duplicate of a finding that does not exist',
      json: { action: 'mark-duplicate', duplicateOf: UNKNOWN },
      says: `duplicateOf: there is no finding ${UNKNOWN}`,
    },
    {
      mistake: 'snoozes until "next week"',
      json: { action: 'snooze', snoozedUntil: 'next week' },
      says: 'body.snoozedUntil: Invalid datetime',
    },
    {
      mistake: 'snoozes until a time 99 hours off UTC',
      json: { action: 'snooze', snoozedUntil: '2030-01-01T08:00:00+99:99' },
      says: /^body\.snoozedUntil: Invalid datetime/,
    },
    {
      mistake: 'snoozes until a date as milliseconds',
      json: { action: 'snooze', snoozedUntil: 1900000000000 },
      says: /^body\.snoozedUntil: /,
    },
    {
      mistake: 'assigns to an empty name',
      json: { action: 'assign', assigneeRef: '' },
      says: /^body\.assigneeRef: /,
    },
    {
      mistake: 'assigns to a number',
      json: { action: 'assign', assigneeRef: 7 },
      says: /^body\.assigneeRef: /,
    },
    {
      mistake: 'assigns to a bare name instead of a user ref',
      json: { action: 'assign', assigneeRef: 'jordan' },
      says: /^body\.assigneeRef: /,
    },
    {
      mistake: 'assigns to a group',
      json: { action: 'assign', assigneeRef: 'group:default/team-a' },
      says: /^body\.assigneeRef: /,
    },
    {
      mistake: 'assigns to a 300-character name',
      json: { action: 'assign', assigneeRef: `user:default/${huge(300)}` },
      says: /^body\.assigneeRef: /,
    },
    {
      mistake: 'assigns to a name that is too long once its namespace is added',
      json: { action: 'assign', assigneeRef: `user:${'a'.repeat(250)}` },
      says: 'body.assigneeRef: must be at most 255 characters as user:default/name (it is 263)',
    },
    {
      mistake: 'links an issue at a javascript: address',
      json: { action: 'link-issue', externalUrl: scriptUrl },
      says: 'body.externalUrl: must be an http or https address',
    },
    {
      mistake: 'resolves with a fix that is not an address',
      json: { action: 'resolve', note: 'Fixed', fixUrl: 'PR 7' },
      says: 'body.fixUrl: Invalid url',
    },
    {
      mistake: 'resolves without saying what was done',
      json: { action: 'resolve', fixUrl: 'https://git.example/pr/7' },
      says: 'body.note: a resolved finding needs a resolution note: what was done, for the reporter',
    },
    {
      mistake: 'gives a fix link when accepting',
      json: { action: 'accept', fixUrl: 'https://git.example/pr/7' },
      says: /^body\.fixUrl: /,
    },
    {
      mistake: 'links an issue while resolving',
      json: {
        action: 'resolve',
        note: 'Done',
        externalUrl: 'https://github.com/fernhill/card-authoriser/issues/7',
      },
      says: /^body\.externalUrl: /,
    },
    {
      mistake: 'assigns while snoozing',
      json: {
        action: 'snooze',
        snoozedUntil: '2030-01-01T08:00:00Z',
        assigneeRef: jordan,
      },
      says: /^body\.assigneeRef: /,
    },
    {
      mistake: 'adds a field triage does not take',
      json: { action: 'accept', priority: 'P1' },
      says: 'body: unknown field(s) priority',
    },
    {
      mistake: 'triages a finding by a bad id',
      path: '/findings/42/triage',
      json: { action: 'accept' },
      says: 'id: "42" is not a finding id',
    },
    {
      mistake: 'triages a finding that does not exist',
      path: `/findings/${UNKNOWN}/triage`,
      json: { action: 'accept' },
      status: 404,
      says: `There is no finding ${UNKNOWN}`,
    },
  ],

  'POST /findings/:id/comments': [
    { mistake: 'sends an empty object', json: {}, says: 'body.body: Required' },
    {
      mistake: 'sends the comment as a bare JSON string',
      json: 'Which OS?',
      says: /./,
    },
    {
      mistake: 'sends a blank comment',
      json: { body: '  \n ' },
      says: /^body\.body: /,
    },
    {
      mistake: 'sends a comment with a NUL character',
      json: { body: 'Which OS?\u0000' },
      says: 'body.body: holds a NUL character or half a surrogate pair',
    },
    {
      mistake: 'sends the comment as a number',
      json: { body: 42 },
      says: 'body.body: Expected string, received number',
    },
    {
      mistake: 'sends a comment of 10,001 characters',
      json: { body: huge(10_001) },
      says: /^body\.body: String must contain at most 10000/,
    },
    {
      mistake: 'calls the field "text"',
      json: { text: 'Which OS?' },
      says: /body: unknown field\(s\) text/,
    },
    {
      mistake: 'sends the comment as plain text',
      raw: 'Which OS?',
      headers: { 'content-type': 'text/plain' },
      says: /Content-Type/,
    },
    {
      mistake: 'comments on a finding by a bad id',
      path: '/findings/null/comments',
      json: { body: 'Which OS?' },
      says: 'id: "null" is not a finding id',
    },
  ],

  'POST /findings/:id/me-too': [
    { mistake: 'sends an empty object', json: {}, says: /body\.minutesLost/ },
    {
      mistake: 'gives minutes lost as a string',
      json: { minutesLost: 'half an hour' },
      says: /^body\.minutesLost: /,
    },
    {
      mistake: 'gives negative minutes lost',
      json: { minutesLost: -30 },
      says: /^body\.minutesLost: /,
    },
    {
      mistake: 'gives infinite minutes lost (1e999)',
      raw: '{"minutesLost":1e999}',
      headers: jsonType,
      says: /^body\.minutesLost: /,
    },
    {
      mistake: 'gives a blank note',
      json: { minutesLost: 30, note: '' },
      says: /^body\.note: /,
    },
    {
      mistake: 'gives a note of 2001 characters',
      json: { minutesLost: 30, note: huge(2001) },
      says: /^body\.note: /,
    },
    {
      mistake: 'adds a field that does not exist',
      json: { minutesLost: 30, severity: 'blocked-me' },
      says: 'body: unknown field(s) severity',
    },
    {
      mistake: 'says me too on a bad id',
      path: '/findings/undefined/me-too',
      json: { minutesLost: 30 },
      says: 'id: "undefined" is not a finding id',
    },
  ],

  'POST /findings/:id/attachments': [
    {
      mistake: 'uploads a text file',
      raw: 'just text',
      headers: { 'content-type': 'text/plain' },
      status: 415,
      says: /^Content-Type: evidence must be one of/,
    },
    {
      mistake: 'uploads without a Content-Type',
      raw: images.png,
      says: /^Content-Type: /,
    },
    {
      mistake: 'uploads an SVG',
      raw: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      headers: { 'content-type': 'image/svg+xml' },
      status: 415,
      says: /not image\/svg\+xml/,
    },
    {
      mistake: 'uploads as a multipart form',
      raw: images.png,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      status: 415,
      says: /not multipart\/form-data/,
    },
    {
      mistake: 'uploads the image as JSON',
      json: { data: images.png.toString('base64') },
      status: 415,
      says: /not application\/json/,
    },
    {
      mistake: 'labels a JPEG as a PNG',
      raw: images.jpeg,
      headers: { 'content-type': 'image/png' },
      says: /send Content-Type image\/jpeg/,
    },
    {
      mistake: 'uploads nothing',
      raw: Buffer.alloc(0),
      headers: { 'content-type': 'image/png' },
      says: /^body: empty/,
    },
    {
      mistake: 'labels the image as gzip when it is not',
      raw: images.png,
      headers: { 'content-type': 'image/png', 'content-encoding': 'gzip' },
      says: /./,
    },
    {
      mistake: 'uploads an image over the limit',
      raw: Buffer.concat([images.png, Buffer.alloc(3 * 1024 * 1024)]),
      headers: { 'content-type': 'image/png' },
      status: 413,
      says: /^attachment: .* is over the 2 MB limit/,
    },
    {
      mistake: 'names the image twice',
      query: 'name=a.png&name=b.png',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'name: Expected string, received array',
    },
    {
      mistake: 'names the image with an object',
      query: 'name[first]=a.png',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'name: Expected string, received object',
    },
    {
      mistake: 'names the image with a NUL character',
      query: 'name=error%00.png',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'name: holds a NUL character or half a surrogate pair',
    },
    {
      mistake: 'gives a name of 1001 characters',
      query: `name=${huge(1001)}`,
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: /^name: /,
    },
    {
      mistake: 'adds a query parameter that does not exist',
      query: 'caption=error',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'query: unknown field(s) caption',
    },
    {
      mistake: 'uploads to a bad finding id',
      path: '/findings/not-an-id/attachments',
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      says: 'id: "not-an-id" is not a finding id',
    },
    {
      mistake: 'uploads to a finding that does not exist',
      path: `/findings/${UNKNOWN}/attachments`,
      raw: images.png,
      headers: { 'content-type': 'image/png' },
      status: 404,
      says: `There is no finding ${UNKNOWN}`,
    },
  ],

  'GET /findings/:id/attachments/:attachmentId': [
    {
      mistake: 'asks for an image by its file name',
      path: '/findings/:id/attachments/error.png',
      says: 'attachmentId: "error.png" is not an attachment id',
    },
    {
      mistake: 'asks for an image of a bad finding id',
      path: '/findings/x/attachments/:attachmentId',
      says: 'id: "x" is not a finding id',
    },
    {
      mistake: 'asks for an image that does not exist',
      path: `/findings/:id/attachments/${UNKNOWN}`,
      status: 404,
      says: /has no attachment/,
    },
    {
      mistake: 'sends broken percent-encoding in the image id',
      path: '/findings/:id/attachments/%ZZ',
      says: /./,
    },
  ],

  'DELETE /findings/:id/attachments/:attachmentId': [
    {
      mistake: 'removes an image by a bad id',
      path: '/findings/:id/attachments/1',
      says: 'attachmentId: "1" is not an attachment id',
    },
    {
      mistake: 'removes an image of a bad finding id',
      path: '/findings/-/attachments/:attachmentId',
      says: 'id: "-" is not a finding id',
    },
    {
      mistake: 'removes an image that does not exist',
      path: `/findings/:id/attachments/${UNKNOWN}`,
      status: 404,
      says: /has no attachment/,
    },
  ],

  'routes that do not exist': [
    {
      mistake: 'edits a finding with PATCH',
      path: 'PATCH /findings/:id',
      json: { title: 'New title' },
      status: 405,
      says: /^PATCH \/findings\/[0-9a-f-]{36}: the Developer Zero API takes GET here, not PATCH$/,
    },
    {
      mistake: 'replaces a finding with PUT',
      path: 'PUT /findings/:id',
      json: finding,
      status: 405,
      says: 'the Developer Zero API takes GET here, not PUT',
    },
    {
      mistake: 'deletes a finding',
      path: 'DELETE /findings/:id',
      status: 405,
      says: 'the Developer Zero API takes GET here, not DELETE',
    },
    {
      mistake: 'posts to an image with the wrong method',
      path: 'POST /findings/:id/attachments/:attachmentId',
      json: {},
      status: 405,
      says: 'the Developer Zero API takes DELETE, GET here, not POST',
    },
    {
      mistake: 'posts an action that has no route',
      path: 'POST /findings/:id/close',
      json: {},
      status: 404,
      says: 'the Developer Zero API has no such route',
    },
  ],
};

describe('bad input', () => {
  let server: any;
  let fixture: { id: string; attachmentId: string };

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        devzeroPlugin,
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        notifications,
        catalogServiceMock.factory({ entities: [cardAuthoriser(jordan)] }),
      ],
    }));
    const filed = await request(server)
      .post('/api/devzero/findings')
      .set('authorization', as(riley))
      .send(finding)
      .expect(201);
    const uploaded = await request(server)
      .post(`/api/devzero/findings/${filed.body.id}/attachments`)
      .set('authorization', as(riley))
      .set('content-type', 'image/png')
      .send(images.png)
      .expect(201);
    fixture = { id: filed.body.id, attachmentId: uploaded.body.id };
  });

  /** The request of a case: the route's method and path, unless it gives its own. */
  function send(route: string, c: BadRequest) {
    const [method, path] = c.path?.includes(' ')
      ? c.path.split(' ')
      : [route.split(' ')[0], c.path ?? route.split(' ')[1]];
    const fill = (s: string) =>
      s
        .replace(':attachmentId', fixture.attachmentId)
        .replace(':id', fixture.id);
    const query = c.query ? `?${c.query}` : '';
    const req: request.Test = (request(server) as any)
      [method.toLowerCase()](`/api/devzero${fill(path)}${query}`)
      .set('authorization', as(jordan));
    for (const [name, value] of Object.entries(c.headers ?? {}))
      req.set(name, value);
    if ('json' in c) {
      // A string ':id' in the body stands for the fixture finding's id.
      const json = JSON.stringify(c.json, (_key, value) =>
        value === ':id' ? fixture.id : value,
      );
      return req.set('content-type', 'application/json').send(json);
    }
    return c.raw === undefined ? req : req.send(c.raw);
  }

  describe.each(Object.entries(routes))('%s', (route, cases) => {
    it.each(cases)('refuses a user who $mistake', async c => {
      const res = await send(route, c);
      const message = res.body?.error?.message;
      // A 4xx with a message, both shown when not.
      expect(`${res.status} ${message}`).toMatch(/^4\d\d \S/);
      expect({ status: res.status, message }).toEqual(answerTo(c));
    });
  });

  it.each([
    'POST /findings',
    'POST /findings/:id/triage',
    'POST /findings/:id/comments',
    'POST /findings/:id/me-too',
  ])(
    'answers %s with a body nested 2,000 and 40,000 levels deep with a 400',
    async route => {
      for (const depth of [2_000, 40_000]) {
        const json = `${'{"a":'.repeat(depth)}"\\u0000"${'}'.repeat(depth)}`;
        const res = await send(route, {
          mistake: '',
          raw: json,
        } as BadRequest).set('content-type', 'application/json');
        expect(`${res.status} ${res.body?.error?.message}`).toMatch(
          /^400 body\.a\.a\.a.*: holds a NUL character/,
        );
      }
    },
  );

  it('refuses a user who reuses an idempotency key for another finding, and still answers a retry', async () => {
    const fileWith = (body: object) =>
      request(server)
        .post('/api/devzero/findings')
        .set('authorization', as(riley))
        .set('idempotency-key', 'form-0001')
        .send(body);
    const first = await fileWith(finding);
    expect(first.status).toBe(201);
    const other = await fileWith({ ...finding, title: 'Another problem' });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toBe(
      `idempotencyKey: already used for finding ${first.body.id}, which has another title; send a new key to file a new finding`,
    );
    const retry = await fileWith(finding);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('keeps the finding as it was, whatever was sent', async () => {
    const details = await request(server)
      .get(`/api/devzero/findings/${fixture.id}`)
      .set('authorization', as(riley))
      .expect(200);
    expect(details.body.finding).toMatchObject({ ...finding, status: 'new' });
    for (const field of [
      'assigneeRef',
      'snoozedUntil',
      'duplicateOf',
      'fixUrl',
      'externalUrl',
    ])
      expect(details.body.finding[field]).toBeUndefined();
    expect(details.body.history.map((e: any) => e.action)).toEqual([
      'file',
      'add-image',
    ]);
    expect(details.body.comments).toEqual([]);
    expect(details.body.meToos).toEqual([]);
    expect(details.body.attachments.map((a: any) => a.id)).toEqual([
      fixture.attachmentId,
    ]);
    // Nothing the owner sent above filed a finding.
    const filed = await request(server)
      .get('/api/devzero/findings?reporter=me')
      .set('authorization', as(jordan))
      .expect(200);
    expect(filed.body.totalItems).toBe(0);
  });
});
