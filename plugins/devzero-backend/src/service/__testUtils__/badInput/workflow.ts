import {
  huge,
  jordan,
  jsonType,
  RouteCases,
  scriptUrl,
  UNKNOWN,
} from './types';

// Triage, comments and "me too".
export const workflowCases: RouteCases = {
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
};
