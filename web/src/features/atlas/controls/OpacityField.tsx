import { useTranslation } from 'react-i18next';
import { Field } from './Field.tsx';

export function OpacityField({ value, onChange }: { value: number | undefined; onChange(v: number): void }) {
  const { t } = useTranslation();
  const v = value ?? 1;
  return (
    <Field label={`${t('atlas.display.opacity')} · ${Math.round(v * 100)} %`} name="opacity">
      <input type="range" min={0.2} max={1} step={0.05} value={v} onChange={(e) => onChange(Number(e.target.value))} />
    </Field>
  );
}
