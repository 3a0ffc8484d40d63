import request from 'supertest';
import {
  BadInputSend,
  BadRequest,
  DEFAULT_BAD_INPUT_SEED,
  requestUrl,
} from '../badInput';

/**
 * The seed and number of cases of a generated bad-input test:
 * FITSYS_BAD_INPUT_SEED and FITSYS_BAD_INPUT_RUNS replay a failure or run
 * more cases.
 *
 * @public
 */
export function badInputRunOptions(defaultRuns = 25): {
  seed: number;
  numRuns: number;
} {
  return {
    seed: Number(process.env.FITSYS_BAD_INPUT_SEED ?? DEFAULT_BAD_INPUT_SEED),
    numRuns: Number(process.env.FITSYS_BAD_INPUT_RUNS ?? defaultRuns),
  };
}

/**
 * A {@link BadInputSend} through supertest, to the plugin mounted at `base`
 * of a test backend's `server`, with the `authorization` header.
 *
 * @public
 */
export function supertestBadInputSender(options: {
  server: any;
  base: string;
  authorization: string;
}): BadInputSend {
  const { server, base, authorization } = options;
  return async (req: BadRequest) => {
    let test: request.Test = (request(server) as any)
      [req.method.toLowerCase()](`${base}${requestUrl(req)}`)
      .set('authorization', authorization);
    for (const [name, value] of Object.entries(req.headers))
      test = test.set(name, value);
    // The bytes as they are: superagent would otherwise write a Buffer as
    // JSON (or as a form) for the Content-Type it is labelled with. Its
    // types want a string back; it sends a Buffer as it is.
    if (req.body)
      test = test
        .serialize(((bytes: Buffer) => bytes) as unknown as () => string)
        .send(req.body);
    const res = await test;
    return {
      status: res.status,
      body: /json/.test(res.headers['content-type'] ?? '')
        ? res.body
        : res.text,
    };
  };
}
