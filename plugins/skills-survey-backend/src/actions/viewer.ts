import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { Viewer } from '../service/SurveyAccess';

/**
 * The signed-in user an action acts for: results are read with that
 * person's permissions, never as a plugin.
 */
export function actingUser(credentials: BackstageCredentials): Viewer {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
  };
  if (principal?.type !== 'user' || !principal.userEntityRef)
    throw new NotAllowedError(
      'Skills-survey actions act for a signed-in user; call them with a user token',
    );
  return {
    userRef: principal.userEntityRef,
    credentials: credentials as BackstageCredentials<BackstageUserPrincipal>,
  };
}
