import { DomainClassification } from '../model';
import { CmlBoundedContext, CmlDomain, CmlModel } from './cmlModel';
import { CmlCursor, hasOwn } from './cursor';
import { contextMap } from './relationships';
import { cmlLexer, CmlSyntaxError } from './tokens';

export type {
  CmlBoundedContext,
  CmlDomain,
  CmlModel,
  CmlRelationship,
} from './cmlModel';
export { checkCmlSemantics } from './semantics';

const SUBDOMAIN_TYPES: Record<string, DomainClassification> = {
  CORE_DOMAIN: 'core',
  SUPPORTING_DOMAIN: 'supporting',
  GENERIC_SUBDOMAIN: 'generic',
};

/**
 * A recursive-descent parser without recursion that follows the input: the
 * elements it reads nest at most three deep (Domain, Subdomain, attributes),
 * and blocks it does not read are skipped by counting braces, so input
 * nested a hundred thousand deep is no deeper on the stack. Every loop moves
 * on at least one token or fails, so parsing takes time linear in the tokens.
 * Its tokens come through {@link CmlCursor}, which keeps only the last few.
 */
class Parser extends CmlCursor {
  parse(): CmlModel {
    const model: CmlModel = {
      boundedContexts: [],
      domains: [],
      skipped: this.skipped,
      skippedCount: 0,
    };
    while (this.token.kind !== 'eof') {
      const token = this.token;
      if (this.is('ContextMap')) {
        if (model.contextMap) {
          throw new CmlSyntaxError(
            token.line,
            token.column,
            'a model has one ContextMap; merge the second into the first',
          );
        }
        model.contextMap = contextMap(this);
      } else if (this.is('BoundedContext')) {
        model.boundedContexts.push(this.boundedContext());
      } else if (this.is('Domain')) {
        model.domains.push(this.domain());
      } else if (this.is('import')) {
        this.pos++;
        if (this.token.kind !== 'string')
          this.fail(this.token, 'the file to import, in quotes');
        this.skip(token.line, `import "${this.token.value}"`);
        this.pos++;
      } else if (token.kind === 'id') {
        // Other top-level elements (UseCase, Stakeholders, ...): name, then a block.
        const name = this.peek().kind === 'id' ? ` ${this.peek().value}` : '';
        this.skip(token.line, `${token.value}${name}`);
        this.pos++;
        while (this.token.kind === 'id' || this.is(',')) this.pos++;
        if (this.is('{')) this.skipBlock();
      } else {
        this.fail(token, 'ContextMap, BoundedContext or Domain');
      }
    }
    model.skippedCount = this.skippedCount;
    return model;
  }

  private boundedContext(): CmlBoundedContext {
    const line = this.token.line;
    this.pos++;
    const context: CmlBoundedContext = {
      name: this.id('a BoundedContext name'),
      implements: [],
      line,
    };
    this.within = `BoundedContext ${context.name}`;
    while (
      this.token.kind === 'id' &&
      ['implements', 'realizes', 'refines'].includes(this.token.value)
    ) {
      const keywordLine = this.token.line;
      const keyword = this.id('implements');
      const names = this.idList(`a name after ${keyword}`);
      if (keyword === 'implements')
        for (const name of names) context.implements.push(name);
      else this.skip(keywordLine, `${keyword} ${names.join(', ')}`);
    }
    if (this.token.kind === 'id' && this.peek().value === '{') {
      // `BoundedContext A foo {`: not the start of the next element.
      this.fail(this.token, `'{' after BoundedContext ${context.name}`);
    }
    if (this.is('{')) {
      this.attributes((key, values, at) => {
        if (key === 'domainVisionStatement')
          context.domainVisionStatement = values[0];
        else if (key === 'responsibilities') context.responsibilities = values;
        else this.skip(at, `${key} = ${values.slice(0, 5).join(', ')}`);
      });
    } else if (this.token.kind !== 'eof' && this.token.kind !== 'id') {
      this.fail(
        this.token,
        `'{' or the next element after BoundedContext ${context.name}`,
      );
    }
    this.within = undefined;
    return context;
  }

  private domain(): CmlDomain {
    const line = this.token.line;
    this.pos++;
    const domain: CmlDomain = {
      name: this.id('a Domain name'),
      subdomains: [],
      line,
    };
    if (!this.is('{')) return domain;
    const within = `Domain ${domain.name}`;
    this.within = within;
    this.attributes(
      (key, values, at) => {
        if (key === 'domainVisionStatement')
          domain.domainVisionStatement = values[0];
        else this.skip(at, `${key} = ${values.slice(0, 5).join(', ')}`);
      },
      keyword => {
        if (keyword !== 'Subdomain') return false;
        this.pos++;
        const sub: CmlDomain['subdomains'][number] = {
          name: this.id('a Subdomain name'),
        };
        this.within = `Subdomain ${sub.name}`;
        while (this.token.kind === 'id' && this.token.value === 'supports') {
          const supportsLine = this.token.line;
          this.pos++;
          const names = this.idList('a name after supports');
          this.skip(supportsLine, `supports ${names.join(', ')}`);
        }
        if (this.is('{')) {
          this.attributes((key, values, at) => {
            if (key === 'type') {
              sub.type = hasOwn(SUBDOMAIN_TYPES, values[0])
                ? SUBDOMAIN_TYPES[values[0]]
                : undefined;
              if (!sub.type) {
                const t = this.peek(-1);
                throw new CmlSyntaxError(
                  t.line,
                  t.column,
                  `'${values[0]}' is not a subdomain type; use CORE_DOMAIN, SUPPORTING_DOMAIN or GENERIC_SUBDOMAIN`,
                );
              }
            }
            if (key === 'domainVisionStatement')
              sub.domainVisionStatement = values[0];
            else if (key !== 'type')
              this.skip(at, `${key} = ${values.slice(0, 5).join(', ')}`);
          });
        }
        this.within = within;
        domain.subdomains.push(sub);
        return true;
      },
    );
    this.within = undefined;
    return domain;
  }
}

/**
 * Parses Context Mapper's CML: domains and subdomains with their types,
 * bounded contexts with what they implement, and the context map's
 * relationships in every syntax. Throws {@link CmlSyntaxError} with the line
 * and column of the first problem.
 */
export function parseCml(source: string): CmlModel {
  return new Parser(cmlLexer(source)).parse();
}
