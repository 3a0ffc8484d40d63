import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useRef } from 'react';
import { FindingDetails } from '../../api/DevzeroApi';
import { AttachmentImage } from './AttachmentImage';
import { useScreenshots } from './useScreenshots';

/**
 * A finding's images as evidence. Who may comment may add some; the one who
 * added an image, and an admin, may remove it.
 */
export function Screenshots(props: {
  details: FindingDetails;
  viewerRef?: string;
  onChanged: () => void;
}) {
  const {
    finding,
    attachments = [],
    canComment,
    canAdminister,
  } = props.details;
  const { adding, problem, add, remove } = useScreenshots(
    finding.id,
    props.onChanged,
  );
  const fileInput = useRef<HTMLInputElement>(null);
  if (attachments.length === 0 && !canComment) return null;
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h3">
        Screenshots
      </Typography>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {attachments.map(a => (
          <AttachmentImage
            key={a.id}
            attachment={a}
            onRemove={
              a.uploaderRef === props.viewerRef || canAdminister
                ? () => remove(a.id)
                : undefined
            }
          />
        ))}
      </Box>
      {canComment && (
        <Box mt={1}>
          {/* A button, so that the keyboard reaches it; it opens the hidden file input. */}
          <Button
            size="small"
            variant="outlined"
            disabled={adding}
            onClick={() => fileInput.current?.click()}
          >
            {adding ? 'Adding…' : 'Add screenshots'}
          </Button>
          <input
            ref={fileInput}
            type="file"
            hidden
            multiple
            accept="image/png,image/jpeg,image/gif,image/webp"
            aria-label="Add screenshots"
            onChange={e => {
              const files = Array.from(e.target.files ?? []);
              // Cleared, so that the same file can be chosen again.
              e.target.value = '';
              add(files);
            }}
          />
        </Box>
      )}
      {problem && (
        <Box mt={1}>
          <Alert severity="error">{problem}</Alert>
        </Box>
      )}
    </Box>
  );
}
