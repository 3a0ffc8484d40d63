import { Link, Progress } from '@backstage/core-components';
import {
  stringifyEntityRef,
  RELATION_MEMBER_OF,
  Entity,
} from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { useCallback, useEffect, useState } from 'react';
import { Persona, suiteFor } from './suiteFor';

const ADMIN_GROUP = 'group:default/portal-admins';

const useStyles = makeStyles(theme => ({
  // Side by side where there is room, so that the card stays short.
  offers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    columnGap: theme.spacing(3),
  },
  offer: { alignItems: 'flex-start' },
}));

const titleOf = (e: Entity) =>
  (e.spec?.profile as { displayName?: string } | undefined)?.displayName ??
  e.metadata.title ??
  e.metadata.name;

/** The signed-in person: their name, teams and what those teams own, from the catalog. */
function usePersona() {
  const readPersona = usePersonaReader();
  const [state, setState] = useState<{ value?: Persona; error?: Error }>({});
  useEffect(() => {
    let current = true;
    readPersona().then(
      value => current && setState({ value }),
      error => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [readPersona]);
  return { ...state, loading: !state.value && !state.error };
}

/** Reads the signed-in person from their identity and the catalog. */
function usePersonaReader() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useCallback(async (): Promise<Persona> => {
    const { userEntityRef } = await identityApi.getBackstageIdentity();
    const user = await catalogApi.getEntityByRef(userEntityRef);
    const teamRefs = (user?.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => r.targetRef);
    const [groups, owned] = await Promise.all([
      teamRefs.length
        ? catalogApi.getEntitiesByRefs({ entityRefs: teamRefs })
        : { items: [] },
      teamRefs.length
        ? catalogApi.queryEntities({
            filter: { 'relations.ownedBy': teamRefs },
            limit: 1,
          })
        : { totalItems: 0 },
    ]);
    return {
      name: user ? titleOf(user) : userEntityRef.replace(/^.*\//, ''),
      teams: groups.items.flatMap(g =>
        g ? [{ ref: stringifyEntityRef(g), title: titleOf(g) }] : [],
      ),
      ownsEntities: owned.totalItems > 0,
      admin: teamRefs.includes(ADMIN_GROUP),
    };
  }, [identityApi, catalogApi]);
}

/** The home page's "For you": what the suite offers the signed-in person, what matters to them first. */
export function ForYou() {
  const classes = useStyles();
  const { value: persona, loading, error } = usePersona();
  if (loading) return <Progress />;
  if (error || !persona)
    return (
      <Typography color="error">
        Could not tell who you are: {error?.message ?? 'unknown'}
      </Typography>
    );
  const teams = persona.teams.map(t => t.title);
  return (
    <>
      <Typography variant="body1">
        Hello {persona.name}
        {teams.length ? ` (${teams.join(', ')})` : ''}. Here is where to start:
      </Typography>
      <List aria-label="What the suite offers you" className={classes.offers}>
        {suiteFor(persona).map(offer => (
          <ListItem key={offer.to} disableGutters className={classes.offer}>
            <ListItemText
              primary={<Link to={offer.to}>{offer.title}</Link>}
              secondary={offer.text}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
