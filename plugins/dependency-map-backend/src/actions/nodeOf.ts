import { DependencyMapAnalysis } from '../model/DependencyMapAnalysis';
import { noSuchNode } from '../service/router';

/** The node an agent named in `field`, or a NotFoundError that says how to name one. */
export function nodeFor(
  analysis: DependencyMapAnalysis,
  field: string,
  id: string,
): number {
  const node = analysis.nodeOf(id);
  if (node === undefined) throw noSuchNode(field, id);
  return node;
}
