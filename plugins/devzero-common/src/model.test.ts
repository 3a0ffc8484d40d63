import {
  CLOSED_STATUSES,
  isOpenStatus,
  nextStatus,
  OPEN_STATUSES,
  STATUSES,
  TRANSITIONS,
} from './model';

describe('the finding workflow', () => {
  it('moves a new finding through triage to resolution and back', () => {
    expect(nextStatus('accept', 'new')).toEqual({ status: 'triaged' });
    expect(nextStatus('start', 'triaged')).toEqual({ status: 'in-progress' });
    expect(nextStatus('resolve', 'in-progress')).toEqual({
      status: 'resolved',
    });
    expect(nextStatus('reopen', 'resolved')).toEqual({ status: 'triaged' });
    expect(nextStatus('assign', 'triaged')).toEqual({ status: 'triaged' });
    expect(nextStatus('link-issue', 'resolved')).toEqual({
      status: 'resolved',
    });
  });

  it('refuses an illegal transition with the statuses it applies to', () => {
    expect(nextStatus('accept', 'resolved')).toEqual({
      problem:
        'a resolved finding cannot be given "accept"; that action applies to new findings',
    });
    expect(nextStatus('reopen', 'new')).toEqual({
      problem:
        'a new finding cannot be given "reopen"; that action applies to resolved, declined, duplicate findings',
    });
  });

  it('lets every closed finding be reopened and no open one', () => {
    for (const status of STATUSES) {
      const closed = ['resolved', 'declined', 'duplicate'].includes(status);
      expect(TRANSITIONS.reopen.from.includes(status)).toBe(closed);
    }
  });

  it('splits the statuses into open and closed, and takes only open ones to closed', () => {
    expect(OPEN_STATUSES).toEqual(['new', 'triaged', 'in-progress']);
    expect(CLOSED_STATUSES).toEqual(['resolved', 'declined', 'duplicate']);
    expect(STATUSES.filter(isOpenStatus)).toEqual(OPEN_STATUSES);
    for (const action of ['resolve', 'decline', 'mark-duplicate'] as const) {
      expect(TRANSITIONS[action].from).toEqual(OPEN_STATUSES);
      expect(TRANSITIONS[action].from).not.toBe(OPEN_STATUSES);
    }
    expect(TRANSITIONS.reopen.from).toEqual(CLOSED_STATUSES);
  });
});
