import { InfoCard } from '@backstage/core-components';
import { FindingComment } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { When } from '../shared';
import { UserMarkdown } from '../UserMarkdown';
import { useComment } from './useComment';
import { Who } from './Who';

/** The conversation on a finding, and a box to add to it for who may. */
export function Comments(props: {
  findingId: string;
  comments: FindingComment[];
  canComment: boolean;
  onChanged: () => void;
}) {
  const { comments, onChanged } = props;
  const [text, setText] = useState('');
  const { post, posting, problem } = useComment(props.findingId, () => {
    setText('');
    onChanged();
  });
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || posting) return;
    post(text.trim());
  };
  return (
    <InfoCard title={`Comments (${comments.length})`}>
      {comments.length === 0 && (
        <Typography color="textSecondary" variant="body2">
          No comments yet.
        </Typography>
      )}
      <List>
        {comments.map(c => (
          <ListItem key={c.id} alignItems="flex-start" divider>
            <ListItemText
              primary={
                <Typography variant="body2" color="textSecondary">
                  <Who entityRef={c.authorRef} /> · <When at={c.createdAt} />
                </Typography>
              }
              secondary={<UserMarkdown content={c.body} />}
              secondaryTypographyProps={{ component: 'div' }}
            />
          </ListItem>
        ))}
      </List>
      {props.canComment ? (
        <form onSubmit={send}>
          <TextField
            id="devzero-add-a-comment"
            label="Add a comment"
            fullWidth
            multiline
            minRows={2}
            value={text}
            onChange={e => setText(e.target.value)}
            helperText="Markdown works. The reporter and the owners are told."
          />
          <Box mt={1}>
            <Button
              type="submit"
              variant="contained"
              color="primary"
              disabled={!text.trim() || posting}
            >
              Comment
            </Button>
          </Box>
        </form>
      ) : (
        <Typography variant="body2" color="textSecondary">
          Only the reporter and the owning team comment here.
        </Typography>
      )}
      {problem && (
        <Box mt={1}>
          <Alert severity="error">{problem}</Alert>
        </Box>
      )}
    </InfoCard>
  );
}
