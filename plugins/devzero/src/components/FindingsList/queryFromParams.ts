import { FindingListQuery } from '../../api/DevzeroApi';

/** The list query the URL describes, with fixed filters on top. */
export function queryFromParams(
  params: URLSearchParams,
  fixed: FindingListQuery = {},
): FindingListQuery {
  const all = (key: string) => {
    const values = params.getAll(key).filter(Boolean);
    return values.length ? values : undefined;
  };
  const [sort, order] = (params.get('sort') ?? 'created:desc').split(':');
  const date = (key: string, endOfDay: boolean) => {
    const value = params.get(key);
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
    const day = new Date(`${value}T00:00:00.000Z`);
    if (endOfDay) day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString();
  };
  return {
    status: all('status') as FindingListQuery['status'],
    severity: all('severity') as FindingListQuery['severity'],
    category: all('category') as FindingListQuery['category'],
    journeyStep: all('journeyStep') as FindingListQuery['journeyStep'],
    owner: all('owner'),
    entity: all('entity'),
    reporter: params.get('reporter') || undefined,
    assignee: params.get('assignee') || undefined,
    from: date('from', false),
    to: date('to', true),
    q: params.get('q') || undefined,
    sort: sort as FindingListQuery['sort'],
    order: order === 'asc' ? 'asc' : 'desc',
    offset: Math.max(0, Number(params.get('offset')) || 0),
    limit: Math.min(100, Math.max(1, Number(params.get('limit')) || 25)),
    ...fixed,
  };
}
