import { identityApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ForYou } from './ForYou';
import { suiteFor } from './suiteFor';

const group = (name: string, displayName: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', profile: { displayName }, children: [] },
});

const user = (name: string, displayName: string, teams: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName }, memberOf: teams },
  relations: teams.map(t => ({
    type: 'memberOf',
    targetRef: `group:default/${t}`,
  })),
});

const entities = [
  group('card-authorisation-team', 'Card Authorisation'),
  group('developer-zero', 'Developer Zero'),
  group('portal-admins', 'Portal Admins'),
  user('jordan.lee', 'Jordan Lee', ['card-authorisation-team']),
  user('riley.novak', 'Riley Novak', ['developer-zero']),
  user('alex.morgan', 'Alex Morgan', ['portal-admins']),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'card-authoriser', namespace: 'default' },
    spec: { owner: 'group:default/card-authorisation-team' },
    relations: [
      {
        type: 'ownedBy',
        targetRef: 'group:default/card-authorisation-team',
      },
    ],
  },
];

function renderFor(name: string) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, catalogApiMock({ entities })],
        [
          identityApiRef,
          mockApis.identity({ userEntityRef: `user:default/${name}` }),
        ],
      ]}
    >
      <ForYou />
    </TestApiProvider>,
  );
}

const offered = async () =>
  within(await screen.findByRole('list', { name: 'What the suite offers you' }))
    .getAllByRole('link')
    .map(a => [a.textContent, a.getAttribute('href')]);

describe('ForYou', () => {
  it("greets someone whose team owns services and starts them at their team's inbox", async () => {
    await renderFor('jordan.lee');
    expect(
      await screen.findByText(/Hello Jordan Lee \(Card Authorisation\)/),
    ).toBeInTheDocument();
    const links = await offered();
    expect(links[0]).toEqual(['Your team’s friction inbox', '/devzero/inbox']);
    expect(links.map(([, href]) => href)).toEqual(
      expect.arrayContaining([
        '/domain-catalog',
        '/skills-survey',
        '/reference-architectures',
        '/dependency-map',
        '/devzero/mine',
      ]),
    );
    expect(
      screen.getByText(/filed against what Card Authorisation owns/),
    ).toBeInTheDocument();
  });

  it('starts a newcomer whose team owns nothing at filing friction, with no inbox', async () => {
    await renderFor('riley.novak');
    const links = await offered();
    expect(links[0]).toEqual(['Report friction', '/devzero/mine']);
    expect(links.map(([, href]) => href)).not.toContain('/devzero/inbox');
  });

  it('starts an admin at the figures across teams', async () => {
    await renderFor('alex.morgan');
    const links = await offered();
    expect(links[0]).toEqual(['Friction insights', '/devzero/insights']);
  });

  it('says so when the catalog cannot be read', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            catalogApiRef,
            {
              getEntityByRef: async () => {
                throw new Error('catalog is down');
              },
            },
          ],
          [identityApiRef, mockApis.identity()],
        ]}
      >
        <ForYou />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(/Could not tell who you are: catalog is down/),
    ).toBeInTheDocument();
  });
});

describe('suiteFor', () => {
  it('names several teams in one sentence', () => {
    const [inbox] = suiteFor({
      name: 'Sam',
      teams: [
        { ref: 'group:default/a', title: 'Payments' },
        { ref: 'group:default/b', title: 'Ledger' },
        { ref: 'group:default/c', title: 'Risk' },
      ],
      ownsEntities: true,
      admin: false,
    });
    expect(inbox.text).toBe(
      'Findings newcomers filed against what Payments, Ledger and Risk own, waiting for triage.',
    );
  });
});
