import Chip from '@material-ui/core/Chip';
import { CSSProperties } from 'react';

// Read by screen readers, not drawn: the usual clip technique.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * A count beside a sidebar item's title ("99+" above 99), with words for
 * screen readers after it ("16 unread"). Give the item `aria-label={undefined}`
 * so its name is what it shows, count and words included.
 */
export function SidebarCount(props: { count: number; meaning: string }) {
  const shown = props.count > 99 ? '99+' : String(props.count);
  return (
    <Chip
      size="small"
      label={
        <>
          {shown} <span style={visuallyHidden}>{props.meaning}</span>
        </>
      }
    />
  );
}
