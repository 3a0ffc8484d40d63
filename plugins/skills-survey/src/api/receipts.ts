// The receipt that lets a person change their answer lives only in this
// browser: the server keeps its hash, and nothing else links the person to
// the answer (docs/skills-survey.md, threat model).

const key = (campaignId: string) => `fitsys.skillsSurvey.receipt.${campaignId}`;

/** 32 random bytes in base64url (43 characters), as the backend expects. */
export function makeReceipt(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The receipt kept for a campaign, if this browser has one. */
export function readReceipt(campaignId: string): string | undefined {
  try {
    return window.localStorage.getItem(key(campaignId)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a campaign's receipt in this browser. */
export function keepReceipt(campaignId: string, receipt: string) {
  window.localStorage.setItem(key(campaignId), receipt);
}

/** Forgets a campaign's receipt (one the server does not know). */
export function forgetReceipt(campaignId: string) {
  try {
    window.localStorage.removeItem(key(campaignId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
