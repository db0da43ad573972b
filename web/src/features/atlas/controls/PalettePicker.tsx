import { useTranslation } from 'react-i18next';
import { PALETTES, type PaletteKind, paletteColors } from '../../../../../src/core/map/palettes.ts';
import { Check } from './Field.tsx';

interface Props {
  scheme: string;
  reverse: boolean;
  /** How many colours to show in each swatch (the number of classes). */
  count: number;
  kinds: PaletteKind[];
  onChange(p: { scheme: string; reverse?: boolean }): void;
}

/** ColorBrewer schemes as clickable swatches, by kind, with a "reverse" switch. */
export function PalettePicker({ scheme, reverse, count, kinds, onChange }: Props) {
  const { t } = useTranslation();
  const n = Math.max(3, Math.min(count, 9));
  const keepReverse = reverse ? { reverse: true } : {};
  return (
    <fieldset className="palette-picker">
      <legend>{t('atlas.palette.title')}</legend>
      {kinds.map((kind) => (
        <div key={kind} className="palette-group">
          <span className="palette-kind">{t(`atlas.palette.kinds.${kind}`)}</span>
          <div className="palette-swatches">
            {PALETTES.filter((p) => p.kind === kind).map((p) => (
              <button
                key={p.name}
                type="button"
                className="palette"
                data-scheme={p.name}
                title={p.name}
                aria-label={p.name}
                aria-pressed={p.name === scheme}
                onClick={() => onChange({ scheme: p.name, ...keepReverse })}
              >
                {paletteColors(p.name, n, reverse).map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a palette may repeat a colour
                  <span key={i} style={{ background: c }} />
                ))}
              </button>
            ))}
          </div>
        </div>
      ))}
      <Check
        name="reverse"
        label={t('atlas.palette.reverse')}
        checked={reverse}
        onChange={(v) => onChange({ scheme, ...(v ? { reverse: true } : {}) })}
      />
    </fieldset>
  );
}
