import { ImagePolicy } from './images';
import { definitions, segments } from './markdownBlocks';
import { Paragraph } from './Paragraph';

/*
 * Turns the images in user Markdown that the policy does not let load into
 * links: `![alt](https://elsewhere/x.png)` becomes
 * `[alt (image from elsewhere)](<https://elsewhere/x.png>)`, and a raw
 * `<img src="https://elsewhere/x.png" alt="alt">` an `<a href>` with the same
 * words. Code (fences and spans) is left as written.
 *
 * This reads Markdown well enough for the forms people write, not every
 * corner of CommonMark; it only decides how a blocked image is shown. What
 * keeps an image from loading is `imageSource`, which the renderer applies
 * to every `<img>` it creates: an image this misses is still not fetched.
 */

/**
 * User Markdown with every image the policy keeps from loading turned into a
 * link to it; unchanged when the policy allows remote images.
 */
export function rewriteRemoteImages(
  markdown: string,
  policy: ImagePolicy,
): string {
  if (policy.remoteImages === 'allow' || !/!\[|<im/i.test(markdown)) {
    return markdown;
  }
  const parts = segments(markdown);
  const defs = definitions(parts);
  return parts
    .map(p =>
      p.verbatim ? p.text : new Paragraph(p.text, defs, policy).rewrite(),
    )
    .join('');
}
