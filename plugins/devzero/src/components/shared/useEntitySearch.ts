import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';

/** An entity (or a special choice such as "My teams") as a picker offers it. */
export interface EntityOption {
  ref: string;
  label: string;
}

/**
 * How an entity is shown: a person by their display name, anything else by
 * its title, with its kind when the picker offers several.
 */
export function labelOf(e: Entity, withKind: boolean) {
  const name =
    (e.spec?.profile as { displayName?: string } | undefined)?.displayName ??
    e.metadata.title ??
    e.metadata.name;
  // BoundedContext reads "bounded context".
  const kind = e.kind.replace(/([a-z])([A-Z])/g, '$1 $2');
  return withKind ? `${name} (${kind.toLocaleLowerCase('en-US')})` : name;
}

/**
 * Entities of the given kinds whose name or title holds what is typed, asked
 * of the catalog once typing pauses; none when the catalog fails.
 */
export function useEntityOptions(kinds: string[], input: string) {
  const catalogApi = useApi(catalogApiRef);
  const kindKey = kinds.join(',');
  const several = kinds.length > 1;
  const typed = input.trim();
  const [term, setTerm] = useState(typed);
  useDebounce(() => setTerm(typed), 250, [typed]);
  const { value, loading } = useAsync(async () => {
    const result = await catalogApi.queryEntities({
      filter: { kind: kindKey.split(',') },
      fullTextFilter: term
        ? { term, fields: ['metadata.name', 'metadata.title'] }
        : undefined,
      limit: 20,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return result.items.map(
      (e): EntityOption => ({
        ref: stringifyEntityRef(e),
        label: labelOf(e, several),
      }),
    );
  }, [catalogApi, term, kindKey, several]);
  // Still typing counts as loading: the options are for older text.
  return { options: value ?? [], loading: loading || term !== typed };
}

/**
 * A pre-filled entity by its title, not its ref: looked up in the catalog
 * unless the picker already knows its label.
 */
export function useEntityOption(
  ref: string | undefined,
  withKind: boolean,
  known: boolean,
) {
  const catalogApi = useApi(catalogApiRef);
  const { value } = useAsync(async () => {
    if (!ref || known) return undefined;
    const entity = await catalogApi.getEntityByRef(ref);
    return entity
      ? ({ ref, label: labelOf(entity, withKind) } as EntityOption)
      : undefined;
  }, [catalogApi, ref, withKind, known]);
  return value?.ref === ref ? value : undefined;
}
