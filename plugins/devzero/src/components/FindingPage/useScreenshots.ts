import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { devzeroApiRef } from '../../api/DevzeroApi';
import { messageOf } from '@internal/plugin-fitsys-react';
import { useSendOnce } from '../shared';

/**
 * Adds images to a finding and removes them, then `onChanged`. An image the
 * backend refuses does not stop the others; the problem names each one, and
 * is that of the last thing done.
 */
export function useScreenshots(findingId: string, onChanged: () => void) {
  const api = useApi(devzeroApiRef);
  const [last, setLast] = useState<'add' | 'remove'>();
  const [adding, add] = useSendOnce(
    async (files: File[]) => {
      const failed: string[] = [];
      for (const file of files) {
        try {
          await api.uploadAttachment(findingId, file);
        } catch (e) {
          failed.push(`${file.name}: ${messageOf(e)}`);
        }
      }
      onChanged();
      return failed.length ? failed.join('; ') : undefined;
    },
    [api, findingId, onChanged],
  );
  const [removing, remove] = useAsyncFn(
    async (attachmentId: string) => {
      await api.deleteAttachment(findingId, attachmentId);
      onChanged();
    },
    [api, findingId, onChanged],
  );
  let problem: string | undefined;
  if (last === 'add' && !adding.loading)
    problem = adding.error ? messageOf(adding.error) : adding.value;
  if (last === 'remove' && !removing.loading && removing.error)
    problem = messageOf(removing.error);
  return {
    adding: adding.loading,
    problem,
    add: (files: File[]) => {
      setLast('add');
      return add(files);
    },
    remove: (attachmentId: string) => {
      setLast('remove');
      return remove(attachmentId);
    },
  };
}
