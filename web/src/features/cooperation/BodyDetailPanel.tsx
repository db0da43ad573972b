import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useFormat } from '../../app/format.ts';
import { ErrorNote, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { MemberTable } from './MemberTable.tsx';

/** One body: what it is, on what basis, what it does, and who belongs to it since when. */
export function BodyDetailPanel({ country, code }: { country: string; code: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const res = useResource((s) => api.body(country, code, s), [country, code]);
  if (res.error) return <ErrorNote error={res.error} onRetry={res.reload} />;
  const b = res.data?.code === code ? res.data : null;
  if (!b) return <Loading />;
  const facts: [string, string | null][] = [
    ['cooperation.status', b.status ? t(`cooperation.statuses.${b.status}`, { defaultValue: b.status }) : null],
    ['cooperation.created', b.createdOn ? fmt.date(b.createdOn) : null],
    ['cooperation.dissolvedOn', b.dissolvedOn ? fmt.date(b.dissolvedOn) : null],
    ['cooperation.legalBasis', b.legalBasis],
    ['cooperation.notes', b.notes],
  ];
  return (
    <article className="body-detail">
      <p className="eyebrow">{t(`common:bodyTypes.${b.type}`, { defaultValue: b.type })}</p>
      <h2>
        <bdi>{b.name}</bdi>
      </h2>
      <dl className="facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd dir="auto">{v}</dd>
            </div>
          ))}
        <div>
          <dt>{t('cooperation.competences')}</dt>
          <dd>
            {b.competences.length === 0
              ? t('cooperation.noCompetences')
              : b.competences.map((c) => (
                  <span key={c} className="chip">
                    {t(`cooperation.competence.${c}`, { defaultValue: c })}
                  </span>
                ))}
          </dd>
        </div>
        {b.sourceUrl && (
          <div>
            <dt>{t('cooperation.source')}</dt>
            <dd>
              <a href={b.sourceUrl} rel="noreferrer noopener" target="_blank" dir="ltr">
                {new URL(b.sourceUrl).hostname}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <h3>
        {t('cooperation.membersTitle')} <span className="count">{b.members}</span>
      </h3>
      <MemberTable country={country} body={b} />
      {b.events.length > 0 && (
        <>
          <h3>{t('cooperation.events')}</h3>
          <ul className="plain-list">
            {b.events.map((e) => (
              <li key={`${e.occurredOn}-${e.kind}-${e.description}`}>
                <span className="muted">{fmt.date(e.occurredOn)}</span>{' '}
                {t(`cooperation.eventKind.${e.kind}`, { defaultValue: e.kind })}
                {e.description && ` — ${e.description}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
