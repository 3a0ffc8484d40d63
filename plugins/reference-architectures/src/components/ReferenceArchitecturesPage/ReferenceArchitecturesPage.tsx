import { Content, Header, HeaderTabs, Page } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { decisionsRouteRef, rootRouteRef } from '../../routes';
import { ArchitecturePage } from '../Architecture';
import { ComparePage } from '../Compare';
import { DecisionsView } from '../Decisions';
import { LibraryView } from '../Library';

const TABS = [
  { id: 'library', label: 'Library' },
  { id: 'decisions', label: 'Decisions and revisits' },
];

function LibraryHome(props: { tab: 'library' | 'decisions' }) {
  const navigate = useNavigate();
  const rootPath = useRouteRef(rootRouteRef);
  const decisionsPath = useRouteRef(decisionsRouteRef);
  return (
    <Page themeId="tool">
      <Header
        title="Reference architectures"
        subtitle="Proven starting points with their trade-offs, and who follows which version how well"
      />
      <HeaderTabs
        tabs={TABS}
        selectedIndex={props.tab === 'library' ? 0 : 1}
        onChange={index => navigate(index === 0 ? rootPath() : decisionsPath())}
      />
      <Content>
        {props.tab === 'library' ? <LibraryView /> : <DecisionsView />}
      </Content>
    </Page>
  );
}

/** The library, the decisions, the comparison, and a page per reference architecture. */
export function ReferenceArchitecturesPage() {
  return (
    <Routes>
      <Route path="/" element={<LibraryHome tab="library" />} />
      <Route path="/decisions" element={<LibraryHome tab="decisions" />} />
      <Route path="/compare" element={<ComparePage />} />
      <Route path="/:name" element={<ArchitecturePage />} />
    </Routes>
  );
}
