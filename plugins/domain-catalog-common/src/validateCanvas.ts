import { BUSINESS_MODELS, EVOLUTION_STAGES, MESSAGE_TYPES } from './model';
import { isObject, Problems } from './validationProblems';

const CANVAS_FIELDS = [
  'businessModel',
  'evolution',
  'domainRoles',
  'inbound',
  'outbound',
  'businessDecisions',
  'assumptions',
  'verificationMetrics',
  'openQuestions',
];

/** The bounded context canvas. */
export function validateCanvas(problems: Problems, canvas: unknown) {
  if (canvas === undefined) return;
  if (!isObject(canvas)) {
    problems.add('spec.canvas', 'must be an object with the canvas fields');
    return;
  }
  problems.unknownFields('spec.canvas', canvas, CANVAS_FIELDS);
  if (canvas.businessModel !== undefined) {
    if (!Array.isArray(canvas.businessModel)) {
      problems.add(
        'spec.canvas.businessModel',
        `must be a list from ${BUSINESS_MODELS.join(', ')}`,
      );
    } else {
      canvas.businessModel.forEach((model, i) =>
        problems.oneOf(
          `spec.canvas.businessModel[${i}]`,
          model,
          BUSINESS_MODELS,
        ),
      );
    }
  }
  if (canvas.evolution !== undefined) {
    problems.oneOf('spec.canvas.evolution', canvas.evolution, EVOLUTION_STAGES);
  }
  for (const direction of ['inbound', 'outbound']) {
    const messages = canvas[direction];
    if (messages === undefined) continue;
    if (!Array.isArray(messages)) {
      problems.add(
        `spec.canvas.${direction}`,
        'must be a list of { collaborator, message, type }',
      );
      continue;
    }
    messages.forEach((message, i) => {
      const field = `spec.canvas.${direction}[${i}]`;
      if (!isObject(message)) {
        problems.add(
          field,
          'must be an object with collaborator, message, type',
        );
        return;
      }
      problems.unknownFields(field, message, [
        'collaborator',
        'message',
        'type',
      ]);
      problems.requiredText(
        `${field}.collaborator`,
        message.collaborator,
        'who sends or receives it',
      );
      problems.requiredText(`${field}.message`, message.message, 'its name');
      problems.oneOf(`${field}.type`, message.type, MESSAGE_TYPES);
    });
  }
  for (const list of [
    'domainRoles',
    'businessDecisions',
    'assumptions',
    'verificationMetrics',
    'openQuestions',
  ]) {
    problems.textList(`spec.canvas.${list}`, canvas[list]);
  }
}
