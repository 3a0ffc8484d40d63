import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Attachment } from '../../api/DevzeroApi';
import { messageOf } from '@internal/plugin-fitsys-react';
import { useAttachmentUrl } from './useAttachmentUrl';

/** An image attachment, fetched with the user's credentials. */
export function AttachmentImage(props: {
  attachment: Attachment;
  onRemove?: () => void;
}) {
  const { attachment } = props;
  const { value: url, error } = useAttachmentUrl(attachment);
  if (error)
    return (
      <Typography color="error" variant="body2">
        {attachment.fileName}: {messageOf(error)}
      </Typography>
    );
  if (!url) return <Progress />;
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start">
      <a href={url} target="_blank" rel="noopener noreferrer">
        <img
          src={url}
          alt={`Evidence: ${attachment.fileName}`}
          style={{ maxWidth: 240, maxHeight: 180, borderRadius: 4 }}
        />
      </a>
      {props.onRemove && (
        <Button
          size="small"
          onClick={props.onRemove}
          aria-label={`Remove ${attachment.fileName}`}
        >
          Remove
        </Button>
      )}
    </Box>
  );
}
