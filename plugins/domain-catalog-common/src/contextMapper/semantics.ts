import { CmlModel } from './cmlModel';

/** Context Mapper's semantic checks on a parsed model, as messages naming the line. */
export function checkCmlSemantics(model: CmlModel): string[] {
  const problems: string[] = [];
  const declared = new Set(model.boundedContexts.map(c => c.name));
  const contained = new Set(model.contextMap?.contains ?? []);
  for (const r of model.contextMap?.relationships ?? []) {
    const where = `line ${r.line}: relationship ${r.upstream} – ${r.downstream}`;
    if (r.upstream === r.downstream) {
      problems.push(
        `${where}: a context cannot have a relationship with itself`,
      );
    }
    if (r.customerSupplier && r.downstreamPatterns.includes('conformist')) {
      problems.push(
        `${where}: conformist (CF) is not applicable to a customer-supplier relationship`,
      );
    }
    for (const name of [r.upstream, r.downstream]) {
      if (declared.size > 0 && !declared.has(name)) {
        problems.push(`${where}: ${name} is not declared as a BoundedContext`);
      } else if (contained.size > 0 && !contained.has(name)) {
        problems.push(
          `${where}: ${name} is not in the ContextMap's contains list`,
        );
      }
    }
  }
  return problems;
}
