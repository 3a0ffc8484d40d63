import { useApi } from '@backstage/core-plugin-api';
import { DependencyNodeType } from '@internal/plugin-dependency-map-common';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';

/** A node to offer in a picker: its id, and how a what-if names it. */
export interface NodeSuggestion {
  id: string;
  type: DependencyNodeType;
  label: string;
  /** The value a what-if takes: a ref for entities, the bare fact for the rest. */
  value: string;
}

/** The hot spots, as things to pick (anything else can still be typed). */
export function useNodeSuggestions(): NodeSuggestion[] {
  const api = useApi(dependencyMapApiRef);
  const { value } = useAsync(() => api.getHotSpots({ limit: 500 }), [api]);
  return (value?.items ?? []).map(h => ({
    id: h.node.id,
    type: h.node.type,
    label: h.node.label,
    value:
      h.node.type === 'entity'
        ? h.node.id
        : h.node.id.slice(h.node.type.length + 1),
  }));
}
