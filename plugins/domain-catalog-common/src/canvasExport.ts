import { ContextDetails } from './api';
import { CanvasMessage } from './model';

const NONE = 'Not declared yet.';
const cell = (s: string | undefined) =>
  (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const bullets = (items: string[] | undefined) =>
  items?.length ? items.map(i => `- ${i}`).join('\n') : NONE;
const messages = (items: CanvasMessage[] | undefined) =>
  items?.length
    ? [
        '| collaborator | message | type |',
        '| --- | --- | --- |',
        ...items.map(
          m => `| ${cell(m.collaborator)} | ${cell(m.message)} | ${m.type} |`,
        ),
      ].join('\n')
    : NONE;

/** The context's Bounded Context Canvas as a Markdown document. */
export function canvasToMarkdown(details: ContextDetails): string {
  const c = details.context;
  const canvas = c.canvas ?? {};
  const terms = c.terms.length
    ? [
        '| term | definition | aliases |',
        '| --- | --- | --- |',
        ...c.terms.map(
          t =>
            `| ${cell(t.term)} | ${cell(t.definition)} | ${cell(
              (t.aliases ?? []).join(', '),
            )} |`,
        ),
      ].join('\n')
    : NONE;
  return [
    `# Bounded Context Canvas: ${c.title ?? c.name}`,
    '',
    '## Purpose',
    c.purpose || NONE,
    '',
    '## Strategic classification',
    `- Domain: ${c.domainTitle ?? c.domain}`,
    `- Classification: ${c.classification ?? 'not set on the domain'}`,
    `- Business model: ${canvas.businessModel?.join(', ') || NONE}`,
    `- Evolution: ${canvas.evolution ?? NONE}`,
    `- Owner: ${c.owner}`,
    '',
    '## Domain roles',
    bullets(canvas.domainRoles),
    '',
    '## Inbound communication',
    messages(canvas.inbound),
    '',
    '## Outbound communication',
    messages(canvas.outbound),
    '',
    '## Ubiquitous language',
    terms,
    '',
    '## Business decisions',
    bullets(canvas.businessDecisions),
    '',
    '## Assumptions',
    bullets(canvas.assumptions),
    '',
    '## Verification metrics',
    bullets(canvas.verificationMetrics),
    '',
    '## Open questions',
    bullets(canvas.openQuestions),
    '',
  ].join('\n');
}

/** The context's canvas as a stable JSON document. */
export function canvasToJson(details: ContextDetails) {
  const c = details.context;
  const canvas = c.canvas ?? {};
  return {
    name: c.name,
    title: c.title ?? c.name,
    purpose: c.purpose,
    owner: c.owner,
    domain: c.domain,
    classification: c.classification ?? null,
    implements: c.implements,
    businessModel: canvas.businessModel ?? [],
    evolution: canvas.evolution ?? null,
    domainRoles: canvas.domainRoles ?? [],
    inbound: canvas.inbound ?? [],
    outbound: canvas.outbound ?? [],
    terms: c.terms,
    relationships: c.relationships,
    businessDecisions: canvas.businessDecisions ?? [],
    assumptions: canvas.assumptions ?? [],
    verificationMetrics: canvas.verificationMetrics ?? [],
    openQuestions: canvas.openQuestions ?? [],
  };
}
