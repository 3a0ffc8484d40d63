import type { ToastApiMessage } from '@backstage/frontend-plugin-api';
import {
  GroupingAlertApi,
  PERMANENT_GROUP_MS,
  TRANSIENT_TIMEOUT_MS,
} from './GroupingAlertApi';

/** A toast API that keeps what it was asked to show, and which were closed. */
function recordingToasts() {
  const shown: Array<ToastApiMessage & { closed: boolean }> = [];
  return {
    shown,
    open: () => shown.filter(t => !t.closed),
    post(toast: ToastApiMessage) {
      const entry = { ...toast, closed: false };
      shown.push(entry);
      return {
        close: () => {
          entry.closed = true;
        },
      };
    },
  };
}

describe('GroupingAlertApi', () => {
  let now: number;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('shows the same alert posted several times as one toast with a count', () => {
    const toasts = recordingToasts();
    const api = new GroupingAlertApi(toasts, () => now);
    for (let i = 0; i < 3; i++) {
      api.post({ message: 'Accepted 1 finding.', display: 'transient' });
      now += 200;
    }
    expect(toasts.open()).toEqual([
      {
        title: 'Accepted 1 finding.',
        description: '3 times',
        status: 'success',
        timeout: TRANSIENT_TIMEOUT_MS,
        closed: false,
      },
    ]);
  });

  it('keeps different messages and severities apart', () => {
    const toasts = recordingToasts();
    const api = new GroupingAlertApi(toasts, () => now);
    api.post({ message: 'Saved' });
    api.post({ message: 'Saved', severity: 'error' });
    api.post({ message: 'Exported' });
    expect(toasts.open().map(t => [t.title, t.status, t.description])).toEqual([
      ['Saved', 'success', undefined],
      ['Saved', 'danger', undefined],
      ['Exported', 'success', undefined],
    ]);
  });

  it('starts afresh once the toast has gone: a transient one after its timeout, a permanent one after a pause', () => {
    const toasts = recordingToasts();
    const api = new GroupingAlertApi(toasts, () => now);
    api.post({ message: 'Copied', display: 'transient' });
    now += TRANSIENT_TIMEOUT_MS + 1;
    api.post({ message: 'Copied', display: 'transient' });
    expect(toasts.shown.map(t => t.description)).toEqual([
      undefined,
      undefined,
    ]);

    api.post({ message: 'Could not load', severity: 'error' });
    now += PERMANENT_GROUP_MS - 1;
    api.post({ message: 'Could not load', severity: 'error' });
    expect(toasts.open().filter(t => t.title === 'Could not load')).toEqual([
      expect.objectContaining({ description: '2 times', timeout: undefined }),
    ]);
    now += PERMANENT_GROUP_MS + 1;
    api.post({ message: 'Could not load', severity: 'error' });
    expect(
      toasts
        .open()
        .filter(t => t.title === 'Could not load')
        .map(t => t.description),
    ).toEqual(['2 times', undefined]);
  });
});
