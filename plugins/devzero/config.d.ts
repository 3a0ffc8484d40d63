export interface Config {
  fitsys?: {
    /**
     * How the portal renders Markdown people write (Developer Zero's
     * findings, comments and resolution notes), which every reader's browser
     * renders.
     */
    markdown?: {
      /**
       * What becomes of an image in user Markdown from a host other than the
       * portal's own. `link` (the default): it is not loaded, which would
       * tell its host who read the text, but shown as a link to it (its alt
       * text and host) that the reader may follow. `allow`: it loads inline.
       * Images the portal serves itself (relative addresses, the app's and
       * the backend's origins) always load inline.
       * @visibility frontend
       */
      remoteImages?: 'link' | 'allow';
      /**
       * Hosts whose images load inline under `remoteImages: link`, e.g.
       * `images.example.com`, `images.example.com:8443`, or
       * `*.example.com` for its subdomains.
       * @visibility frontend
       */
      allowedImageHosts?: string[];
    };
  };
}
