import {
  devzeroFindingCommentPermission,
  devzeroFindingTriagePermission,
} from '@internal/plugin-devzero-common';
import { AttachmentStore } from '../database/AttachmentStore';
import {
  FindingRecord,
  FindingStore,
  reopenedIn,
} from '../database/FindingStore';
import { FindingAccess, Viewer } from './findingAccess';

/**
 * A finding as its page shows it to the viewer: with its history, comments,
 * "me too"s and images, the names of hidden reporters replaced throughout.
 */
export async function findingDetail(
  deps: {
    store: FindingStore;
    access: FindingAccess;
    attachments?: AttachmentStore;
  },
  id: string,
  finding: FindingRecord,
  viewer: Viewer,
) {
  const admin = await deps.access.isAdmin(viewer);
  const [history, comments, meToos, attachments] = await Promise.all([
    deps.store.history(id),
    deps.store.comments(id),
    deps.store.meToos(id),
    deps.attachments?.list(id) ?? [],
  ]);
  const presented = deps.access.present(finding, viewer, admin);
  // A hidden reporter stays hidden in the history, the comments and the
  // images too; so does the reporter of a duplicate merged into this
  // finding, who kept their name from the owners of their own.
  const hidden = new Map<string, string>();
  for (const m of meToos) {
    if (
      m.reporterHidden !== undefined &&
      deps.access.hides(m.userRef, m.reporterHidden, viewer, admin)
    )
      hidden.set(m.userRef, 'a hidden reporter');
  }
  // So does the reporter of a duplicate reopened since, whose "me too"
  // went back with it, leaving their comments, images and the history's
  // entry (if they reopened it themselves) here.
  for (const reopenedId of new Set(history.map(reopenedIn))) {
    const reopened = reopenedId && (await deps.store.get(reopenedId));
    if (
      reopened &&
      deps.access.hides(
        reopened.reporterRef,
        reopened.reporterHidden,
        viewer,
        admin,
      )
    )
      hidden.set(reopened.reporterRef, 'a hidden reporter');
  }
  if (presented.reporterRef === undefined)
    hidden.set(finding.reporterRef, 'the reporter');
  const shown = (ref: string) => hidden.get(ref) ?? ref;
  return {
    finding: presented,
    history: history.map(e => ({ ...e, actorRef: shown(e.actorRef) })),
    comments: comments.map(c => ({ ...c, authorRef: shown(c.authorRef) })),
    meToos: meToos.map(({ reporterHidden, ...m }) => ({
      ...m,
      userRef: shown(m.userRef),
    })),
    attachments: attachments.map(a => ({
      ...a,
      uploaderRef: shown(a.uploaderRef),
    })),
    canTriage: await deps.access.allowed(
      devzeroFindingTriagePermission,
      finding,
      viewer,
    ),
    canComment: await deps.access.allowed(
      devzeroFindingCommentPermission,
      finding,
      viewer,
    ),
    canAdminister: admin,
  };
}
