import { huge, riley, RouteCases, UNKNOWN } from './types';

// Lists, exports, the inbox, insights, similar findings and one finding.
export const queriesCases: RouteCases = {
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
};
