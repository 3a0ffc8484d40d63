import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  AnswerInput,
  AnswerReceipt,
  Campaign,
  CampaignResults,
  FreeTextView,
  GapsList,
  HeatmapPage,
  HeatmapQuery,
  Helper,
  NewCampaignInput,
  OwnAnswer,
  Participation,
  Technology,
} from '@internal/plugin-skills-survey-common';
import {
  HelpOffer,
  SkillsSurveyApi,
  TechnologyResults,
} from './SkillsSurveyApi';

const id = (value: string) => encodeURIComponent(value);
const campaignQuery = (campaignId?: string) =>
  campaignId ? `?campaign=${id(campaignId)}` : '';

/** Talks to the skills-survey backend with the signed-in user's credentials. */
export class SkillsSurveyClient implements SkillsSurveyApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async request(path: string, init?: RequestInit) {
    const base = await this.deps.discoveryApi.getBaseUrl('skills-survey');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  private async get<T>(path: string): Promise<T> {
    return (await this.request(path)).json();
  }

  private async send<T>(
    method: 'POST' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<T> {
    const response = await this.request(path, {
      method,
      ...(body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    });
    return response.status === 204 ? (undefined as T) : response.json();
  }

  async listTechnologies() {
    return (await this.get<{ items: Technology[] }>('/technologies')).items;
  }

  async listCampaigns() {
    return (await this.get<{ items: Campaign[] }>('/campaigns')).items;
  }

  getCampaign(campaignId: string) {
    return this.get<Campaign>(`/campaigns/${id(campaignId)}`);
  }

  createCampaign(input: NewCampaignInput) {
    return this.send<Campaign>('POST', '/campaigns', input);
  }

  openCampaign(campaignId: string) {
    return this.send<Campaign>('POST', `/campaigns/${id(campaignId)}/open`);
  }

  closeCampaign(campaignId: string) {
    return this.send<Campaign>('POST', `/campaigns/${id(campaignId)}/close`);
  }

  getParticipation(campaignId: string) {
    return this.get<Participation>(
      `/campaigns/${id(campaignId)}/participation`,
    );
  }

  submitAnswer(campaignId: string, input: AnswerInput) {
    return this.send<AnswerReceipt>(
      'POST',
      `/campaigns/${id(campaignId)}/answers`,
      input,
    );
  }

  changeAnswer(campaignId: string, input: AnswerInput) {
    return this.send<AnswerReceipt>(
      'PUT',
      `/campaigns/${id(campaignId)}/answers`,
      input,
    );
  }

  lookupAnswer(campaignId: string, receipt: string) {
    return this.send<OwnAnswer>(
      'POST',
      `/campaigns/${id(campaignId)}/answers/lookup`,
      { receipt },
    );
  }

  getResults(campaignId: string, options?: { cells?: 'all' | 'organisation' }) {
    const cells = options?.cells ? `?cells=${id(options.cells)}` : '';
    return this.get<CampaignResults>(
      `/campaigns/${id(campaignId)}/results${cells}`,
    );
  }

  getHeatmap(campaignId: string, query: HeatmapQuery) {
    const params = new URLSearchParams();
    if (query.level) params.set('level', query.level);
    if (query.parent) params.set('parent', query.parent);
    if (query.offset !== undefined) params.set('offset', String(query.offset));
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    const search = params.toString();
    return this.get<HeatmapPage>(
      `/campaigns/${id(campaignId)}/heatmap${search ? `?${search}` : ''}`,
    );
  }

  getTechnologyResults(technologyId: string, campaignId?: string) {
    return this.get<TechnologyResults>(
      `/technologies/${id(technologyId)}/results${campaignQuery(campaignId)}`,
    );
  }

  getGaps(campaignId?: string) {
    return this.get<GapsList>(`/gaps${campaignQuery(campaignId)}`);
  }

  getFreeText(campaignId: string) {
    return this.get<FreeTextView>(`/campaigns/${id(campaignId)}/free-text`);
  }

  holdFreeText(campaignId: string, textId: string, held: boolean) {
    return this.send<void>(
      'POST',
      `/campaigns/${id(campaignId)}/free-text/${id(textId)}/hold`,
      { held },
    );
  }

  async exportResults(campaignId: string) {
    return (
      await this.request(`/campaigns/${id(campaignId)}/export?format=csv`)
    ).blob();
  }

  async listHelpers(technologyId?: string) {
    const query = technologyId ? `?technology=${id(technologyId)}` : '';
    return (await this.get<{ items: Helper[] }>(`/helpers${query}`)).items;
  }

  async setMyHelp(offers: HelpOffer[]) {
    return (
      await this.send<{ items: Helper[] }>('PUT', '/helpers/me', {
        technologies: offers,
      })
    ).items;
  }
}
