import { useApi } from '@backstage/core-plugin-api';
import { useEffect } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Attachment, devzeroApiRef } from '../../api/DevzeroApi';

/**
 * An image attachment as an object URL, fetched with the user's credentials
 * and let go when no longer shown.
 */
export function useAttachmentUrl(attachment: Attachment) {
  const api = useApi(devzeroApiRef);
  const { findingId, id } = attachment;
  const state = useAsync(
    async () => URL.createObjectURL(await api.getAttachment(findingId, id)),
    [api, findingId, id],
  );
  const url = state.value;
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return state;
}
