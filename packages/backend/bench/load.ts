// The load on the portal: each read route alone first, then the paced mix
// of reads and writes together, the writes read back, and with --find-max
// the highest rate of the read mix alone.
import {
  findMaxRate,
  HttpLoadClient,
  LoadResult,
  MaxRateResult,
  runPaced,
} from '@internal/plugin-fitsys-node';
import {
  FIND_MAX,
  MIX,
  RATE,
  SECONDS,
  TARGET_P99_MS,
  WARM_UP,
  WRITE_RATE,
} from './options';
import { randomBytes } from 'crypto';
import { Auth, pathWith, SurveyIds } from './portal';

/** The median of 20 requests of each read route alone (ms): the path's cost without load. */
export async function measureAlone(
  baseUrl: string,
  auth: Auth,
  ids: SurveyIds,
) {
  const alone = new Map<string, number>();
  for (const read of MIX) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      const res = await fetch(`${baseUrl}${pathWith(read.path, ids)}`, {
        headers: auth(read.user),
      });
      if (res.status !== 200)
        throw new Error(
          `${read.name}: ${res.status} ${(await res.text()).slice(0, 300)}`,
        );
      await res.arrayBuffer();
      times.push(performance.now() - t);
    }
    alone.set(read.name, times.sort((a, b) => a - b)[10]);
  }
  return alone;
}

/** jordan.lee's answer to the open campaign, changed under load. */
interface SurveyAnswer {
  campaign: string;
  receipt: string;
  technologyIds: string[];
  /** The levels of each change acknowledged (200), in the order acknowledged. */
  acknowledged: number[][];
}

const answerBody = (answer: SurveyAnswer, levels: number[]) =>
  JSON.stringify({
    receipt: answer.receipt,
    ratings: answer.technologyIds.map((technologyId, i) => ({
      technologyId,
      level: levels[i],
      wantToLearn: levels[i] < 2,
    })),
  });

/** jordan.lee answers the open campaign for the first time, as the survey page would. */
async function firstAnswer(
  baseUrl: string,
  auth: Auth,
  ids: SurveyIds,
): Promise<SurveyAnswer> {
  const answer: SurveyAnswer = {
    campaign: ids.open,
    receipt: randomBytes(32).toString('base64url'),
    technologyIds: ids.openTechnologyIds,
    acknowledged: [],
  };
  const levels = answer.technologyIds.map(() => 2);
  const res = await fetch(
    `${baseUrl}/api/skills-survey/campaigns/${ids.open}/answers`,
    {
      method: 'POST',
      headers: { ...auth('jordan.lee'), 'content-type': 'application/json' },
      body: answerBody(answer, levels),
    },
  );
  if (res.status !== 201)
    throw new Error(
      `jordan.lee could not answer the open campaign: ${
        res.status
      } ${await res.text()}`,
    );
  answer.acknowledged.push(levels);
  return answer;
}

/** The levels of jordan.lee's answer as the survey now holds it. */
export async function readAnswerBack(
  baseUrl: string,
  auth: Auth,
  answer: SurveyAnswer,
): Promise<number[] | undefined> {
  const res = await fetch(
    `${baseUrl}/api/skills-survey/campaigns/${answer.campaign}/answers/lookup`,
    {
      method: 'POST',
      headers: { ...auth('jordan.lee'), 'content-type': 'application/json' },
      body: JSON.stringify({ receipt: answer.receipt }),
    },
  );
  if (res.status !== 200) return undefined;
  const { ratings } = (await res.json()) as {
    ratings: { technologyId: string; level: number | null }[];
  };
  const byId = new Map(ratings.map(r => [r.technologyId, r.level]));
  return answer.technologyIds.map(id => byId.get(id) ?? -1);
}

/**
 * Files findings (riley.novak), comments on the last one filed
 * (jordan.lee), and changes jordan.lee's survey answer.
 */
function writeRoutes(
  baseUrl: string,
  auth: Auth,
  filed: string[],
  answer: SurveyAnswer,
) {
  let counter = 0;
  let changes = 0;
  return [
    {
      name: 'skills survey: change an answer (jordan.lee)',
      rate: WRITE_RATE / 3,
      send: async () => {
        const change = ++changes;
        const levels = answer.technologyIds.map((_, i) => (change + i) % 5);
        const res = await fetch(
          `${baseUrl}/api/skills-survey/campaigns/${answer.campaign}/answers`,
          {
            method: 'PUT',
            headers: {
              ...auth('jordan.lee'),
              'content-type': 'application/json',
            },
            body: answerBody(answer, levels),
          },
        );
        await res.arrayBuffer();
        if (res.status === 200) answer.acknowledged.push(levels);
        return { status: res.status };
      },
    },
    {
      name: 'devzero: file a finding (riley.novak)',
      rate: WRITE_RATE / 3,
      send: async () => {
        const res = await fetch(`${baseUrl}/api/devzero/findings`, {
          method: 'POST',
          headers: {
            ...auth('riley.novak'),
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            entityRef: 'component:default/card-authoriser',
            title: `Bench finding ${process.pid}-${++counter}`,
            scenario: 'Filed by the portal bench under load.',
            journeyStep: 'first-use',
            category: 'documentation',
            severity: 'annoyance',
            minutesLost: 1,
          }),
        });
        const body = (await res.json()) as { id?: string };
        if (res.status === 201 && body.id) filed.push(body.id);
        return { status: res.status };
      },
    },
    {
      name: 'devzero: comment on a finding (jordan.lee)',
      rate: WRITE_RATE / 3,
      send: async () => {
        const id = filed[filed.length - 1];
        if (!id) return { status: 200 };
        const res = await fetch(
          `${baseUrl}/api/devzero/findings/${id}/comments`,
          {
            method: 'POST',
            headers: {
              ...auth('jordan.lee'),
              'content-type': 'application/json',
            },
            body: JSON.stringify({ body: 'Seen under load; looking.' }),
          },
        );
        await res.arrayBuffer();
        return { status: res.status };
      },
    },
  ];
}

/** What the load gave. */
export interface PortalLoad {
  runs: { name: string; result: LoadResult }[];
  /** How long the paced mix ran, ms. */
  loadMs: number;
  /** The findings filed and acknowledged, and how many of them could not be read back. */
  filed: string[];
  unreadable: number;
  /** jordan.lee's survey answer: changes acknowledged, and whether the last of them is what the survey holds. */
  answerChanges: number;
  lastChangeReadBack: boolean;
  maxRate?: MaxRateResult;
}

export async function runPortalLoad(
  baseUrl: string,
  auth: Auth,
  ids: SurveyIds,
): Promise<PortalLoad> {
  const client = new HttpLoadClient(baseUrl, { maxSockets: 256 });
  const filed: string[] = [];
  const answer = await firstAnswer(baseUrl, auth, ids);
  const writes = writeRoutes(baseUrl, auth, filed, answer);
  // eslint-disable-next-line no-console
  console.log(
    `Load: ${RATE} reads/s and ${WRITE_RATE} writes/s for ${SECONDS} s after ${WARM_UP} s of warm-up`,
  );
  const loadStarted = Date.now();
  const runs = await Promise.all([
    ...MIX.map(read =>
      runPaced({
        rate: RATE * read.share,
        durationMs: SECONDS * 1000,
        warmUpMs: WARM_UP * 1000,
        maxInFlight: 64,
        send: client.sender({
          name: read.name,
          path: pathWith(read.path, ids),
          headers: auth(read.user),
        }),
      }).then(result => ({ name: read.name, result })),
    ),
    ...writes
      .filter(write => write.rate > 0)
      .map(write =>
        runPaced({
          rate: write.rate,
          durationMs: SECONDS * 1000,
          warmUpMs: WARM_UP * 1000,
          maxInFlight: 16,
          send: write.send,
        }).then(result => ({ name: write.name, result })),
      ),
  ]);
  const loadMs = Date.now() - loadStarted;

  // Every write acknowledged is readable afterwards.
  let unreadable = 0;
  for (const id of filed) {
    const res = await fetch(`${baseUrl}/api/devzero/findings/${id}`, {
      headers: auth('riley.novak'),
    });
    if (res.status !== 200) unreadable++;
    await res.arrayBuffer();
  }
  // The survey holds the change acknowledged last.
  const held = await readAnswerBack(baseUrl, auth, answer);
  const last = answer.acknowledged[answer.acknowledged.length - 1];
  const lastChangeReadBack =
    held !== undefined && held.every((level, i) => level === last[i]);
  let maxRate: MaxRateResult | undefined;
  if (FIND_MAX) {
    // The read mix as one stream: each route takes its share of the slots.
    const senders = MIX.map(read =>
      client.sender({
        name: read.name,
        path: pathWith(read.path, ids),
        headers: auth(read.user),
      }),
    );
    const slots: number[] = [];
    MIX.forEach((read, r) => {
      for (let k = 0; k < Math.round(read.share * 20); k++) slots.push(r);
    });
    maxRate = await findMaxRate({
      targetP99Ms: TARGET_P99_MS,
      send: (i, context) => senders[slots[i % slots.length]](i, context),
      rates: [25, 50, 100, 150, 200, 300],
      durationMs: 10_000,
      warmUpMs: 3_000,
      pauseMs: 2_000,
      maxInFlight: 256,
      maxTotalMs: 240_000,
    });
  }
  client.close();
  return {
    runs,
    loadMs,
    filed,
    unreadable,
    answerChanges: answer.acknowledged.length - 1,
    lastChangeReadBack,
    maxRate,
  };
}
