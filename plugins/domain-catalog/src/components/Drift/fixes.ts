import {
  BOUNDED_CONTEXT_ANNOTATION,
  DriftFinding,
} from '@internal/plugin-domain-catalog-common';
import { parseRef } from '../shared';

/** One edit that would resolve a finding: whose YAML, which field, and what to write. */
export type DriftFix = {
  /** The entity whose catalog-info YAML to edit. */
  entityRef: string;
  /** The field or annotation to change. */
  field: string;
  /** What to do there, in a sentence. */
  action: string;
  /** YAML to add, when the fix is an addition. */
  snippet?: string;
};

/** How one context names another in spec.relationships: by name in its own namespace. */
function relativeName(from: string, to: string) {
  const a = parseRef(from);
  const b = parseRef(to);
  return a.namespace === b.namespace ? b.name : `${b.namespace}/${b.name}`;
}

const unique = (refs: string[]) => [...new Set(refs)];
const relationshipsField = 'spec.relationships';

/**
 * What would fix a drift finding, as edits to name on screen: the
 * relationship to declare for undeclared coupling, the annotation to change
 * for a membership conflict, and so on. The backend's finding says what is
 * wrong; this says where to change it.
 */
export function fixesFor(finding: DriftFinding): DriftFix[] {
  const [first, second] = finding.contexts;
  switch (finding.kind) {
    case 'undeclared-coupling': {
      // contexts: [downstream, upstream], as the coupling runs.
      if (finding.severity === 'error') {
        return [first, second].map(ref => ({
          entityRef: ref,
          field: relationshipsField,
          action: `Replace separate-ways with the relationship that is really there (${
            ref === first ? 'downstream' : 'upstream'
          }), or remove the calls`,
        }));
      }
      return [
        {
          entityRef: first,
          field: relationshipsField,
          action: `Declare the relationship ${parseRef(first).name} has with ${
            parseRef(second).name
          }`,
          snippet: `- context: ${relativeName(
            first,
            second,
          )}\n  role: downstream`,
        },
      ];
    }
    case 'contradiction': {
      const indexed = finding.evidence.filter(e =>
        e.type.startsWith(relationshipsField),
      );
      if (indexed.length) {
        return indexed.map(e => ({
          entityRef: e.source,
          field: e.type,
          action: `Agree with ${parseRef(e.target).name} on who is upstream`,
        }));
      }
      // Declared one way, used the other: contexts [user, used].
      return [
        {
          entityRef: first,
          field: relationshipsField,
          action: `Make ${parseRef(first).name} downstream of ${
            parseRef(second).name
          }, as its components use it`,
          snippet: `- context: ${relativeName(
            first,
            second,
          )}\n  role: downstream`,
        },
        {
          entityRef: second,
          field: relationshipsField,
          action: `Make ${parseRef(second).name} upstream of ${
            parseRef(first).name
          }`,
        },
      ];
    }
    case 'unbacked-relationship':
      return unique(finding.evidence.map(e => e.source)).map(ref => ({
        entityRef: ref,
        field: relationshipsField,
        action:
          'Remove the relationship if it is gone; if it runs through an API, add that API to spec.consumesApis of the downstream component instead',
      }));
    case 'shared-resource':
      return unique(finding.evidence.map(e => e.source)).map(ref => ({
        entityRef: ref,
        field: 'spec.dependsOn',
        action: `Stop depending on ${
          finding.evidence[0]?.target ?? 'the resource'
        } (give it to one context), or declare a shared kernel between the contexts`,
      }));
    case 'cycle':
      return finding.contexts.map(ref => ({
        entityRef: ref,
        field: relationshipsField,
        action:
          'Remove or reverse one upstream relationship to break the cycle',
      }));
    case 'membership-conflict':
    case 'unknown-context':
      return unique(finding.evidence.map(e => e.source)).map(ref => ({
        entityRef: ref,
        field: `metadata.annotations["${BOUNDED_CONTEXT_ANNOTATION}"]`,
        action:
          finding.kind === 'membership-conflict'
            ? 'Name one context'
            : `Name a context that exists, or register ${parseRef(first).name}`,
      }));
    default:
      return [];
  }
}
