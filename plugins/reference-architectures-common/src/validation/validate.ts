import { Entity } from '@backstage/catalog-model';
import { valid as validSemver } from 'semver';
import {
  DECISION_STATUSES,
  LIFECYCLES,
  LIMITS,
  QUALITY_ATTRIBUTES,
  RATING_MAX,
  RATING_MIN,
} from '../model';
import { Checker, FieldProblem, isRecord } from './checker';
import { mermaidProblem } from './diagram';
import { validateRules } from './validateRules';

export type { FieldProblem } from './checker';

const SPEC_FIELDS = [
  'owner',
  'series',
  'version',
  'lifecycle',
  'problem',
  'context',
  'solution',
  'diagram',
  'buildingBlocks',
  'useCases',
  'qualityAttributes',
  'whenNotToUse',
  'decisions',
  'alternatives',
  'template',
  'supersedes',
  'revisitBy',
  'levels',
  'rules',
];

const short = (what: string, optional = false) => ({
  what,
  max: LIMITS.shortText,
  optional,
});

function checkVersion(c: Checker, field: string, value: unknown, what: string) {
  if (!c.text(field, value, { what, max: 64 })) return;
  if (validSemver(value) !== value) {
    c.add(
      field,
      `must be a semantic version such as 2.1.0 (${what}), not "${value.slice(
        0,
        64,
      )}"`,
    );
  }
}

function checkDiagram(c: Checker, value: unknown) {
  const diagram = c.object('spec.diagram', value, {
    what: 'the diagram: mermaid source and its numbered data flow',
    optional: true,
  });
  if (!diagram) return;
  c.unknownFields('spec.diagram', diagram, ['mermaid', 'dataFlow']);
  if (
    c.text('spec.diagram.mermaid', diagram.mermaid, {
      what: 'the Mermaid source',
      max: LIMITS.mermaid,
    })
  ) {
    const problem = mermaidProblem(diagram.mermaid);
    if (problem) c.add('spec.diagram.mermaid', problem);
  }
  c.list('spec.diagram.dataFlow', diagram.dataFlow, {
    what: 'the steps of the data flow, in order',
    max: LIMITS.list,
  }).forEach((step, i) =>
    c.text(
      `spec.diagram.dataFlow[${i}]`,
      step,
      short('one step of the data flow'),
    ),
  );
}

function checkBuildingBlocks(c: Checker, value: unknown) {
  const names = new Set<string>();
  c.list('spec.buildingBlocks', value, {
    what: 'the building blocks',
    max: LIMITS.list,
  }).forEach((item, i) => {
    const field = `spec.buildingBlocks[${i}]`;
    const block = c.object(field, item, {
      what: 'a building block: name, responsibility, why',
    });
    if (!block) return;
    c.unknownFields(field, block, [
      'name',
      'responsibility',
      'why',
      'technology',
      'entity',
      'template',
    ]);
    if (
      c.text(`${field}.name`, block.name, {
        what: 'the block’s name',
        max: LIMITS.title,
      })
    ) {
      const key = block.name.toLocaleLowerCase('en-US');
      if (names.has(key))
        c.add(`${field}.name`, `"${block.name}" names an earlier block too`);
      names.add(key);
    }
    c.text(
      `${field}.responsibility`,
      block.responsibility,
      short('what the block does'),
    );
    c.text(
      `${field}.why`,
      block.why,
      short('why the block is there: what goes wrong without it'),
    );
    c.text(`${field}.technology`, block.technology, {
      what: 'the technology',
      max: LIMITS.title,
      optional: true,
    });
    c.ref(`${field}.entity`, block.entity, {
      defaultKind: 'resource',
      kinds: ['resource', 'component', 'api', 'system'],
      what: 'the catalog entity that is this block',
      optional: true,
    });
    c.ref(`${field}.template`, block.template, {
      defaultKind: 'template',
      kinds: ['template'],
      what: 'the software template that creates this block',
      optional: true,
    });
  });
}

function checkQualityAttributes(c: Checker, value: unknown) {
  const qualities = c.object('spec.qualityAttributes', value, {
    what: 'ratings of the quality attributes',
    optional: true,
  });
  if (!qualities) return;
  c.unknownFields('spec.qualityAttributes', qualities, QUALITY_ATTRIBUTES);
  for (const attribute of QUALITY_ATTRIBUTES) {
    const field = `spec.qualityAttributes.${attribute}`;
    const quality = c.object(field, qualities[attribute], {
      what: 'a rating and its trade-off',
      optional: true,
    });
    if (!quality) continue;
    c.unknownFields(field, quality, ['rating', 'tradeoff']);
    const rating = quality.rating;
    if (
      !Number.isInteger(rating) ||
      (rating as number) < RATING_MIN ||
      (rating as number) > RATING_MAX
    ) {
      c.add(
        `${field}.rating`,
        `must be a whole number from ${RATING_MIN} (weak) to ${RATING_MAX} (strong)`,
      );
    }
    c.text(
      `${field}.tradeoff`,
      quality.tradeoff,
      short('what the design gives up or pays for it'),
    );
  }
}

function checkDecisions(c: Checker, value: unknown) {
  const ids = new Set<string>();
  c.list('spec.decisions', value, {
    what: 'the decisions behind the design',
    max: LIMITS.list,
  }).forEach((item, i) => {
    const field = `spec.decisions[${i}]`;
    const decision = c.object(field, item, {
      what: 'a decision: id, title, status, date',
    });
    if (!decision) return;
    c.unknownFields(field, decision, [
      'id',
      'title',
      'status',
      'date',
      'summary',
      'url',
      'revisitBy',
    ]);
    if (c.name(`${field}.id`, decision.id, 'the decision id, e.g. adr-0007')) {
      if (ids.has(decision.id))
        c.add(
          `${field}.id`,
          `"${decision.id}" is the id of an earlier decision too`,
        );
      ids.add(decision.id);
    }
    c.text(`${field}.title`, decision.title, {
      what: 'the decision in a line',
      max: LIMITS.title,
    });
    c.oneOf(`${field}.status`, decision.status, DECISION_STATUSES);
    c.date(`${field}.date`, decision.date, { what: 'when it was decided' });
    c.text(
      `${field}.summary`,
      decision.summary,
      short('the decision and why', true),
    );
    if (
      c.text(`${field}.url`, decision.url, {
        what: 'where the record lives',
        max: 2048,
        optional: true,
      })
    ) {
      if (!/^https?:\/\//.test(decision.url as string))
        c.add(`${field}.url`, 'must be an http(s) address');
    }
    c.date(`${field}.revisitBy`, decision.revisitBy, {
      what: 'when to look at it again',
      optional: true,
    });
  });
}

function checkAlternatives(c: Checker, value: unknown) {
  c.list('spec.alternatives', value, {
    what: 'the alternatives considered',
    max: LIMITS.list,
  }).forEach((item, i) => {
    const field = `spec.alternatives[${i}]`;
    const alternative = c.object(field, item, {
      what: 'an alternative: name and reason',
    });
    if (!alternative) return;
    c.unknownFields(field, alternative, ['name', 'reason', 'architecture']);
    c.text(`${field}.name`, alternative.name, {
      what: 'the alternative',
      max: LIMITS.title,
    });
    c.text(
      `${field}.reason`,
      alternative.reason,
      short('why this design was preferred'),
    );
    c.ref(`${field}.architecture`, alternative.architecture, {
      defaultKind: 'referencearchitecture',
      kinds: ['referencearchitecture'],
      what: 'the reference architecture the alternative is',
      optional: true,
    });
  });
}

/**
 * Every problem of a ReferenceArchitecture entity's spec, each naming its
 * field and what it should hold. An empty list means valid. Whether refs
 * exist is for the catalog and the backend, which can look.
 */
export function validateReferenceArchitecture(entity: Entity): FieldProblem[] {
  const c = new Checker();
  const spec = entity.spec;
  if (!isRecord(spec)) {
    c.add(
      'spec',
      'is required: owner, version, lifecycle, problem and solution at least',
    );
    return c.problems;
  }
  c.unknownFields('spec', spec, SPEC_FIELDS);
  c.ref('spec.owner', spec.owner, {
    defaultKind: 'group',
    kinds: ['group', 'user'],
    what: 'the Group or User that owns it',
  });
  if (spec.series !== undefined)
    c.name(
      'spec.series',
      spec.series,
      'the reference architecture this is a version of',
    );
  checkVersion(c, 'spec.version', spec.version, 'this version');
  c.oneOf('spec.lifecycle', spec.lifecycle, LIFECYCLES);
  c.text('spec.problem', spec.problem, {
    what: 'the problem it solves (Markdown)',
    max: LIMITS.markdown,
  });
  c.text('spec.context', spec.context, {
    what: 'where it applies (Markdown)',
    max: LIMITS.markdown,
    optional: true,
  });
  c.text('spec.solution', spec.solution, {
    what: 'the solution (Markdown)',
    max: LIMITS.markdown,
  });
  checkDiagram(c, spec.diagram);
  checkBuildingBlocks(c, spec.buildingBlocks);
  for (const list of ['useCases', 'whenNotToUse'] as const) {
    c.list(`spec.${list}`, spec[list], {
      what: 'a list of text',
      max: LIMITS.list,
    }).forEach((item, i) =>
      c.text(`spec.${list}[${i}]`, item, short('a line of text')),
    );
  }
  checkQualityAttributes(c, spec.qualityAttributes);
  checkDecisions(c, spec.decisions);
  checkAlternatives(c, spec.alternatives);
  c.ref('spec.template', spec.template, {
    defaultKind: 'template',
    kinds: ['template'],
    what: 'the software template that starts a system from it',
    optional: true,
  });
  if (spec.supersedes !== undefined) {
    checkVersion(
      c,
      'spec.supersedes',
      spec.supersedes,
      'the earlier version of the same series it replaces',
    );
    if (
      typeof spec.supersedes === 'string' &&
      spec.supersedes === spec.version
    ) {
      c.add(
        'spec.supersedes',
        'names this very version; name the earlier one it replaces',
      );
    }
  }
  c.date('spec.revisitBy', spec.revisitBy, {
    what: 'when to look at the design again',
    optional: true,
  });
  validateRules(c, spec.levels, spec.rules);
  return c.problems;
}

/** Problems as one line each: `field: message`. */
export function formatProblems(problems: FieldProblem[]): string {
  return problems.map(p => `${p.field}: ${p.message}`).join('\n');
}
