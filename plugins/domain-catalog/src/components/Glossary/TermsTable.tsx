import { Table, TableColumn } from '@backstage/core-components';
import {
  GlossaryEntry,
  GlossaryTerm,
} from '@internal/plugin-domain-catalog-common';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Fragment } from 'react';
import { glossaryRouteRef } from '../../routes';
import { ContextLink } from '../shared';

type Row = GlossaryTerm &
  Partial<Pick<GlossaryEntry, 'context' | 'contextTitle'>>;

const list = (items?: string[]) => (items?.length ? items.join(', ') : '');

/** Terms of the ubiquitous language in a table, with their context when mixed. */
export function TermsTable(props: {
  terms: Row[];
  title: string;
  showContext?: boolean;
  /** Whether the table pages by itself; off when the server pages. */
  paging?: boolean;
}) {
  const glossaryPath = useRouteRef(glossaryRouteRef);
  // Each term it is not to be confused with opens the glossary on that term.
  const confusable = (items?: string[]) =>
    items?.map((term, i) => (
      <Fragment key={term}>
        {i > 0 && ', '}
        <Link
          to={`${glossaryPath()}?${new URLSearchParams({ q: term })}`}
          title={`Look up ${term} in the glossary`}
        >
          {term}
        </Link>
      </Fragment>
    )) ?? '';
  const columns: TableColumn<Row>[] = [
    { title: 'Term', field: 'term', highlight: true, width: '15%' },
    { title: 'Definition', field: 'definition', width: '45%' },
    { title: 'Also called', render: t => list(t.aliases) },
    {
      title: 'Not to be confused with',
      render: t => confusable(t.notToBeConfusedWith),
    },
  ];
  if (props.showContext) {
    columns.push({
      title: 'Context',
      render: t =>
        t.context ? (
          <ContextLink
            context={{ ref: t.context, title: t.contextTitle, name: t.context }}
          />
        ) : (
          ''
        ),
    });
  }
  return (
    <Table<Row>
      title={props.title}
      columns={columns}
      data={props.terms}
      options={{
        // Column dragging nests a focusable handle in each sortable header.
        draggable: false,
        search: false,
        paging: (props.paging ?? true) && props.terms.length > 20,
        pageSize: 20,
        pageSizeOptions: [20],
        padding: 'dense',
      }}
    />
  );
}
