import { ContextMap, DomainSummary } from '../api';
import { PATTERN_NOTATION } from '../patterns';

const CML_TYPES = {
  core: 'CORE_DOMAIN',
  supporting: 'SUPPORTING_DOMAIN',
  generic: 'GENERIC_SUBDOMAIN',
};

/** card-authorisation → CardAuthorisation, a valid CML identifier. */
export function cmlIdentifier(name: string): string {
  const id = name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(part => part[0].toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Za-z_]/.test(id) ? id : `C${id}`;
}

const quote = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Writes the map as a Context Mapper model: top-level domains with their
 * sub-domains as Subdomains (deeper levels under their top domain), the
 * contexts with what they implement, and the relationships in bracket
 * syntax. CML has no separate-ways relationship, so those become comments.
 */
export function contextMapToCml(map: ContextMap): string {
  const byRef = new Map(map.domains.map(d => [d.ref, d]));
  /** Follows the parents up to the top domain, or to where they go round. */
  const walkUp = (d: DomainSummary) => {
    let current = d;
    const seen = new Set<string>();
    while (
      current.parent &&
      byRef.has(current.parent) &&
      !seen.has(current.ref)
    ) {
      seen.add(current.ref);
      current = byRef.get(current.parent)!;
    }
    return current;
  };
  // walkUp's answer for every domain on one walk at once, so that finding
  // them all takes time linear in the domains however deep they nest.
  const tops = new Map<DomainSummary, DomainSummary>();
  const onPath = new Map<string, number>(); // the walk's domains, by ref
  const top = (d: DomainSummary): DomainSummary => {
    const found = tops.get(d);
    if (found) return found;
    if (byRef.get(d.ref) !== d) return walkUp(d); // a second domain with one ref
    const path: DomainSummary[] = [];
    let current = d;
    let result: DomainSummary;
    for (;;) {
      const known = tops.get(current);
      if (known) {
        result = known;
        break;
      }
      const index = onPath.get(current.ref);
      if (index !== undefined) {
        // Parents that go round: each domain of the round is its own top,
        // and those leading to it have the first one of it they reach.
        for (const member of path.slice(index)) tops.set(member, member);
        path.length = index;
        result = current;
        break;
      }
      onPath.set(current.ref, path.length);
      path.push(current);
      const parent = current.parent ? byRef.get(current.parent) : undefined;
      if (!parent) {
        result = current;
        break;
      }
      current = parent;
    }
    for (const member of path) tops.set(member, result);
    onPath.clear();
    return tops.get(d)!;
  };
  const contextId = new Map(
    map.contexts.map(c => [c.ref, cmlIdentifier(c.name)]),
  );
  const out: string[] = [
    // "ContextMap" is a keyword of CML, so the map needs another name.
    'ContextMap Landscape {',
    '  type = SYSTEM_LANDSCAPE',
    '  state = AS_IS',
  ];
  if (map.contexts.length)
    out.push(
      `  contains ${map.contexts.map(c => contextId.get(c.ref)).join(', ')}`,
    );
  for (const edge of map.edges) {
    const up = contextId.get(edge.upstream);
    const down = contextId.get(edge.downstream);
    if (!up || !down) continue;
    if (edge.symmetric) {
      const pattern = edge.upstreamPatterns[0];
      if (pattern === 'separate-ways') {
        out.push(`  // ${up} and ${down} go separate ways`);
      } else {
        const mark = PATTERN_NOTATION[pattern ?? 'partnership'];
        out.push(`  ${up} [${mark}]<->[${mark}] ${down}`);
      }
      continue;
    }
    const upMarks = [
      edge.customerSupplier ? 'S' : 'U',
      ...edge.upstreamPatterns.map(p => PATTERN_NOTATION[p]),
    ];
    const downMarks = [
      edge.customerSupplier ? 'C' : 'D',
      ...edge.downstreamPatterns.map(p => PATTERN_NOTATION[p]),
    ];
    out.push(
      `  ${up} [${upMarks.join(',')}]->[${downMarks.join(',')}] ${down}`,
    );
  }
  out.push('}', '');
  const subsOf = new Map<DomainSummary, DomainSummary[]>();
  for (const d of map.domains) {
    const t = top(d);
    if (t === d) subsOf.set(d, []);
  }
  for (const d of map.domains) {
    const t = top(d);
    if (t !== d) subsOf.get(t)?.push(d);
  }
  for (const [domain, subs] of subsOf) {
    out.push(`Domain ${cmlIdentifier(domain.name)} {`);
    if (domain.title)
      out.push(`  domainVisionStatement = ${quote(domain.title)}`);
    for (const sub of subs) {
      const type = sub.classification
        ? ` type = ${CML_TYPES[sub.classification]}`
        : '';
      out.push(`  Subdomain ${cmlIdentifier(sub.name)} {${type} }`);
    }
    out.push('}', '');
  }
  for (const context of map.contexts) {
    const implemented = context.implements.length
      ? context.implements
      : [context.domain];
    const names = implemented.map(ref =>
      cmlIdentifier(byRef.get(ref)?.name ?? ref.split('/').pop()!),
    );
    out.push(
      `BoundedContext ${contextId.get(context.ref)} implements ${names.join(
        ', ',
      )} {`,
    );
    out.push(`  domainVisionStatement = ${quote(context.purpose)}`);
    out.push('}', '');
  }
  return out.join('\n');
}
