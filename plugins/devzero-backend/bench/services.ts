import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { devzeroAdminPermission } from '@internal/plugin-devzero-common';
import express from 'express';
import { syntheticOwner } from '../src/__testUtils__/syntheticFindings';
import {
  createDevzeroFindingConditionalDecision,
  devzeroFindingConditions,
} from '../src/permissions';
import { READ } from './options';

/** A member of the n-th team, who owns what the team owns. */
export const member = (n: number) => `user:default/member-${n}`;

/** In-process stand-ins for the auth, user info and permission services. */
export function fakeServices() {
  // The caller is named by a header, so that the load can rotate users.
  const httpAuth = {
    credentials: async (req: express.Request) => ({
      $$type: '@backstage/BackstageCredentials',
      principal: {
        type: 'user',
        userEntityRef: req.header('x-bench-user') ?? member(0),
      },
    }),
  } as unknown as HttpAuthService;
  const userInfo: UserInfoService = {
    getUserInfo: async (credentials: BackstageCredentials) => {
      const userEntityRef = (credentials.principal as any).userEntityRef;
      const team = Number(userEntityRef.split('-').pop());
      return {
        userEntityRef,
        ownershipEntityRefs: [userEntityRef, syntheticOwner(team)],
      };
    },
  };
  // "allow" is the portal's policy: everyone signed in reads every finding,
  // nobody here is an admin. "conditional" lets a user read what their teams
  // own and what they filed, which the store applies in its queries.
  const permissions: PermissionsService = {
    authorize: async requests =>
      requests.map(r => ({
        result:
          r.permission.name === devzeroAdminPermission.name
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })),
    authorizeConditional: async (requests, options) => {
      if (READ === 'allow')
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      const info = await userInfo.getUserInfo(options.credentials);
      return requests.map(r =>
        createDevzeroFindingConditionalDecision(r.permission as any, {
          anyOf: [
            devzeroFindingConditions.isFindingOwner({
              claims: info.ownershipEntityRefs,
            }),
            devzeroFindingConditions.isFindingReporter({
              claims: [info.userEntityRef],
            }),
          ],
        }),
      );
    },
  };
  return { httpAuth, userInfo, permissions };
}
