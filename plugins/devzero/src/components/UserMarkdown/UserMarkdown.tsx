import { MarkdownContent } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useCallback, useMemo } from 'react';
import { ImagePolicy, imageSource, readImagePolicy } from './images';
import { rewriteRemoteImages } from './rewriteRemoteImages';

/** The portal's policy for images in user Markdown (`fitsys.markdown`). */
export function useImagePolicy(): ImagePolicy {
  const config = useApi(configApiRef);
  return useMemo(() => readImagePolicy(config), [config]);
}

/**
 * Markdown someone typed (a finding's report, a comment, a resolution note),
 * rendered for everyone who reads it. GitHub-flavoured, with raw HTML
 * sanitised (no scripts, styles or event handlers). An image from another
 * host is not loaded in the reader's browser, which would tell that host who
 * read the text: it is shown as a link to the image, its alt text and host,
 * unless `fitsys.markdown.remoteImages` is `allow` or its host is in
 * `fitsys.markdown.allowedImageHosts`. The portal's own images show inline.
 */
export function UserMarkdown(props: { content: string; className?: string }) {
  const policy = useImagePolicy();
  const content = useMemo(
    () => rewriteRemoteImages(props.content, policy),
    [props.content, policy],
  );
  // Applied to every <img> the renderer creates, from Markdown or raw HTML,
  // so that an image the rewrite missed still does not load.
  const transformImageUri = useCallback(
    (src: string) => imageSource(src, policy),
    [policy],
  );
  return (
    <MarkdownContent
      content={content}
      dialect="gfm"
      transformImageUri={transformImageUri}
      className={props.className}
    />
  );
}
