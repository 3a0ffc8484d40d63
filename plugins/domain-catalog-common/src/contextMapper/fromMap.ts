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
  const top = (d: DomainSummary) => {
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
  const tops = map.domains.filter(d => top(d) === d);
  for (const domain of tops) {
    const subs = map.domains.filter(d => d !== domain && top(d) === domain);
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
