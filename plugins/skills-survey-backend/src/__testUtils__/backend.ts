import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  skillsSurveyCampaignManagePermission,
  skillsSurveyFreeTextHoldPermission,
  skillsSurveyResultsReadPermission,
} from '@internal/plugin-skills-survey-common';
import { pluginTestBackend } from '@internal/plugin-fitsys-node/testUtils';
import skillsSurveyPlugin from '../index';
import { organisation, receipt } from './organisation';

export const BASE = '/api/skills-survey';
/** Platform team: manages campaigns and reads results. */
export const plat = 'user:default/plat1';
/** An admin: everything, including holding free text back. */
export const admin = 'user:default/admin';
export const as = (userRef: string) => mockCredentials.user.header(userRef);
/** The entity ref of the user `name`. */
export const person = (name: string) => `user:default/${name}`;

/**
 * The portal's policy for the survey, in small: `managers` manage and read
 * results, `admins` also hold free text back; everyone answers.
 */
export function permissionsFactory(
  options: { managers?: string[]; admins?: string[] } = {},
) {
  const managers = options.managers ?? [plat, admin];
  const admins = options.admins ?? [admin];
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      async authorize(requests: any[], { credentials }: any) {
        const userRef = credentials.principal.userEntityRef;
        return requests.map(r => {
          const name = r.permission.name;
          const forManagers =
            name === skillsSurveyCampaignManagePermission.name ||
            name === skillsSurveyResultsReadPermission.name;
          let allowed = true;
          if (name === skillsSurveyFreeTextHoldPermission.name)
            allowed = admins.includes(userRef);
          else if (forManagers) allowed = managers.includes(userRef);
          return {
            result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          };
        });
      },
      async authorizeConditional(requests: any[]) {
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      },
    }),
  });
}

/** The survey's settings for tests. */
export const surveyConfig = {
  fitsys: {
    skillsSurvey: {
      technologies: [
        { id: 'java', title: 'Java', category: 'languages' },
        { id: 'kafka', title: 'Apache Kafka', category: 'data' },
        { id: 'python', title: 'Python', category: 'languages' },
      ],
      catalogRules: [
        { tag: 'java', technology: 'java' },
        { tag: 'kafka', technology: 'kafka' },
        { tag: 'python', technology: 'python' },
      ],
    },
  },
};

/** The plugin's features with the test organisation and policy. */
export const features = (config: object = surveyConfig) => [
  permissionsFactory(),
  catalogServiceMock.factory({ entities: organisation() }),
  mockServices.rootConfig.factory({ data: config }),
];

/**
 * A test backend serving the survey with the test organisation, policy and
 * `config`, started before the tests of the enclosing `describe`; requests
 * go as the platform team unless they name a user.
 */
export const surveyTestBackend = (config?: object) =>
  pluginTestBackend({
    base: BASE,
    features: () => [skillsSurveyPlugin, ...features(config)],
    user: plat,
  });

/** An answer body: java and kafka at the given levels. */
export const answerBody = (
  key: string,
  java: number | null = 3,
  kafka: number | null = 1,
  helpText?: string,
) => ({
  receipt: receipt(key),
  ratings: [
    { technologyId: 'java', level: java, wantToLearn: false },
    { technologyId: 'kafka', level: kafka, wantToLearn: true },
  ],
  ...(helpText && { helpText }),
});

/** A campaign as the platform team creates it. */
export const newCampaignBody = {
  name: '2026-Q4',
  intro: 'How well do you know what we run?',
  opensOn: '2026-12-01',
  closesOn: '2026-12-20',
  technologyIds: ['java', 'kafka'],
};
