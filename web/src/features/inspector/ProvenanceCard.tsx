import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { Card, Code } from '../../app/ui.tsx';

/** Where this record comes from: the file and row, who imported it and when. */
export function ProvenanceCard({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const p = unit.provenance;
  return (
    <Card title={t('inspector.provenance')}>
      <table className="table table-keyed">
        <tbody>
          <tr>
            <th scope="row">{t('inspector.file')}</th>
            <td>{p.file ? <Code>{p.file}</Code> : '—'}</td>
          </tr>
          {p.row !== null && (
            <tr>
              <th scope="row">{t('inspector.row')}</th>
              <td className="num">{p.row}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{t('inspector.author')}</th>
            <td>{p.author}</td>
          </tr>
          <tr>
            <th scope="row">{t('inspector.date')}</th>
            <td>{fmt.dateTime(p.at)}</td>
          </tr>
          <tr>
            <th scope="row">{t('inspector.operation')}</th>
            <td>
              <Link to={paths.importEntry(p.operation)}>{t('inspector.operationNo', { id: p.operation })}</Link>
            </td>
          </tr>
        </tbody>
      </table>
    </Card>
  );
}
