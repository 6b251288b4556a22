/** The application shell: reads the view and its data source from the link, loads the dataset, then shows the explorer. */
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';

import { DATASET_IDS, DEFAULT_DATASET_ID } from '../../data/catalog';
import { type DataSource, hostOf } from '../../domain/dataSource';
import type { Dataset } from '../../domain/dataset';
import { datasetIds } from '../../domain/link/datasetIds';
import { DEFAULT_AUTHOR_SERVICES } from '../author/authorServices';
import type { AuthorServices } from '../author/authorTypes';
import { download, stemOf } from '../common/download';
import { type Loaded, type ShownReport, createDatasetService } from '../data/datasetService';
import type { OpenServices, RecentDataset } from '../data/serviceTypes';
import { DEFAULT_SERVICES } from '../data/services';
import { useDataset } from '../data/useDataset';
import { useOpenFlow } from '../data/useOpenFlow';
import { DropOverlay } from '../open/DropOverlay';
import { useTheme } from '../theme/useTheme';
import { useViewState } from '../view/useViewState';
import { Explorer } from './Explorer';
import { LinkNotice } from './LinkNotice';
import { DatasetErrorScreen, LoadingScreen } from './StatusScreens';
import { useAuthoring } from './useAuthoring';

// The dialogs load when first shown, keeping them off the start-up path.
const OpenDialog = lazy(() =>
  import('../open/OpenDialog').then((module) => ({ default: module.OpenDialog })),
);
// Shown only once data that is not built in is involved, which loads code anyway.
const SourceLines = lazy(() =>
  import('../open/SourceBanner').then((module) => ({ default: module.SourceLines })),
);
// Starting from a text and reviewing its suggestions load only when a person does so.
const NewFromTextDialog = lazy(() =>
  import('../author/NewFromTextDialog').then((module) => ({ default: module.NewFromTextDialog })),
);
const AuthorScreen = lazy(() =>
  import('../author/AuthorScreen').then((module) => ({ default: module.AuthorScreen })),
);
const ImportReport = lazy(() =>
  import('../open/ImportReport').then((module) => ({ default: module.ImportReport })),
);

const DEFAULT_SOURCE: DataSource = { kind: 'builtin', id: DEFAULT_DATASET_ID };

/** How the loading screen names what it loads. */
function loadingLabel(source: DataSource): string {
  switch (source.kind) {
    case 'builtin':
      return source.id;
    case 'url':
      return `from ${hostOf(source.url)}`;
    case 'link':
      return 'carried in this link';
    case 'file':
      return 'kept in this browser';
  }
}

/** `services`, `authorServices`: what opening data and authoring load on demand; tests pass fakes. */
export function App({
  services = DEFAULT_SERVICES,
  authorServices = DEFAULT_AUTHOR_SERVICES,
}: {
  services?: OpenServices;
  authorServices?: AuthorServices;
}) {
  // Owned here, above the explorer, so loading and error screens follow the theme too.
  const [theme, setTheme] = useTheme();
  // Owns the datasets opened in this session, so Back and Forward to them switch at once.
  const datasetService = useMemo(() => createDatasetService(services), [services]);
  const viewState = useViewState(DEFAULT_DATASET_ID, DATASET_IDS);
  const { view, source, openSource, update, notice, dismissNotice, adoptDataset, currentLink } =
    viewState;
  const [failure, setFailure] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [recent, setRecent] = useState<RecentDataset[] | null>(null);
  // The report of data a link named (`src`), opened on request from the line under the header.
  const [linkReport, setLinkReport] = useState<ShownReport | null>(null);

  // The link's actor and relation ids can only be checked once its dataset is known.
  const onLoaded = useCallback(
    (dataset: Dataset) => adoptDataset(datasetIds(dataset)),
    [adoptDataset],
  );
  // A link whose data cannot be opened still opens: the default dataset, with the reason.
  const onFailed = useCallback(
    (message: string) => {
      setFailure(message);
      openSource(DEFAULT_SOURCE, 'replace');
    },
    [openSource],
  );
  const load = useDataset(source, datasetService, onLoaded, onFailed);

  const onOpened = useCallback(
    (next: DataSource, loaded: Loaded) => {
      setFailure(null);
      openSource(next, 'push', datasetIds(loaded.dataset));
    },
    [openSource],
  );
  const flow = useOpenFlow(datasetService, onOpened);
  const authoring = useAuthoring(authorServices, viewState.openDraft, viewState.draft);

  const refreshRecent = useCallback(() => {
    void services
      .store()
      .then((store) => store.listDatasets())
      .then(setRecent, () => setRecent([]));
  }, [services]);

  const showDialog = () => {
    refreshRecent();
    setDialogOpen(true);
  };

  const forget = useCallback(
    (key: string) => {
      void (async () => {
        const store = await services.store();
        await store.forgetDataset(key).catch(() => undefined);
        datasetService.forget({ kind: 'file', key, data: null });
        if (source.kind === 'file' && source.key === key) openSource(DEFAULT_SOURCE, 'replace');
        refreshRecent();
      })();
    },
    [services, datasetService, source, openSource, refreshRecent],
  );

  const dialogs = (
    <Suspense fallback={null}>
      {authoring.dialogOpen && (
        <NewFromTextDialog
          drafts={authoring.drafts}
          failure={authoring.failure}
          onReopen={authoring.reopen}
          onForgetDraft={authoring.forget}
          onStart={authoring.start}
          onClose={authoring.closeDialog}
        />
      )}
      {flow.report && (
        <ImportReport
          report={flow.report.report}
          writer={flow.report.writer}
          onClose={flow.closeReport}
        />
      )}
    </Suspense>
  );

  // A draft under review (`?draft=`) has the page to itself; an embed never shows one.
  if (viewState.draft !== null && !viewState.embed) {
    return (
      <>
        <Suspense fallback={<LoadingScreen datasetId="the review" stage="loading" />}>
          <AuthorScreen
            key={viewState.draft}
            draftId={viewState.draft}
            theme={theme}
            onThemeChange={setTheme}
            services={authorServices}
            onPublish={(file, draft) =>
              flow.openAuthored(JSON.stringify(file), draft.title.trim() || file.title)
            }
            onExit={() => viewState.openDraft(null, 'push')}
            onNewFromText={authoring.showDialog}
          />
        </Suspense>
        {dialogs}
      </>
    );
  }

  if (load.status === 'loading' || (!load.ok && 'failure' in load)) {
    return (
      <LoadingScreen
        datasetId={loadingLabel(source)}
        stage={load.status === 'loading' ? load.stage : 'loading'}
      />
    );
  }
  if (!load.ok) return <DatasetErrorScreen datasetId={view.dataset} problems={load.problems} />;

  const { origin } = load;
  // A src= link tells what opening it skipped or repaired, as an opened file does.
  const linkOpened = origin.kind === 'url' ? load.report : null;
  const showLinkReport = () => {
    if (linkOpened === null) return;
    void services.open().then((writer) => setLinkReport({ report: linkOpened, writer }));
  };
  const viewOnlyLink =
    origin.kind === 'file' && source.kind === 'file' && source.data === null
      ? {
          dataName: origin.name,
          onDownload: () =>
            download(origin.graphText, `${stemOf(origin.name)}.graph.json`, 'application/json'),
        }
      : undefined;

  return (
    <>
      <Explorer
        dataset={load.dataset}
        view={view}
        onUpdate={update}
        currentLink={currentLink}
        theme={theme}
        onThemeChange={setTheme}
        headerActions={
          <>
            <button type="button" className="button" aria-haspopup="dialog" onClick={showDialog}>
              Open…
            </button>
            <button
              type="button"
              className="button"
              aria-haspopup="dialog"
              aria-label="New from text…"
              onClick={authoring.showDialog}
            >
              {/* A phone's header has room for one word, as for the embed code. */}
              <span className="embed-label-long">New from text…</span>
              <span className="embed-label-short" aria-hidden="true">
                Text…
              </span>
            </button>
          </>
        }
        viewOnlyLink={viewOnlyLink}
        embedded={viewState.embed}
        addressOf={viewState.addressOf}
        notice={
          <>
            {(failure !== null || flow.progress || flow.status || origin.kind !== 'builtin') && (
              <Suspense fallback={null}>
                <SourceLines
                  origin={origin}
                  onForget={() => origin.kind === 'file' && forget(origin.key)}
                  failure={failure}
                  onDismissFailure={() => setFailure(null)}
                  progress={flow.progress}
                  onCancel={flow.cancel}
                  status={flow.status}
                  onDismissStatus={flow.clearStatus}
                  onViewReport={flow.notes ? flow.showNotes : undefined}
                  linkSummary={linkOpened?.summary ?? null}
                  onViewLinkReport={showLinkReport}
                />
              </Suspense>
            )}
            {notice.length > 0 && <LinkNotice lines={notice} onDismiss={dismissNotice} />}
          </>
        }
      />
      <Suspense fallback={null}>
        {dialogOpen && (
          <OpenDialog
            current={source}
            recent={recent}
            onFiles={(files) => {
              setDialogOpen(false);
              flow.openFiles(files);
            }}
            onUrl={(url) => {
              setDialogOpen(false);
              flow.openUrl(url);
            }}
            onBuiltin={(id) => {
              setDialogOpen(false);
              setFailure(null);
              openSource({ kind: 'builtin', id });
            }}
            onKept={(key, name) => {
              setDialogOpen(false);
              flow.openKept(key, name);
            }}
            onForgetKept={forget}
            onClose={() => setDialogOpen(false)}
          />
        )}
        {linkReport && (
          <ImportReport
            report={linkReport.report}
            writer={linkReport.writer}
            onClose={() => setLinkReport(null)}
          />
        )}
      </Suspense>
      {dialogs}
      <DropOverlay onFiles={flow.openFiles} />
    </>
  );
}
