/** Who is signed in, as the home page tailors the suite to them. */
export interface Persona {
  /** Their name, or their user ref's name when the catalog has none. */
  name: string;
  /** The teams (groups) they belong to, by title. */
  teams: Array<{ ref: string; title: string }>;
  /** Whether any of their teams owns something in the catalog (so triages friction). */
  ownsEntities: boolean;
  /** Whether they administer the portal (a member of portal-admins). */
  admin: boolean;
}

/** One thing the suite offers, in the words that fit the persona. */
export interface Offer {
  title: string;
  to: string;
  text: string;
}

const list = (names: string[]) =>
  names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * What the suite offers this person, what matters to them first: owners
 * start at their team's inbox, newcomers at filing friction, admins at the
 * figures across teams.
 */
export function suiteFor(persona: Persona): Offer[] {
  const teams = list(persona.teams.map(t => t.title));
  const inbox: Offer = {
    title: 'Your team’s friction inbox',
    to: '/devzero/inbox',
    text: `Findings newcomers filed against what ${teams} own${
      persona.teams.length === 1 ? 's' : ''
    }, waiting for triage.`,
  };
  const filing: Offer = {
    title: 'Report friction',
    to: '/devzero/mine',
    text: 'Stuck or slowed down? Use “Report friction” in any entity page’s header, or “File friction” in the sidebar; follow what you filed here.',
  };
  const domains: Offer = {
    title: 'Domain catalog',
    to: '/domain-catalog',
    text: persona.ownsEntities
      ? 'The bounded contexts your team works in, their language and how they relate.'
      : 'The business domains and bounded contexts, with their glossary: learn the language first.',
  };
  const survey: Offer = {
    title: 'Skills survey',
    to: '/skills-survey',
    text: persona.admin
      ? 'Run campaigns and read each team’s results once a campaign closes.'
      : 'Say what you know and want to learn; your team sees where it stands.',
  };
  const architectures: Offer = {
    title: 'Reference architectures',
    to: '/reference-architectures',
    text: persona.ownsEntities
      ? 'The recommended designs, and where your systems drift from the version they adopted.'
      : 'The recommended designs to start from, with their decisions.',
  };
  const dependencies: Offer = {
    title: 'Dependency map',
    to: '/dependency-map',
    text: persona.ownsEntities
      ? 'What depends on your services, and the blast radius when one fails.'
      : 'How the services fit together, and what each one depends on.',
  };
  const insights: Offer = {
    title: 'Friction insights',
    to: '/devzero/insights',
    text: 'Where newcomers lose time across all teams, and how fast each team responds.',
  };
  if (persona.admin)
    return [insights, survey, domains, architectures, dependencies, filing];
  if (persona.ownsEntities)
    return [inbox, dependencies, architectures, domains, survey, filing];
  return [filing, domains, architectures, dependencies, survey];
}
