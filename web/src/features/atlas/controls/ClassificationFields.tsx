import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFIERS } from '../../../../../src/core/map/classify/index.ts';
import { CLASSIFICATION_METHODS, type ChoroplethLayer } from '../../../../../src/core/map/document.ts';
import type { ChoroplethLegend } from '../../../../../src/core/map/legend.ts';
import { Field } from './Field.tsx';

type Classification = ChoroplethLayer['classification'];

/** Method (the classify registry), number of classes, and the limits themselves for manual breaks. */
export function ClassificationFields({
  value,
  legend,
  onChange,
}: {
  value: Classification;
  legend: ChoroplethLegend | undefined;
  onChange(c: Classification): void;
}) {
  const { t } = useTranslation();
  const cap = CLASSIFIERS[value.method].classesAreACap;
  const setMethod = (method: Classification['method']) =>
    onChange(
      method === 'manual'
        ? { method, classes: value.classes, breaks: seedBreaks(legend, value.classes) }
        : { method, classes: value.classes },
    );
  const setClasses = (classes: number) =>
    onChange(
      value.method === 'manual'
        ? { ...value, classes, breaks: seedBreaks(legend, classes, value.breaks) }
        : { ...value, classes },
    );
  return (
    <>
      <Field label={t('atlas.classification.method')} name="method">
        <select value={value.method} onChange={(e) => setMethod(e.target.value as Classification['method'])}>
          {CLASSIFICATION_METHODS.map((m) => (
            <option key={m} value={m} title={CLASSIFIERS[m].description}>
              {t(`map:methods.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t(cap ? 'atlas.classification.maxClasses' : 'atlas.classification.classes')} name="classes">
        <input
          type="number"
          min={2}
          max={12}
          value={value.classes}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 2 && n <= 12) setClasses(n);
          }}
        />
      </Field>
      {value.method === 'manual' && (
        <BreakInputs
          key={`${value.classes}:${(value.breaks ?? []).join(',')}`}
          breaks={value.breaks ?? []}
          onChange={(breaks) => onChange({ ...value, breaks })}
        />
      )}
    </>
  );
}

/** One input per limit; the document changes only once the limits are numbers, increasing. */
function BreakInputs({ breaks, onChange }: { breaks: number[]; onChange(b: number[]): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(breaks.map(String));
  const numbers = text.map((s) => Number(s.replace(',', '.')));
  const valid =
    text.every((s) => s.trim() !== '') &&
    numbers.every(Number.isFinite) &&
    numbers.every((x, i) => i === 0 || x > (numbers[i - 1] as number));
  return (
    <fieldset className="breaks">
      <legend>{t('atlas.classification.breaks')}</legend>
      {text.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: limits are edited in place, by position
        <Field key={i} label={t('atlas.classification.breakN', { n: i + 1 })} name={`break-${i}`}>
          <input
            inputMode="decimal"
            dir="ltr"
            value={s}
            onChange={(e) => setText(text.map((x, j) => (j === i ? e.target.value : x)))}
            onBlur={() => valid && onChange(numbers)}
            onKeyDown={(e) => e.key === 'Enter' && valid && onChange(numbers)}
          />
        </Field>
      ))}
      {!valid && <p className="field-error">{t('atlas.classification.breaksInvalid')}</p>}
    </fieldset>
  );
}

/** Limits to start manual editing from: the ones the previous method computed, else equal steps. */
function seedBreaks(legend: ChoroplethLegend | undefined, classes: number, previous?: number[]): number[] {
  const want = classes - 1;
  if (previous && previous.length === want) return previous;
  if (legend && legend.breaks.length === want) return legend.breaks.map(round);
  const lo = legend?.classes[0]?.lower ?? 0;
  const hi = legend?.classes.at(-1)?.upper ?? 100;
  return Array.from({ length: want }, (_, i) => round(lo + ((hi - lo) * (i + 1)) / classes));
}

function round(x: number): number {
  const a = Math.abs(x);
  const d = a >= 100 ? 0 : a >= 1 ? 2 : 4;
  return Number(x.toFixed(d));
}
