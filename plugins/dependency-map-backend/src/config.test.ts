import { mockServices } from '@backstage/backend-test-utils';
import { readSettings } from './config';

const settingsOf = (data: object) =>
  readSettings(mockServices.rootConfig({ data }));

describe('readSettings', () => {
  it('reads journeys with their entries as refs, and the defaults', () => {
    expect(
      settingsOf({
        fitsys: {
          dependencyMap: {
            journeys: [
              {
                name: 'Pay-With-Card',
                title: 'Pay with a card',
                entries: ['card-authoriser', 'resource:default/db'],
              },
            ],
          },
        },
      }),
    ).toEqual({
      journeys: [
        {
          name: 'pay-with-card',
          title: 'Pay with a card',
          entries: ['component:default/card-authoriser', 'resource:default/db'],
        },
      ],
      failureDomainAvailability: {
        zone: expect.closeTo(0.9999, 12),
        region: undefined,
        cluster: undefined,
      },
    });
    expect(settingsOf({}).journeys).toEqual([]);
  });

  it.each([
    [
      { journeys: [{ name: 'pay with card', entries: ['x'] }] },
      'fitsys.dependencyMap.journeys[0].name: "pay with card" is not a journey name; use letters, digits and "-", e.g. pay-with-card',
    ],
    [
      { journeys: [{ name: 'pay', entries: ['component:'] }] },
      'fitsys.dependencyMap.journeys[0].entries: "component:" is not an entity ref; write component:default/name or a name',
    ],
    [
      { failureDomainAvailability: { region: 100 } },
      'fitsys.dependencyMap.failureDomainAvailability.region: 100 is not a percentage above 0 and below 100, e.g. 99.99',
    ],
  ])(
    'refuses %j, saying which setting and the fix',
    (dependencyMap, message) => {
      expect(() => settingsOf({ fitsys: { dependencyMap } })).toThrow(message);
    },
  );
});
