import { InfoCard } from '@backstage/core-components';
import {
  ContextMap,
  ContextSummary,
  DomainSummary,
} from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ClassificationChip, ContextLink } from '../shared';

type Tree = {
  domain: DomainSummary;
  children: Tree[];
  contexts: ContextSummary[];
};

/** Domains with their sub-domains, and under each the contexts that implement it. */
export function buildHierarchy(map: ContextMap): Tree[] {
  const nodes = new Map<string, Tree>(
    map.domains.map(d => [d.ref, { domain: d, children: [], contexts: [] }]),
  );
  const roots: Tree[] = [];
  for (const node of nodes.values()) {
    const parent = node.domain.parent
      ? nodes.get(node.domain.parent)
      : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  for (const context of map.contexts) {
    // A context that implements several sub-domains appears under each.
    for (const ref of new Set(
      context.implements.length ? context.implements : [context.domain],
    )) {
      nodes.get(ref)?.contexts.push(context);
    }
  }
  const byTitle = (a: Tree, b: Tree) =>
    (a.domain.title ?? a.domain.name).localeCompare(
      b.domain.title ?? b.domain.name,
    );
  const sort = (list: Tree[]) => {
    list.sort(byTitle);
    list.forEach(t => sort(t.children));
    return list;
  };
  return sort(roots);
}

function Branch(props: { tree: Tree; level: number }) {
  const { tree, level } = props;
  const id = `domain-${tree.domain.ref.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <Box component="li" style={{ listStyle: 'none' }} mt={1}>
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        <Typography
          id={id}
          variant={level === 0 ? 'h6' : 'subtitle1'}
          component={level === 0 ? 'h3' : 'h4'}
        >
          {tree.domain.title ?? tree.domain.name}
        </Typography>
        <ClassificationChip classification={tree.domain.classification} />
      </Box>
      <Box component="ul" pl={3} m={0} aria-labelledby={id}>
        {tree.contexts.map(c => (
          <Box component="li" key={c.ref} mt={0.5}>
            <ContextLink context={c} inText />
            <Typography variant="body2" color="textSecondary" component="span">
              {' '}
              — {c.purpose}
            </Typography>
          </Box>
        ))}
        {tree.children.map(child => (
          <Branch key={child.domain.ref} tree={child} level={level + 1} />
        ))}
      </Box>
    </Box>
  );
}

/** The map as a hierarchy: contexts nested inside their sub-domains and domains. */
export function HierarchyView(props: { map: ContextMap }) {
  const roots = buildHierarchy(props.map);
  return (
    <InfoCard
      title="Domains, sub-domains and their contexts"
      subheader="A context that implements several sub-domains appears under each."
    >
      <Box component="ul" m={0} p={0}>
        {roots.map(tree => (
          <Branch key={tree.domain.ref} tree={tree} level={0} />
        ))}
      </Box>
    </InfoCard>
  );
}
