import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { z } from 'zod';

// The actions registry hands an action's schema functions its own zod (the
// v3 API of the zod that @backstage/backend-plugin-api depends on), which
// the plugin's schemas are not built with; these types name its parts.
type RegistrySchema = Parameters<
  ActionsRegistryService['register']
>[0]['schema'];
/** The zod the actions registry passes to an action's schema functions. */
export type RegistryZod = Parameters<RegistrySchema['input']>[0];
/** An action's input schema, in the registry's zod. */
export type RegistryInputSchema = ReturnType<RegistrySchema['input']>;
/** One field of it. */
type RegistryField = Parameters<RegistryZod['array']>[0];

/** An action's example, its input typed as the schema it is parsed with takes it. */
export interface ActionExample<TInput, TOutput = never> {
  title: string;
  description?: string;
  input: TInput;
  output?: TOutput;
}

/** One field of a schema, loosened to its type: strings, numbers, booleans, enums, arrays. */
function typeOnly(zod: RegistryZod, schema: z.ZodTypeAny): RegistryField {
  const def = schema._def;
  let loose: RegistryField;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    loose = typeOnly(zod, def.innerType).optional();
  else if (schema instanceof z.ZodNullable)
    loose = typeOnly(zod, def.innerType).nullable();
  else if (schema instanceof z.ZodEffects) loose = typeOnly(zod, def.schema);
  else if (schema instanceof z.ZodPipeline) loose = typeOnly(zod, def.in);
  else if (schema instanceof z.ZodArray)
    loose = zod.array(typeOnly(zod, def.type));
  else if (schema instanceof z.ZodEnum) loose = zod.enum(def.values);
  else if (schema instanceof z.ZodString) loose = zod.string();
  else if (schema instanceof z.ZodNumber) loose = zod.number();
  else if (schema instanceof z.ZodBoolean) loose = zod.boolean();
  else throw new Error(`typesOnly: no loose form of ${def.typeName}`);
  return schema.description ? loose.describe(schema.description) : loose;
}

/**
 * An action's input from one of the HTTP API's strict schemas
 * (../service/schemas.ts): its fields with only their types, enums and
 * descriptions, plus `extra` fields as they are. The registry checks input
 * against that first and answers a mismatch with a bare "Invalid input";
 * the action then parses with the strict schema itself, so that an agent
 * hears what the HTTP API would say, naming the field and the fix.
 */
export function typesOnly(
  zod: RegistryZod,
  schema: z.AnyZodObject,
  extra: Record<string, RegistryField> = {},
): RegistryInputSchema {
  const shape: Record<string, RegistryField> = {};
  for (const [key, field] of Object.entries(schema.shape))
    shape[key] = typeOnly(zod, field as z.ZodTypeAny);
  return zod.object({ ...shape, ...extra });
}
