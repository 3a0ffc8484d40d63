import { serializeError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';
import fc from 'fast-check';
import { statusOf } from '../http/errors';
import {
  BadRequest,
  BadRequestOptions,
  badRequestsByOperation,
  requestUrl,
} from './generate';
import { SchemaReader, Schema } from './openapi';

/** What a server answered: its status and its body (parsed when JSON). */
export interface BadInputAnswer {
  status: number;
  body: unknown;
}

/** Sends a bad request to the server under test. */
export type BadInputSend = (request: BadRequest) => Promise<BadInputAnswer>;

/** The fixed seed the checks run with unless told another. */
export const DEFAULT_BAD_INPUT_SEED = 20_240_601;

/**
 * What is wrong with an answer to a bad request; empty when it is right: a
 * 4xx (the request's own status when it has one), Backstage's error body
 * with a non-empty message, and a message that names the field broken.
 */
export function judgeAnswer(
  request: BadRequest,
  answer: BadInputAnswer,
): string[] {
  const problems: string[] = [];
  if (request.status !== undefined && answer.status !== request.status)
    problems.push(`answered ${answer.status}, not ${request.status}`);
  else if (answer.status < 400 || answer.status > 499)
    problems.push(`answered ${answer.status}, not a 4xx`);
  const body = answer.body as any;
  const error = body && typeof body === 'object' ? body.error : undefined;
  const message: unknown = error?.message;
  if (
    typeof error?.name !== 'string' ||
    typeof message !== 'string' ||
    !message.trim()
  ) {
    problems.push(
      "its body is not Backstage's error body ({ error: { name, message } }) with a message",
    );
  } else {
    if (body.response?.statusCode !== answer.status)
      problems.push(
        `its body's response.statusCode is ${body.response?.statusCode}, not ${answer.status}`,
      );
    if (
      request.field !== undefined &&
      !message.toLowerCase().includes(request.field.toLowerCase())
    )
      problems.push(`its message does not name ${request.field}`);
  }
  return problems;
}

const clip = (text: string, max = 300) =>
  text.length > max
    ? `${text.slice(0, max)}… (${text.length} characters)`
    : text;

/** A request in a line or three, its body cut short. */
export function describeRequest(request: BadRequest): string {
  const lines = [
    `${request.method} ${clip(
      JSON.stringify(requestUrl(request)).slice(1, -1),
      200,
    )}`,
  ];
  if (Object.keys(request.headers).length)
    lines.push(`headers ${clip(JSON.stringify(request.headers), 200)}`);
  if (request.body)
    lines.push(
      `body (${request.body.length} bytes) ${clip(
        JSON.stringify(request.body.toString('utf8')),
        300,
      )}`,
    );
  return lines.join('\n  ');
}

/** What one operation answered to its bad requests. */
export interface BadInputStats {
  operationId: string;
  method: string;
  route: string;
  cases: number;
  /** Answers by status class: `2xx`, `4xx`, `5xx`, … */
  byClass: Record<string, number>;
  /** Answers that were wrong (not a 4xx, not the error body, a message not naming the field). */
  wrong: number;
  /** The first few wrong answers, each with its request. */
  examples: string[];
  /** The slowest answer. */
  slowest?: { ms: number; mistake: string; status: number };
}

/** Options of {@link checkBadInput} and {@link runBadInput}. */
export interface CheckBadInputOptions extends BadRequestOptions {
  /** The OpenAPI document, parsed. */
  document: object;
  send: BadInputSend;
  /** Cases per operation (default 25). */
  numRuns?: number;
  /** Default {@link DEFAULT_BAD_INPUT_SEED}. */
  seed?: number;
  /** Called with each answer (for a progress line, say). */
  onAnswer?: (
    request: BadRequest,
    answer: BadInputAnswer,
    ms: number,
    problems: string[],
  ) => void;
}

async function sendAndJudge(
  options: CheckBadInputOptions,
  stats: BadInputStats,
  request: BadRequest,
) {
  const started = performance.now();
  const answer = await options.send(request);
  const ms = performance.now() - started;
  const problems = judgeAnswer(request, answer);
  stats.cases += 1;
  const cls = `${Math.floor(answer.status / 100)}xx`;
  stats.byClass[cls] = (stats.byClass[cls] ?? 0) + 1;
  if (!stats.slowest || ms > stats.slowest.ms)
    stats.slowest = { ms, mistake: request.mistake, status: answer.status };
  if (problems.length) {
    stats.wrong += 1;
    if (stats.examples.length < 3)
      stats.examples.push(describeFailure(request, answer, problems));
  }
  options.onAnswer?.(request, answer, ms, problems);
  return { answer, problems };
}

function describeFailure(
  request: BadRequest,
  answer: BadInputAnswer,
  problems: string[],
) {
  const body =
    typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  return [
    `${request.mistake}`,
    `  ${problems.join('; ')}`,
    `  sent: ${describeRequest(request)}`,
    `  answered: ${answer.status} ${clip(body ?? '', 300)}`,
  ].join('\n');
}

function newStats(op: {
  operationId: string;
  method: string;
  route: string;
}): BadInputStats {
  return {
    operationId: op.operationId,
    method: op.method,
    route: op.route,
    cases: 0,
    byClass: {},
    wrong: 0,
    examples: [],
  };
}

/**
 * Sends `numRuns` bad requests to each operation of the document and
 * asserts, with fast-check, that each is answered as the Fit Systems
 * standard says: a 4xx (never a 2xx, never a 5xx), Backstage's error body,
 * and a message naming the field broken. A failing operation is shrunk to a
 * small example; every operation runs, and the failures are thrown together,
 * each with its example and the seed and path that replay it. Returns what
 * each operation answered.
 */
export async function checkBadInput(
  options: CheckBadInputOptions,
): Promise<BadInputStats[]> {
  const seed = options.seed ?? DEFAULT_BAD_INPUT_SEED;
  const numRuns = options.numRuns ?? 25;
  const all: BadInputStats[] = [];
  const failures: string[] = [];
  for (const op of badRequestsByOperation(options.document, options)) {
    const stats = newStats(op);
    all.push(stats);
    let last: string | undefined;
    try {
      await fc.assert(
        fc.asyncProperty(op.requests, async request => {
          const { answer, problems } = await sendAndJudge(
            options,
            stats,
            request,
          );
          if (problems.length) {
            last = describeFailure(request, answer, problems);
            throw new Error(problems.join('; '));
          }
        }),
        { numRuns, seed },
      );
    } catch (error) {
      const replay = /path: "([^"]*)"/.exec(String(error))?.[1];
      failures.push(
        `${op.operationId} (${op.method} ${op.route}), seed ${seed}${
          replay ? `, path "${replay}"` : ''
        }: ${last ?? clip(String((error as Error)?.message ?? error), 1000)}`,
      );
    }
  }
  if (failures.length)
    throw new Error(
      `${
        failures.length
      } operation(s) answered bad input wrongly (seed ${seed}; rerun with the same seed to replay):\n\n${failures.join(
        '\n\n',
      )}`,
    );
  return all;
}

/**
 * Sends `numRuns` bad requests to each operation and counts the answers,
 * asserting nothing: for a bench, which reports every wrong answer instead
 * of stopping at the first.
 */
export async function runBadInput(
  options: CheckBadInputOptions,
): Promise<BadInputStats[]> {
  const seed = options.seed ?? DEFAULT_BAD_INPUT_SEED;
  const all: BadInputStats[] = [];
  for (const op of badRequestsByOperation(options.document, options)) {
    const stats = newStats(op);
    all.push(stats);
    await fc.assert(
      fc.asyncProperty(op.requests, async request => {
        await sendAndJudge(options, stats, request);
      }),
      { numRuns: options.numRuns ?? 1000, seed },
    );
  }
  return all;
}

/** The answers of {@link runBadInput} as a Markdown table, with the wrong answers' examples under it. */
export function formatBadInputTable(stats: BadInputStats[]): string {
  const count = (s: BadInputStats, cls: string) => s.byClass[cls] ?? 0;
  const rows = stats.map(s => {
    const other = Object.entries(s.byClass)
      .filter(([cls]) => !['2xx', '4xx', '5xx'].includes(cls))
      .map(([cls, n]) => `${n} ${cls}`)
      .join(', ');
    return [
      `${s.method} ${s.route}`,
      String(s.cases),
      String(count(s, '4xx')),
      String(count(s, '5xx')),
      String(count(s, '2xx')),
      other || '0',
      String(s.wrong),
      s.slowest
        ? `${s.slowest.ms.toFixed(1)} ms (${s.slowest.status}, ${(s.slowest
            .mistake.length > 80
            ? `${s.slowest.mistake.slice(0, 80)}…`
            : s.slowest.mistake
          ).replace(/\|/g, '\\|')})`
        : '-',
    ];
  });
  const header = [
    'route',
    'cases',
    '4xx',
    '5xx',
    '2xx',
    'other',
    'wrong answers',
    'slowest answer',
  ];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ];
  const examples = stats.flatMap(s =>
    s.examples.map(e => `${s.method} ${s.route}: ${e}`),
  );
  return [
    ...lines,
    ...(examples.length
      ? ['', 'Wrong answers (at most 3 a route):', ...examples]
      : []),
  ].join('\n');
}

/** A {@link BadInputSend} over fetch, for a server listening at `baseUrl`. */
export function fetchSender(options: {
  baseUrl: string;
  headers?: Record<string, string>;
}): BadInputSend {
  return async request => {
    const res = await fetch(`${options.baseUrl}${requestUrl(request)}`, {
      method: request.method,
      headers: { ...options.headers, ...request.headers },
      body: request.body,
      redirect: 'manual',
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: judged as it is.
    }
    return { status: res.status, body };
  };
}

/**
 * Answers errors as Backstage's error middleware does (its status, and
 * `{ error, request, response }`), for benches that serve a router without
 * a Backstage backend around it.
 */
export function backstageErrorHandler(): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const statusCode = statusOf(error);
    res.status(statusCode).json({
      error: serializeError(error),
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode },
    });
  };
}

/**
 * The strings (and lists) of a document's parameters and JSON bodies that
 * have no length bound (`maxLength`, `maxItems`, an enum or a bounded
 * format), as `METHOD /path where.name`: what the generator cannot test a
 * bound of.
 */
export function unboundedFields(document: object): string[] {
  const reader = new SchemaReader(document as Schema);
  const bounded = new Set(['uuid', 'date', 'date-time']);
  const found: string[] = [];
  const visit = (
    schema: unknown,
    name: string,
    where: string,
    seen: Set<Schema>,
  ) => {
    const s = reader.normalize(schema);
    if (seen.has(s)) return;
    const inner = new Set(seen).add(s);
    for (const v of reader.variants(s) ?? []) visit(v, name, where, inner);
    const type = reader.typeOf(s);
    // An anchored pattern without * or + (`^[0-9a-f-]{36}$`) bounds it too.
    const boundedPattern =
      typeof s.pattern === 'string' &&
      /^\^.*\$$/.test(s.pattern) &&
      !/[*+]|\{\d*,\}/.test(s.pattern);
    if (
      type === 'string' &&
      s.maxLength === undefined &&
      !Array.isArray(s.enum) &&
      !bounded.has(s.format) &&
      s.format !== 'binary' &&
      !boundedPattern
    )
      found.push(`${where}${name}`);
    if (type === 'array') {
      if (s.maxItems === undefined && where !== 'query.')
        found.push(`${where}${name}[]`);
      visit(s.items ?? {}, `${name}[]`, where, inner);
    }
    for (const [key, prop] of Object.entries<any>(s.properties ?? {}))
      visit(prop, name ? `${name}.${key}` : key, where, inner);
  };
  for (const op of reader.operations()) {
    const before = found.length;
    for (const p of op.parameters)
      visit(p.schema, p.name, `${p.in}.`, new Set());
    for (const b of op.body)
      if (/json/i.test(b.type)) visit(b.schema, '', 'body.', new Set());
    for (let i = before; i < found.length; i++)
      found[i] = `${op.method} ${op.route} ${found[i]}`;
  }
  return found;
}
