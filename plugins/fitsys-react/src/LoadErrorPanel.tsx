import {
  EmptyState,
  LinkButton,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { messageOf } from './messageOf';

/** The HTTP status of a failed request, from any copy of `@backstage/errors`. */
export function statusOf(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as {
    statusCode?: unknown;
    response?: { status?: unknown };
    body?: { response?: { statusCode?: unknown } };
  };
  const status =
    e.statusCode ?? e.response?.status ?? e.body?.response?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** @public */
export interface LoadErrorPanelProps {
  error: Error;
  /** What was asked for, as a person would name it: "This finding". */
  what: string;
  /** Where to go instead when it does not exist. */
  back: { label: string; to: string };
}

/**
 * Why a page could not load what it shows. When the thing does not exist
 * (a 404: a wrong or old link, or something the viewer may not see), a
 * not-found state that says so in words and offers a way back; for any
 * other failure, Backstage's error panel with the server's message.
 *
 * @public
 */
export function LoadErrorPanel(props: LoadErrorPanelProps) {
  if (statusOf(props.error) !== 404)
    return <ResponseErrorPanel error={props.error} />;
  return (
    <EmptyState
      missing="content"
      title={`${props.what} was not found`}
      description={`${messageOf(
        props.error,
      )}. The link may be wrong or out of date, or point to something you cannot see.`}
      action={
        <LinkButton to={props.back.to} variant="contained" color="primary">
          {props.back.label}
        </LinkButton>
      }
    />
  );
}
