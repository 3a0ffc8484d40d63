import { z } from 'zod';

/**
 * A whole number in a query, given once as text (or as its default): a list,
 * an object or an empty value is not read as one, as z.coerce.number alone
 * would (`["5"]` as 5, `""` as 0).
 */
export const queryInteger = (min: number, max: number) =>
  z.preprocess(
    v =>
      v === undefined ||
      typeof v === 'number' ||
      (typeof v === 'string' && v.trim() !== '')
        ? v
        : NaN,
    z.coerce.number().int().min(min).max(max).optional(),
  );

/** A yes or no in a query, written true or false. */
export const queryBoolean = z
  .enum(['true', 'false'], {
    errorMap: () => ({ message: 'write true or false' }),
  })
  .transform(v => v === 'true');

/** The query of a route that takes no parameters: any is refused, not ignored. */
export const noQuery = z.object({}).strict();

/** Paging of a list: offset and limit, with the limit bounded. */
export const pageQuery = (maxLimit = 500, defaultLimit = 50) => ({
  offset: queryInteger(0, 1_000_000).default(0),
  limit: queryInteger(1, maxLimit).default(defaultLimit),
});
