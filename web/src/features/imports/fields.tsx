import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { OptionSchema } from '../../api/types.ts';
import { useTerritory } from '../../app/levels.ts';
import { useNames } from '../../app/names.ts';
import { useResource } from '../../app/useResource.ts';

/**
 * How an importer option is edited, chosen from its JSON Schema: the first widget that matches
 * wins. Options named `country` and `level` get lists of what the database holds; others get a
 * control for their type. A new kind of option is one entry here.
 */
export interface FieldProps {
  name: string;
  schema: OptionSchema;
  value: unknown;
  onChange(value: unknown): void;
  /** Every value of the form, for options that depend on another (levels of the chosen country). */
  values: Record<string, unknown>;
  id: string;
}

interface Widget {
  matches(name: string, schema: OptionSchema): boolean;
  render(p: FieldProps): ReactNode;
}

const typeOf = (s: OptionSchema) => (Array.isArray(s.type) ? s.type[0] : s.type);

export const WIDGETS: Widget[] = [
  { matches: (n, s) => n === 'country' && typeOf(s) === 'string', render: (p) => <CountryField {...p} /> },
  { matches: (n, s) => n === 'level' && typeOf(s) === 'string', render: (p) => <LevelField {...p} /> },
  { matches: (_, s) => Array.isArray(s.enum), render: (p) => <EnumField {...p} /> },
  { matches: (_, s) => typeOf(s) === 'boolean', render: (p) => <BooleanField {...p} /> },
  { matches: (_, s) => typeOf(s) === 'integer' || typeOf(s) === 'number', render: (p) => <NumberField {...p} /> },
  { matches: () => true, render: (p) => <TextField {...p} /> },
];

export function widgetFor(name: string, schema: OptionSchema): Widget {
  return WIDGETS.find((w) => w.matches(name, schema)) as Widget;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function CountryField({ value, onChange, id }: FieldProps) {
  const { t } = useTranslation();
  const { primary } = useNames();
  const countries = useResource((s) => api.countries(s), []);
  return (
    <select id={id} value={str(value)} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{t('imports.choose')}</option>
      {countries.data?.map((c) => (
        <option key={c.code} value={c.code}>
          {primary(c.names)} ({c.code}){c.fictional ? ` — ${t('shell.fictionalShort')}` : ''}
        </option>
      ))}
    </select>
  );
}

function LevelField({ value, onChange, values, id }: FieldProps) {
  const { t } = useTranslation();
  const country = typeof values.country === 'string' && values.country ? values.country : null;
  const territory = useTerritory(country);
  return (
    <select id={id} value={str(value)} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{t('imports.unset')}</option>
      {territory.levels.map((l) => (
        <option key={l.id} value={l.id}>
          {territory.levelName(l.id)}
        </option>
      ))}
    </select>
  );
}

function EnumField({ name, schema, value, onChange, id }: FieldProps) {
  const { t } = useTranslation();
  return (
    <select id={id} value={str(value ?? schema.default)} onChange={(e) => onChange(e.target.value)}>
      {schema.default === undefined && <option value="">{t('imports.unset')}</option>}
      {schema.enum?.map((v) => (
        <option key={String(v)} value={String(v)}>
          {t(`imports.enum.${name}.${String(v)}`, { defaultValue: String(v) })}
        </option>
      ))}
    </select>
  );
}

function BooleanField({ schema, value, onChange, id }: FieldProps) {
  return (
    <input id={id} type="checkbox" checked={Boolean(value ?? schema.default)} onChange={(e) => onChange(e.target.checked)} />
  );
}

function NumberField({ schema, value, onChange, id }: FieldProps) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      dir="ltr"
      min={schema.minimum}
      max={schema.maximum}
      step={typeOf(schema) === 'integer' ? 1 : 'any'}
      value={str(value)}
      placeholder={str(schema.default)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    />
  );
}

function TextField({ schema, value, onChange, id }: FieldProps) {
  return (
    <input
      id={id}
      type="text"
      dir="auto"
      value={str(value)}
      placeholder={str(schema.default)}
      pattern={schema.pattern}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
    />
  );
}
