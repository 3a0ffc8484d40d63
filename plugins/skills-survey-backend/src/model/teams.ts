import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { TeamSnapshot } from '@internal/plugin-skills-survey-common';
import { CellNode, depthsOf } from './suppression';

/** The ref of the whole organisation's cell, above every root group. */
export const ORGANISATION = '';

/** The team structure snapshotted when a campaign opens. */
export interface TeamTree {
  teams: TeamSnapshot[];
  /** Each user's ref and the team their answer is attributed to. */
  members: Map<string, string>;
  /** The cells of results: the attributed teams, with whether each has answers of its own. */
  cells: CellNode[];
}

const refOf = (e: Entity) =>
  `${e.kind}:${e.metadata.namespace ?? 'default'}/${
    e.metadata.name
  }`.toLocaleLowerCase('en-US');

function groupRef(ref: unknown, namespace: string): string | undefined {
  if (typeof ref !== 'string' || !ref) return undefined;
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind: 'group',
      defaultNamespace: namespace,
    });
    return `${parsed.kind}:${parsed.namespace}/${parsed.name}`.toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return undefined;
  }
}

/** A user's groups, from spec.memberOf or else its memberOf relations. */
function groupsOf(user: Entity): string[] {
  const ns = user.metadata.namespace ?? 'default';
  const spec = (user.spec?.memberOf as unknown[] | undefined) ?? [];
  const fromRelations = (user.relations ?? [])
    .filter(r => r.type === 'memberOf')
    .map(r => r.targetRef);
  return [...spec, ...fromRelations]
    .map(r => groupRef(r, ns))
    .filter((r): r is string => r !== undefined && r.startsWith('group:'));
}

/**
 * Builds the team tree from the catalog's groups and users: each group's
 * size counts the users in it and below it; teams smaller than the minimum
 * group size are not attributed, and their members' answers count for the
 * nearest group above that is. A user in several groups belongs to the
 * deepest (then the first by ref).
 */
export function buildTeamTree(
  entities: readonly Entity[],
  minGroupSize: number,
): TeamTree {
  const groups = new Map<string, Entity>();
  const users: Entity[] = [];
  for (const e of entities) {
    const kind = e.kind.toLocaleLowerCase('en-US');
    if (kind === 'group') groups.set(refOf(e), e);
    else if (kind === 'user') users.push(e);
  }
  const parentOf = new Map<string, string>();
  for (const [ref, group] of groups) {
    const parent = groupRef(
      group.spec?.parent,
      group.metadata.namespace ?? 'default',
    );
    parentOf.set(
      ref,
      parent && groups.has(parent) && parent !== ref ? parent : ORGANISATION,
    );
  }
  // Cut cycles (a catalog may hold them while being edited).
  for (const ref of groups.keys()) {
    const seen = new Set([ref]);
    let at = parentOf.get(ref)!;
    while (at !== ORGANISATION) {
      if (seen.has(at)) {
        parentOf.set(ref, ORGANISATION);
        break;
      }
      seen.add(at);
      at = parentOf.get(at)!;
    }
  }
  const nodes: CellNode[] = [
    { ref: ORGANISATION, parent: null, ownAnswers: false },
    ...[...groups.keys()].map(ref => ({
      ref,
      parent: parentOf.get(ref)!,
      ownAnswers: false,
    })),
  ];
  const depth = depthsOf(nodes);
  const ancestors = (ref: string) => {
    const chain = [ref];
    while (chain[chain.length - 1] !== ORGANISATION)
      chain.push(parentOf.get(chain[chain.length - 1]) ?? ORGANISATION);
    return chain;
  };
  const primaryTeam = new Map<string, string>();
  const inSubtree = new Map<string, Set<string>>();
  for (const user of users) {
    const userRef = refOf(user);
    const mine = [...new Set(groupsOf(user).filter(g => groups.has(g)))].sort(
      (a, b) => depth.get(b)! - depth.get(a)! || (a < b ? -1 : 1),
    );
    primaryTeam.set(userRef, mine[0] ?? ORGANISATION);
    const counted = new Set<string>();
    for (const g of mine.length ? mine : [ORGANISATION]) {
      for (const a of ancestors(g)) counted.add(a);
    }
    for (const a of counted) {
      const set = inSubtree.get(a) ?? new Set<string>();
      set.add(userRef);
      inSubtree.set(a, set);
    }
  }
  const size = (ref: string) => inSubtree.get(ref)?.size ?? 0;
  const attributed = (ref: string) =>
    ref === ORGANISATION || size(ref) >= minGroupSize;
  const members = new Map<string, string>();
  const ownAnswers = new Set<string>();
  for (const [userRef, team] of primaryTeam) {
    const chain = ancestors(team);
    const to = chain.find(attributed) ?? ORGANISATION;
    members.set(userRef, to);
    ownAnswers.add(to);
  }
  const title = (ref: string) => {
    const g = groups.get(ref);
    const profile = g?.spec?.profile as { displayName?: string } | undefined;
    return profile?.displayName ?? g?.metadata.title ?? g?.metadata.name ?? ref;
  };
  const teams: TeamSnapshot[] = nodes
    .map(n => ({
      ref: n.ref,
      title: n.ref === ORGANISATION ? 'Organisation' : title(n.ref),
      parent: n.parent,
      size: n.ref === ORGANISATION ? primaryTeam.size : size(n.ref),
      attributed: attributed(n.ref),
    }))
    // The organisation ('') sorts first as the empty text.
    .sort((a, b) => (a.ref < b.ref ? -1 : 1));
  return { teams, members, cells: cellsOf(teams, ownAnswers) };
}

/** The cells of results from a snapshotted tree: attributed teams only. */
export function cellsOf(
  teams: readonly TeamSnapshot[],
  ownAnswers: ReadonlySet<string>,
): CellNode[] {
  return teams
    .filter(t => t.attributed)
    .map(t => ({
      ref: t.ref,
      parent: t.parent,
      ownAnswers: ownAnswers.has(t.ref),
    }));
}
