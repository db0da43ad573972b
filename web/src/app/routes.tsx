import type { ReactNode } from 'react';
import { CooperationPage } from '../features/cooperation/CooperationPage.tsx';
import { ImportsPage } from '../features/imports/ImportsPage.tsx';
import { TerritoryList } from '../features/territory/TerritoryList.tsx';
import { TerritoryPage } from '../features/territory/TerritoryPage.tsx';
import type { Params } from './router.tsx';

/** Which item of the main navigation a screen belongs to. */
export type Section = 'territory' | 'cooperation' | 'imports';

export interface Screen {
  path: string;
  section: Section;
  render(params: Params, search: URLSearchParams): ReactNode;
}

/** The screens of the app: one entry per URL shape. A new screen is one line here. */
export const SCREENS: Screen[] = [
  { path: '/', section: 'territory', render: () => <TerritoryList /> },
  { path: '/t/:country', section: 'territory', render: (p) => <TerritoryPage country={p.country as string} /> },
  {
    path: '/t/:country/u/:code',
    section: 'territory',
    render: (p, s) => <TerritoryPage country={p.country as string} code={p.code as string} level={s.get('level')} />,
  },
  {
    path: '/t/:country/cooperation',
    section: 'cooperation',
    render: (p, s) => <CooperationPage country={p.country as string} within={s.get('within')} />,
  },
  {
    path: '/t/:country/cooperation/:body',
    section: 'cooperation',
    render: (p, s) => <CooperationPage country={p.country as string} within={s.get('within')} body={p.body as string} />,
  },
  { path: '/imports', section: 'imports', render: () => <ImportsPage /> },
  { path: '/imports/:id', section: 'imports', render: (p) => <ImportsPage entry={p.id as string} /> },
];
