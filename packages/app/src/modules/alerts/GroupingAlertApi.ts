import type {
  AlertApi,
  AlertMessage,
  ToastApi,
  ToastApiMessage,
  ToastApiPostResult,
} from '@backstage/frontend-plugin-api';

/** How long a transient alert shows (the app's alert display's default). */
export const TRANSIENT_TIMEOUT_MS = 5_000;

/**
 * How long after the last of them a permanent alert's repeat still joins
 * it: the toast may have been dismissed since, which the toast API does not
 * say, so a repeat after this starts a toast of its own.
 */
export const PERMANENT_GROUP_MS = 10_000;

type Status = NonNullable<ToastApiMessage['status']>;

const STATUS: Record<NonNullable<AlertMessage['severity']>, Status> = {
  success: 'success',
  info: 'info',
  warning: 'warning',
  error: 'danger',
};

interface Group {
  count: number;
  toast: ToastApiPostResult;
  lastAt: number;
  window: number;
}

/** An observable that never emits: alerts reach the screen as toasts. */
const NEVER = {
  subscribe: () => ({ closed: true, unsubscribe: () => {} }),
  [Symbol.observable ?? '@@observable']() {
    return this;
  },
} as unknown as ReturnType<AlertApi['alert$']>;

/**
 * The alert API, grouping repeats: an alert with the same message and
 * severity as one still showing (several rows triaged at once, an export
 * pressed twice) replaces it with one toast that counts them ("3 times"),
 * instead of a stack of the same words. Alerts are shown through the toast
 * API, which the app's display shows.
 */
export class GroupingAlertApi implements AlertApi {
  private readonly groups = new Map<string, Group>();

  constructor(
    private readonly toastApi: Pick<ToastApi, 'post'>,
    private readonly now: () => number = Date.now,
  ) {}

  post(alert: AlertMessage): void {
    const at = this.now();
    for (const [key, group] of this.groups)
      if (at - group.lastAt > group.window) this.groups.delete(key);
    const transient = alert.display === 'transient';
    const key = JSON.stringify([alert.severity, transient, alert.message]);
    const earlier = this.groups.get(key);
    earlier?.toast.close();
    const count = (earlier?.count ?? 0) + 1;
    const toast = this.toastApi.post({
      title: alert.message,
      description: count > 1 ? `${count} times` : undefined,
      status: STATUS[alert.severity ?? 'success'],
      timeout: transient ? TRANSIENT_TIMEOUT_MS : undefined,
    });
    this.groups.set(key, {
      count,
      toast,
      lastAt: at,
      window: transient ? TRANSIENT_TIMEOUT_MS : PERMANENT_GROUP_MS,
    });
  }

  alert$() {
    return NEVER;
  }
}
