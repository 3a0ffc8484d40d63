import { graphSettingsParams, readGraphSettings } from './graphQuery';

describe('the graph settings in the address', () => {
  it('reads what is given and falls back for what is out of bounds', () => {
    expect(
      readGraphSettings(
        new URLSearchParams(
          'node=component:default/web&depth=3&direction=dependents&maxNodes=2000&groupBy=domain',
        ),
      ),
    ).toEqual({
      node: 'component:default/web',
      depth: 3,
      direction: 'dependents',
      maxNodes: 2000,
      groupBy: 'domain',
    });
    expect(
      readGraphSettings(
        new URLSearchParams(
          'depth=99&direction=sideways&maxNodes=50000&groupBy=colour',
        ),
      ),
    ).toEqual({
      node: undefined,
      depth: 2,
      direction: 'both',
      maxNodes: 500,
      groupBy: 'none',
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(
      graphSettingsParams({
        node: 'web',
        depth: 2,
        direction: 'both',
        maxNodes: 1000,
        groupBy: 'none',
      }),
    ).toEqual({ node: 'web', maxNodes: '1000' });
  });
});
