import {
  NewFindingInput,
  TRIAGE_ACTIONS,
  TriageInput,
} from '@internal/plugin-devzero-common';
import { parse } from '@internal/plugin-fitsys-node';
import { newFinding, triageBody } from './schemas';

// The frontend builds its bodies with these shared types; every field it may
// send must pass the backend's strict schemas unchanged.
describe('the bodies the frontend sends', () => {
  it('files: every field of NewFindingInput is taken as sent', () => {
    const body: NewFindingInput = {
      entityRef: 'component:default/card-authoriser',
      title: 'The guide misses the HSM simulator',
      scenario: 'I tried to run it locally.',
      journeyStep: 'set-up',
      category: 'documentation',
      severity: 'blocked-me',
      minutesLost: 45,
      steps: '1. Clone\n2. Run',
      expected: 'It starts',
      actual: 'It waits for an HSM',
      mayContact: true,
      hideReporter: true,
      links: ['https://docs.fernhill.example/card-authoriser/local'],
      externalUrl: 'https://github.com/fernhill/card-authoriser/issues/12',
    };
    expect(
      parse(newFinding, { ...body, idempotencyKey: 'key-12345' }, 'body'),
    ).toEqual({ ...body, idempotencyKey: 'key-12345' });
  });

  it('triages: each action with what it needs is taken as sent', () => {
    const bodies: Record<(typeof TRIAGE_ACTIONS)[number], TriageInput> = {
      accept: { action: 'accept', note: 'Seen' },
      start: { action: 'start' },
      resolve: {
        action: 'resolve',
        note: 'Documented',
        fixUrl: 'https://github.com/fernhill/card-authoriser/pull/7',
      },
      decline: { action: 'decline', note: 'Works as designed' },
      'mark-duplicate': {
        action: 'mark-duplicate',
        duplicateOf: '11111111-1111-4111-8111-111111111111',
      },
      reopen: { action: 'reopen', note: 'Still happens' },
      assign: { action: 'assign', assigneeRef: null },
      snooze: { action: 'snooze', snoozedUntil: '2026-12-01T09:00:00.000Z' },
      'link-issue': {
        action: 'link-issue',
        externalUrl: 'https://fernhill.atlassian.net/browse/CARD-12',
      },
    };
    for (const action of TRIAGE_ACTIONS) {
      expect(parse(triageBody, bodies[action], 'body')).toEqual(bodies[action]);
    }
  });

  it('names the field it refuses', () => {
    expect(() =>
      parse(triageBody, { action: 'snooze', until: 'tomorrow' }, 'body'),
    ).toThrow('body: unknown field(s) until');
  });
});
