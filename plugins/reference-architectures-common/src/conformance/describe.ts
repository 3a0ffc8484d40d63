import { DependencyMatcher, RuleCheck } from '../model';

function dependency(matcher: DependencyMatcher): string {
  if (matcher.entity) return matcher.entity;
  const kind = matcher.kind ? `a ${matcher.kind}` : 'an entity';
  return matcher.type ? `${kind} of type ${matcher.type}` : kind;
}

/** What a check asks, in words. */
export function describeCheck(check: RuleCheck): string {
  const c = check as Record<string, any>;
  if ('dependsOn' in c) return `depends on ${dependency(c.dependsOn)}`;
  if ('notDependsOn' in c)
    return `does not depend on ${dependency(c.notDependsOn)}`;
  if ('providesApi' in c)
    return `provides ${
      c.providesApi.type ? `an ${c.providesApi.type} API` : 'an API'
    }`;
  if ('consumesApi' in c)
    return `consumes ${
      c.consumesApi.type ? `an ${c.consumesApi.type} API` : 'an API'
    }`;
  if ('annotation' in c) return `carries the annotation ${c.annotation}`;
  if ('tag' in c) return `carries the tag ${c.tag}`;
  if ('label' in c)
    return `carries the label ${c.label.key}${
      c.label.value !== undefined ? `=${c.label.value}` : ''
    }`;
  if ('maxDependencies' in c)
    return `has at most ${c.maxDependencies} dependencies outside itself`;
  if ('lifecycle' in c)
    return `has the lifecycle ${(c.lifecycle as string[]).join(' or ')}`;
  if ('ownerIsTeam' in c) return 'is owned by a team';
  return `matches the filter ${JSON.stringify(c.filter).slice(0, 200)}`;
}

/** What an adopter does to pass a check, when its rule says nothing. */
export function fixFor(check: RuleCheck): string {
  const c = check as Record<string, any>;
  if ('dependsOn' in c)
    return `Add ${dependency(
      c.dependsOn,
    )} to spec.dependsOn (of the system's components for a system).`;
  if ('notDependsOn' in c)
    return `Remove ${dependency(c.notDependsOn)} from spec.dependsOn.`;
  if ('providesApi' in c)
    return `Declare the API it provides in spec.providesApis${
      c.providesApi.type ? `, an API entity of type ${c.providesApi.type}` : ''
    }.`;
  if ('consumesApi' in c)
    return `Declare the API it consumes in spec.consumesApis${
      c.consumesApi.type ? `, an API entity of type ${c.consumesApi.type}` : ''
    }.`;
  if ('annotation' in c) return `Add metadata.annotations["${c.annotation}"].`;
  if ('tag' in c) return `Add "${c.tag}" to metadata.tags.`;
  if ('label' in c)
    return `Set metadata.labels["${c.label.key}"]${
      c.label.value !== undefined ? ` to "${c.label.value}"` : ''
    }.`;
  if ('maxDependencies' in c)
    return `Remove dependencies until at most ${c.maxDependencies} remain outside it.`;
  if ('lifecycle' in c)
    return `Set spec.lifecycle to ${(c.lifecycle as string[]).join(' or ')}.`;
  if ('ownerIsTeam' in c)
    return 'Set spec.owner to a Group whose spec.type is team.';
  return 'Change the entity so that it matches the filter.';
}
