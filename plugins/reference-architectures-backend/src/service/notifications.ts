import { NotificationPayload } from '@backstage/plugin-notifications-common';
import {
  diffVersions,
  VersionDiff,
} from '@internal/plugin-reference-architectures-common';
import { compare as compareSemver } from 'semver';
import { AdrRecord } from '../database/AdrStore';
import { ArchitectureLibrary } from '../model/ArchitectureLibrary';
import { overdueRevisits } from '../model/decisions';

/** A notification to send once: its key records that it was. */
export interface PendingNotification {
  key: string;
  /** The entity refs to notify (a group notifies its members). */
  recipients: string[];
  payload: NotificationPayload;
  /**
   * For an adopter on an older version: what a notice grouping the owner's
   * adopters of one design needs.
   */
  upgrade?: {
    series: string;
    seriesTitle: string;
    adopterTitle: string;
    version: string;
    current: string;
    changes: string;
  };
}

const TOPIC = 'reference-architectures';
const MAX_DESCRIPTION = 600;

const list = (items: string[]) =>
  items.length > 4
    ? `${items.slice(0, 4).join(', ')} and ${items.length - 4} more`
    : items.join(', ');

/** A version difference in a line or two, for a notification. */
export function summariseDiff(diff: VersionDiff): string {
  const parts: string[] = [];
  const changes = (what: string, items: VersionDiff['rules']) => {
    const added = items.filter(i => i.change === 'added').map(i => i.key);
    const removed = items.filter(i => i.change === 'removed').map(i => i.key);
    const changed = items.filter(i => i.change === 'changed').map(i => i.key);
    const words = [
      added.length ? `adds ${list(added)}` : '',
      removed.length ? `removes ${list(removed)}` : '',
      changed.length ? `changes ${list(changed)}` : '',
    ].filter(Boolean);
    if (words.length) parts.push(`${what}: ${words.join('; ')}`);
  };
  changes('building blocks', diff.buildingBlocks);
  changes('rules', diff.rules);
  const ratings = diff.qualityAttributes
    .filter(q => q.from?.rating !== q.to?.rating)
    .map(q => `${q.attribute} ${q.from?.rating ?? '-'}→${q.to?.rating ?? '-'}`);
  if (ratings.length) parts.push(`ratings: ${list(ratings)}`);
  const text = parts.length
    ? `${parts.join('. ')}.`
    : 'No building block, rule or rating changed.';
  return text.length > MAX_DESCRIPTION
    ? `${text.slice(0, MAX_DESCRIPTION - 1)}…`
    : text;
}

/**
 * What should be notified now: the owners of adopters on an older version
 * than a recommended one (with what changed), and the owners of designs and
 * decisions whose revisit date has passed. Keys name the occasion, so each
 * is sent once: a newer recommended version, or a new revisit date, is a
 * new occasion.
 */
export function pendingNotifications(
  library: ArchitectureLibrary,
  adrs: readonly AdrRecord[] = [],
): PendingNotification[] {
  const pending: PendingNotification[] = [];
  for (const entry of library.series.values()) {
    const current = entry.current;
    if (current.entity.spec.lifecycle !== 'recommended') continue;
    const diffs = new Map<string, string>();
    for (const adopter of entry.adopters) {
      const { version, owner, ref, title } = adopter.summary;
      if (!version || !owner || adopter.summary.problem) continue;
      if (compareSemver(version, current.version) >= 0) continue;
      if (!diffs.has(version)) {
        const followed = entry.versions.find(v => v.version === version)!;
        diffs.set(
          version,
          summariseDiff(
            diffVersions(followed.entity.spec, current.entity.spec),
          ),
        );
      }
      pending.push({
        key: `upgrade:${ref}:${entry.series}@${current.version}`,
        recipients: [owner],
        upgrade: {
          series: entry.series,
          seriesTitle: entry.summary.title,
          adopterTitle: title,
          version,
          current: current.version,
          changes: diffs.get(version)!,
        },
        payload: {
          title: `${title} follows ${entry.summary.title} ${version}; ${current.version} is recommended`,
          description: `What changed from ${version} to ${
            current.version
          }: ${diffs.get(version)}`,
          link: `/reference-architectures/${entry.series}?from=${version}&to=${current.version}`,
          severity:
            adopter.summary.versionLifecycle === 'retired' ? 'high' : 'normal',
          topic: TOPIC,
          scope: `upgrade:${ref}`,
        },
      });
    }
  }
  for (const revisit of overdueRevisits(library, adrs)) {
    const series = library.series.get(
      [...library.series.values()].find(s => s.current.ref === revisit.ref)
        ?.series ?? '',
    );
    const what =
      revisit.type === 'decision'
        ? `the decision "${revisit.title}"`
        : `the reference architecture ${revisit.title}`;
    pending.push({
      key: `revisit:${revisit.ref}:${revisit.decisionId ?? 'design'}:${
        revisit.revisitBy
      }`,
      recipients: [revisit.owner],
      payload: {
        title: `Revisit due: ${revisit.title}`,
        description: `You committed to look at ${what} again by ${revisit.revisitBy} (${revisit.daysOverdue} days ago). Review it, share what you learned, and set the next revisit date.`,
        link: series
          ? `/reference-architectures/${series.series}?tab=decisions`
          : `/reference-architectures/decisions?q=${encodeURIComponent(
              revisit.decisionId ?? revisit.title,
            )}`,
        severity: 'normal',
        topic: TOPIC,
        scope: `revisit:${revisit.ref}:${revisit.decisionId ?? 'design'}`,
      },
    });
  }
  return pending;
}

/**
 * The notices to send for the notifications claimed this run: the upgrades
 * of one owner's adopters of one design become one notice (a team with five
 * systems on an old version gets one message naming the five, with what
 * changed from each version they are on); every other notification stays
 * as it is.
 */
export function groupForOwners(
  claimed: PendingNotification[],
): PendingNotification[] {
  const groupOf = (n: PendingNotification) =>
    `${n.recipients.join(',')}|${n.upgrade!.series}`;
  const groups = new Map<string, PendingNotification[]>();
  for (const notification of claimed) {
    if (!notification.upgrade) continue;
    const members = groups.get(groupOf(notification)) ?? [];
    members.push(notification);
    groups.set(groupOf(notification), members);
  }
  // In the order they were claimed, each group where its first member was.
  const notices: PendingNotification[] = [];
  for (const notification of claimed) {
    if (!notification.upgrade) {
      notices.push(notification);
      continue;
    }
    const members = groups.get(groupOf(notification))!;
    if (members[0] !== notification) continue;
    notices.push(members.length === 1 ? notification : mergeUpgrades(members));
  }
  return notices;
}

/** One notice for several adopters of one design with one owner. */
function mergeUpgrades(members: PendingNotification[]): PendingNotification {
  const first = members[0].upgrade!;
  const byVersion = new Map<string, string[]>();
  for (const { upgrade } of members) {
    byVersion.set(upgrade!.version, [
      ...(byVersion.get(upgrade!.version) ?? []),
      upgrade!.adopterTitle,
    ]);
  }
  const versions = [...byVersion.keys()].sort(compareSemver);
  const description = versions
    .map(
      version =>
        `From ${version} (${list(byVersion.get(version)!)}): ${
          members.find(m => m.upgrade!.version === version)!.upgrade!.changes
        }`,
    )
    .join(' ');
  return {
    key: members.map(m => m.key).join(' '),
    recipients: members[0].recipients,
    payload: {
      title: `${members.length} of your systems follow older versions of ${first.seriesTitle}; ${first.current} is recommended`,
      description:
        description.length > MAX_DESCRIPTION * 2
          ? `${description.slice(0, MAX_DESCRIPTION * 2 - 1)}…`
          : description,
      link: `/reference-architectures/${first.series}?from=${versions[0]}&to=${first.current}`,
      severity: members.some(m => m.payload.severity === 'high')
        ? 'high'
        : 'normal',
      topic: TOPIC,
      scope: `upgrade:${members[0].recipients.join(',')}:${first.series}`,
    },
  };
}
