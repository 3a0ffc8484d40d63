import {
  Content,
  Header,
  HeaderLabel,
  HeaderTabs,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';
import { rootRouteRef } from '../../routes';
import { LIFECYCLE_LABELS, shortRef } from '../shared';
import { AdoptersTab } from './AdoptersTab';
import { ArchitectureNotices } from './ArchitectureNotices';
import { DecisionsTab } from './DecisionsTab';
import { DiagramTab } from './DiagramTab';
import { OverviewTab } from './OverviewTab';
import { QualityTab } from './QualityTab';
import { VersionsTab } from './VersionsTab';

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'diagram', label: 'Diagram' },
  { id: 'quality', label: 'Quality attributes' },
  { id: 'adopters', label: 'Adopters' },
  { id: 'versions', label: 'Versions' },
  { id: 'decisions', label: 'Decisions' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** One reference architecture: a version in full, its adopters, versions and decisions. */
export function ArchitecturePage() {
  const { name = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const api = useApi(referenceArchitecturesApiRef);
  const rootPath = useRouteRef(rootRouteRef);
  const version = params.get('version') ?? undefined;
  const asked = params.get('tab');
  // A link naming two versions (a notification's) opens on their difference.
  const fallback: TabId =
    params.has('from') || params.has('to') ? 'versions' : 'overview';
  const tab: TabId = TABS.some(t => t.id === asked)
    ? (asked as TabId)
    : fallback;
  const selectTab = useCallback(
    (index: number) =>
      setParams(
        previous => {
          const next = new URLSearchParams(previous);
          next.set('tab', TABS[index].id);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const { value, loading, error } = useAsync(
    () => api.getArchitecture(name, version),
    [api, name, version],
  );

  const spec = value?.version.spec;
  return (
    <Page themeId="tool">
      <Header
        title={value?.version.title ?? name}
        subtitle={value?.version.description}
        type="Reference architecture"
        typeLink={rootPath()}
      >
        {spec && (
          <>
            <HeaderLabel label="Version" value={spec.version} />
            <HeaderLabel
              label="Lifecycle"
              value={LIFECYCLE_LABELS[spec.lifecycle] ?? spec.lifecycle}
            />
            <HeaderLabel label="Owner" value={shortRef(spec.owner)} />
          </>
        )}
      </Header>
      {value && (
        <HeaderTabs
          tabs={[...TABS]}
          selectedIndex={TABS.findIndex(t => t.id === tab)}
          onChange={selectTab}
        />
      )}
      <Content>
        {loading && <Progress />}
        {error && (
          <LoadErrorPanel
            error={error}
            what={
              version
                ? `Version ${version} of reference architecture "${name}"`
                : `Reference architecture "${name}"`
            }
            back={{ label: 'Back to the library', to: rootPath() }}
          />
        )}
        {value && (
          <>
            <ArchitectureNotices detail={value} />
            {tab === 'overview' && <OverviewTab detail={value} />}
            {tab === 'diagram' && <DiagramTab spec={value.version.spec} />}
            {tab === 'quality' && <QualityTab spec={value.version.spec} />}
            {tab === 'adopters' && <AdoptersTab detail={value} />}
            {tab === 'versions' && <VersionsTab detail={value} />}
            {tab === 'decisions' && (
              <DecisionsTab decisions={value.version.spec.decisions ?? []} />
            )}
          </>
        )}
      </Content>
    </Page>
  );
}
