import { parseEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { labelOf } from '../shared';

/** A group's name, or the text itself if it is not an entity ref. */
function nameOf(ref: string) {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/**
 * The groups the viewer owns through, by their titles, and the team the
 * address asks for if it is not one of them (someone looking at another
 * team's inbox).
 */
export function useTeams(asked: string) {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const mine = ownershipEntityRefs.filter(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
    // Refs name the same entity whatever their case.
    const same = (a: string, b: string) =>
      a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
    const other = asked && !mine.some(ref => same(ref, asked)) ? [asked] : [];
    const refs = [...mine, ...other];
    // Without the catalog, the teams are still there, by name.
    const { items } = await catalogApi
      .getEntitiesByRefs({
        entityRefs: refs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.title',
          'spec.profile.displayName',
        ],
      })
      .catch(() => ({ items: refs.map(() => undefined) }));
    const label = (ref: string, i: number) => {
      const team = items[i];
      return team ? labelOf(team, false) : nameOf(ref);
    };
    return {
      mine: mine
        .map((ref, i) => ({ ref, label: label(ref, i) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      other: other.map(ref => ({
        ref,
        label: label(ref, mine.length),
      })),
    };
  }, [identityApi, catalogApi, asked]);
}

/** The viewer's teams and the one asked for, as `useTeams` finds them. */
export type Teams = NonNullable<ReturnType<typeof useTeams>['value']>;
