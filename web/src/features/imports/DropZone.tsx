import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';

/** A file input that also takes a file dropped on it. The file never leaves the browser until checked. */
export function DropZone({ accepts, file, onFile }: { accepts: string[]; file: File | null; onFile: (f: File | null) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only a drop target; the file input inside is the accessible control
    <div
      className={`drop-zone${over ? ' is-over' : ''}${file ? ' has-file' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={accepts.join(',')}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
      <label htmlFor={id}>
        {file ? (
          <>
            <strong dir="auto">{file.name}</strong> <span className="muted">({fmt.bytes(file.size)})</span>
            <span className="drop-zone-hint">{t('imports.changeFile')}</span>
          </>
        ) : (
          <>
            <strong>{t('imports.dropHere')}</strong>
            <span className="drop-zone-hint">{accepts.length ? t('imports.accepted', { list: accepts.join(' ') }) : ''}</span>
          </>
        )}
      </label>
    </div>
  );
}
