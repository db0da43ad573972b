import { type Command, InvalidArgumentError, Option } from 'commander';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Turns an importer's zod options into command-line flags: `codeField` becomes `--code-field
 * <value>`, booleans become switches, enums list their choices, numbers are parsed. Help texts
 * come from i18n (`cli:options.<importer>.<name>`), falling back to the schema's description.
 */
export function addSchemaOptions(cmd: Command, importer: string, schema: z.ZodObject, t: TFunction) {
  for (const [key, field] of Object.entries(schema.shape)) {
    const info = describeField(field as z.ZodType);
    const flag = `--${kebab(key)}`;
    const help = t(`cli:options.${importer}.${key}`, { defaultValue: info.description ?? key });
    const opt = info.kind === 'boolean' ? new Option(flag, help) : new Option(`${flag} <value>`, help);
    if (info.kind === 'number') {
      opt.argParser((v) => {
        const n = Number(v);
        if (!Number.isFinite(n)) throw new InvalidArgumentError(t('cli:errors.notANumber', { value: v }));
        return n;
      });
    }
    if (info.choices) opt.choices(info.choices);
    if (info.required) opt.makeOptionMandatory(true);
    cmd.addOption(opt);
  }
}

/** Picks from commander's parsed options the keys of the schema (commander camel-cases flags). */
export function schemaValues(schema: z.ZodObject, opts: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (opts[key] !== undefined) out[key] = opts[key];
  return out;
}

interface FieldInfo {
  kind: string;
  required: boolean;
  choices?: string[];
  description?: string;
}

function describeField(field: z.ZodType): FieldInfo {
  let f = field as unknown as {
    _zod: { def: { type: string; innerType?: unknown; entries?: Record<string, string> } };
    description?: string;
  };
  const description = f.description;
  let required = true;
  for (let guard = 0; guard < 5 && ['optional', 'default', 'nullable'].includes(f._zod.def.type); guard++) {
    required = false;
    f = f._zod.def.innerType as typeof f;
  }
  const kind = f._zod.def.type;
  return {
    kind,
    required: required && kind !== 'boolean',
    choices: kind === 'enum' ? Object.values(f._zod.def.entries ?? {}) : undefined,
    description: description ?? f.description,
  };
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
