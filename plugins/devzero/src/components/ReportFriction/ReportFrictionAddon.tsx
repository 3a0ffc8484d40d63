import { stringifyEntityRef } from '@backstage/catalog-model';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  useShadowRootSelection,
  useTechDocsReaderPage,
} from '@backstage/plugin-techdocs-react';
import { devzeroFindingCreatePermission } from '@internal/plugin-devzero-common';
import Fab from '@material-ui/core/Fab';
import FeedbackIcon from '@material-ui/icons/Feedback';
import { useEffect, useState } from 'react';
import { ReportFrictionDialog } from './ReportFrictionDialog';
import { ReportFrictionInitial } from './useFrictionForm';

/** A quote as a Markdown block quote. */
export function quoteOf(text: string) {
  return text
    .trim()
    .split(/\r?\n/)
    .map(line => `> ${line}`)
    .join('\n');
}

/**
 * TechDocs add-on: select text in a page, then "Report friction" files a
 * finding against the documented entity with the quote and the page's
 * address filled in.
 */
export function ReportFrictionAddon() {
  const { entityRef } = useTechDocsReaderPage();
  const selection = useShadowRootSelection(300);
  const [quote, setQuote] = useState('');
  const [initial, setInitial] = useState<ReportFrictionInitial>();
  const { allowed } = usePermission({
    permission: devzeroFindingCreatePermission,
  });
  const selected = selection?.toString().trim() ?? '';
  // The button follows the selection: it goes when the text is no longer
  // selected, so that it never files a quote the reader has let go of.
  useEffect(() => {
    setQuote(selected.slice(0, 1500));
  }, [selected]);
  if (!allowed || (!quote && !initial)) return null;
  const open = () =>
    setInitial({
      entityRef: stringifyEntityRef(entityRef),
      category: 'documentation',
      journeyStep: 'first-use',
      actual: `The docs say:\n\n${quoteOf(quote)}`,
      links: [window.location.href.split('#')[0]],
    });
  return (
    <>
      {quote && !initial && (
        <Fab
          variant="extended"
          color="primary"
          onMouseDown={e => e.preventDefault()}
          onClick={open}
          style={{ position: 'fixed', right: 32, bottom: 32, zIndex: 1200 }}
        >
          <FeedbackIcon style={{ marginRight: 8 }} />
          Report friction with this text
        </Fab>
      )}
      <ReportFrictionDialog
        open={!!initial}
        initial={initial}
        onClose={() => {
          setInitial(undefined);
          setQuote('');
        }}
      />
    </>
  );
}
