import { useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
  WarningPanel,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import type { IdentityApi } from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';

/** localStorage key holding the demo user this browser signs in as. */
export const DEMO_USER_STORAGE_KEY = 'fitsys.demoSignIn.user';
/** Header the backend's `demo` auth provider reads the user name from. */
export const DEMO_USER_HEADER = 'x-fitsys-demo-user';

type Persona = { user: string; role?: string };

function usePersonas(): Persona[] {
  const config = useApi(configApiRef);
  return (
    config.getOptionalConfigArray('fitsys.demoSignIn.personas') ?? []
  ).map(persona => ({
    user: persona.getString('user'),
    role: persona.getOptionalString('role'),
  }));
}

/** Signing out forgets the chosen user, so the next visit offers the choice again. */
function forgetOnSignOut(identity: IdentityApi, forget: () => void) {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      forget();
      await identity.signOut();
    },
  };
}

/** The backend's own message (it names what to fix), not just the status. */
function describeSignInError(error?: Error): string {
  const body = (error as { body?: { error?: { message?: string } } })?.body;
  return body?.error?.message ?? error?.message ?? 'Unknown error';
}

function PersonaPicker(props: {
  personas: Persona[];
  onPick(user: string): void;
}) {
  const [other, setOther] = useState('');
  return (
    <Page themeId="home">
      <Header
        title="Sign in to Fit Systems"
        subtitle="Demo sign-in: choose who you are. Local use and tests only."
      />
      <Content>
        <Grid container spacing={3}>
          {props.personas.map(persona => (
            <Grid item xs={12} sm={6} md={3} key={persona.user}>
              <InfoCard title={persona.user} subheader={persona.role}>
                <Button
                  variant="contained"
                  color="primary"
                  onClick={() => props.onPick(persona.user)}
                >
                  Sign in as {persona.user}
                </Button>
              </InfoCard>
            </Grid>
          ))}
          <Grid item xs={12} md={6}>
            <InfoCard title="Someone else">
              <form
                onSubmit={event => {
                  event.preventDefault();
                  if (other.trim()) props.onPick(other.trim());
                }}
              >
                <Typography variant="body2" paragraph>
                  Any User in the catalog, by name (for example
                  &quot;grace.mbeki&quot;).
                </Typography>
                <TextField
                  id="fitsys-demo-user"
                  label="Catalog user name"
                  value={other}
                  onChange={event => setOther(event.target.value)}
                  variant="outlined"
                  size="small"
                />{' '}
                <Button
                  type="submit"
                  variant="outlined"
                  disabled={!other.trim()}
                >
                  Sign in
                </Button>
              </form>
            </InfoCard>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}

/**
 * The portal's local sign-in page: pick a demo persona (or any catalog User),
 * then sign in through the backend's `demo` provider, which resolves the
 * catalog User and its group ownership.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const enabled = useApi(configApiRef).has('fitsys.demoSignIn');
  const personas = usePersonas();
  const [user, setUser] = useState<string | null>(() =>
    window.localStorage.getItem(DEMO_USER_STORAGE_KEY),
  );
  const forget = () => {
    window.localStorage.removeItem(DEMO_USER_STORAGE_KEY);
  };

  if (!enabled) {
    // Production: demo sign-in is off and no other sign-in page is installed.
    return (
      <Page themeId="home">
        <Header title="Sign in to Fit Systems" />
        <Content>
          <WarningPanel
            severity="error"
            title="This portal has no sign-in configured"
            defaultExpanded
          >
            <Typography>
              Demo sign-in is for local use and tests only. Configure an auth
              provider and a sign-in page for this deployment (see the README,
              &quot;Running on PostgreSQL&quot;, and
              https://backstage.io/docs/auth/).
            </Typography>
          </WarningPanel>
        </Content>
      </Page>
    );
  }

  if (!user) {
    return (
      <PersonaPicker
        personas={personas}
        onPick={picked => {
          window.localStorage.setItem(DEMO_USER_STORAGE_KEY, picked);
          setUser(picked);
        }}
      />
    );
  }

  return (
    <ProxiedSignInPage
      provider="demo"
      headers={{ [DEMO_USER_HEADER]: user }}
      onSignInSuccess={identity =>
        props.onSignInSuccess(forgetOnSignOut(identity, forget))
      }
      ErrorComponent={({ error }) => (
        <Page themeId="home">
          <Header title="Sign in to Fit Systems" />
          <Content>
            <WarningPanel
              severity="error"
              title={`Could not sign in as ${user}`}
              defaultExpanded
            >
              <Typography>{describeSignInError(error)}</Typography>
            </WarningPanel>
            <Button
              variant="contained"
              color="primary"
              onClick={() => {
                forget();
                setUser(null);
              }}
            >
              Choose another user
            </Button>
          </Content>
        </Page>
      )}
    />
  );
}
