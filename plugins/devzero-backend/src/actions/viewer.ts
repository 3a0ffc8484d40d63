import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { FindingService, Viewer } from '../service/FindingService';

/**
 * The signed-in user an action acts for: actions file, triage and read as a
 * person, with that person's permissions, never as a plugin.
 */
export async function actingUser(
  service: FindingService,
  credentials: BackstageCredentials,
): Promise<Viewer> {
  if (
    credentials.principal &&
    (credentials.principal as { type?: string }).type !== 'user'
  ) {
    throw new NotAllowedError(
      'Developer Zero actions act for a signed-in user; call them with a user token',
    );
  }
  return service.viewer(credentials);
}
