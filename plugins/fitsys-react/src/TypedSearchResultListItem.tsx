import { DefaultResultListItem } from '@backstage/plugin-search-react';
import type { SearchDocument } from '@backstage/plugin-search-common';
import Chip from '@material-ui/core/Chip';
import type { ReactElement } from 'react';

/** @public */
export interface TypedSearchResultListItemProps {
  result?: SearchDocument;
  rank?: number;
  /** The result type's icon, as its filter shows it. */
  icon: ReactElement;
  /** What the result is, in a word people use: "Finding", "Glossary term". */
  typeLabel: string;
}

/**
 * A search result that says what it is: the type's icon beside it and its
 * type as a label, so a finding, a glossary term, a document and an entity
 * read apart in one list.
 *
 * @public
 */
export function TypedSearchResultListItem(
  props: TypedSearchResultListItemProps,
) {
  if (!props.result) return null;
  return (
    <DefaultResultListItem
      result={props.result}
      rank={props.rank}
      icon={props.icon}
      secondaryAction={
        <Chip label={props.typeLabel} size="small" variant="outlined" />
      }
    />
  );
}
