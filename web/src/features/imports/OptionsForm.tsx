import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectSchema, OptionSchema } from '../../api/types.ts';
import { widgetFor } from './fields.tsx';

/**
 * The options of an importer, generated from its JSON Schema (`/api/importers`). Required options
 * come first; the others, which have sensible defaults, wait folded under "More options".
 */
export function OptionsForm({
  importer,
  schema,
  values,
  onChange,
}: {
  importer: string;
  schema: ObjectSchema;
  values: Record<string, unknown>;
  onChange: (v: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const set = (name: string, v: unknown) => {
    const next = { ...values };
    if (v === undefined) delete next[name];
    else next[name] = v;
    onChange(next);
  };
  const field = ([name, s]: (typeof entries)[number]) => (
    <Field key={name} importer={importer} name={name} schema={s} required={required.has(name)} values={values} set={set} />
  );
  const first = entries.filter(([n]) => required.has(n));
  const more = entries.filter(([n]) => !required.has(n));
  if (entries.length === 0) return null;
  return (
    <div className="options-form">
      {first.map(field)}
      {more.length > 0 && (
        <details className="more-options">
          <summary>{t('imports.moreOptions', { count: more.length })}</summary>
          {more.map(field)}
        </details>
      )}
    </div>
  );
}

function Field({
  importer,
  name,
  schema,
  required,
  values,
  set,
}: {
  importer: string;
  name: string;
  schema: OptionSchema;
  required: boolean;
  values: Record<string, unknown>;
  set: (name: string, v: unknown) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  // The sentence the command line shows for this option, in every language (checked by test/i18n).
  const help = t(`cli:options.${importer}.${name}`, { defaultValue: schema.description ?? '' });
  return (
    <div className="field" data-option={name}>
      <label htmlFor={id}>
        {t(`imports.option.${name}`, { defaultValue: name })}
        {required && (
          <span className="required" title={t('imports.required')}>
            {' *'}
            <span className="visually-hidden">{t('imports.required')}</span>
          </span>
        )}
      </label>
      {widgetFor(name, schema).render({ name, schema, value: values[name], onChange: (v) => set(name, v), values, id })}
      {help && <small className="help">{help}</small>}
    </div>
  );
}
