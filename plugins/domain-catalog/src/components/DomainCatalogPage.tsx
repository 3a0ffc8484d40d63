import {
  Content,
  Header,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import { Route, Routes, useParams } from 'react-router-dom';
import { ContextDetailsView } from './Context/ContextDetailsView';
import { ContextMapView } from './ContextMap/ContextMapView';
import { DriftPage } from './Drift/DriftPage';
import { GlossaryPage } from './Glossary/GlossaryPage';
import { CmlImportPage } from './Import/CmlImportPage';

function ContextRoute() {
  const { namespace, name } = useParams();
  return (
    <Content>
      <ContextDetailsView namespace={namespace!} name={name!} />
    </Content>
  );
}

/** The domain catalog: context map, glossary, drift, CML import, and a page per context. */
export function DomainCatalogPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Domain catalog"
        subtitle="Bounded contexts, their relationships and their language, checked against the catalog"
      />
      <Routes>
        <Route path="/contexts/:namespace/:name" element={<ContextRoute />} />
        <Route
          path="/*"
          element={
            <TabbedLayout>
              <TabbedLayout.Route path="/" title="Context map">
                <ContextMapView />
              </TabbedLayout.Route>
              <TabbedLayout.Route path="/glossary" title="Glossary">
                <GlossaryPage />
              </TabbedLayout.Route>
              <TabbedLayout.Route path="/drift" title="Drift">
                <DriftPage />
              </TabbedLayout.Route>
              <TabbedLayout.Route path="/import" title="Import CML">
                <CmlImportPage />
              </TabbedLayout.Route>
            </TabbedLayout>
          }
        />
      </Routes>
    </Page>
  );
}
