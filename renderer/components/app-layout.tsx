import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationContext, VIEWS, type Navigation, type Place } from '../navigation';
import { AboutScreen } from '../screens/about';
import { CountriesScreen } from '../screens/countries/countries-screen';
import { CountryPage } from '../screens/countries/country-page';
import { ListStateProvider } from '../screens/recipients/list-state';
import { RecipientsScreen } from '../screens/recipients/recipients-screen';
import { SettingsScreen } from '../screens/settings';
import { CenteredLoader } from './centered-loader';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { FactsScreen } from '../screens/facts/facts-screen';
import { TemplatesScreen } from '../screens/templates/templates-screen';
import { BackupsScreen } from '../screens/backups/backups-screen';
import { useNavLabel } from '../screens/campaigns/campaign-views';
import { CampaignsScreen } from '../screens/campaigns/campaigns-screen';
import { OrganisationScreen } from '../screens/organisation/organisation-screen';
import { DashboardScreen } from '../screens/tracking/dashboard-screen';
import { DueScreen } from '../screens/tracking/due-screen';
import { DueBadge, isTrackingView, useTrackingNavLabel } from '../screens/tracking/tracking-views';
import { GetStartedScreen } from '../screens/get-started/get-started-screen';
import { useChecklistInNavigation, useOpeningView } from '../screens/get-started/opening-view';

const RECIPIENTS: Place = { view: 'recipients' };

// The editor (TipTap) is the largest part of the app: loaded when a template is first opened, not at start-up.
const TemplateEditorScreen = lazy(() => import('../screens/editor/template-editor-screen').then((m) => ({ default: m.TemplateEditorScreen })));

/**
 * The shell: header, navigation and the current screen. Screens are switched
 * by state, not by URL, so the browser-mode `#token=` fragment never interferes.
 * `notice` is shown above every screen (the read-only warning).
 */
export function AppLayout({ notice }: { notice?: ReactNode } = {}) {
  const { t } = useTranslation();
  const navLabel = useNavLabel();
  const trackingLabel = useTrackingNavLabel();
  // The first screen (the get-started checklist of an empty workspace, else the recipients), fixed once known.
  const opening = useOpeningView();
  const [opened, setOpened] = useState<Place | null>(null);
  if (opened === null && opening !== null) setOpened({ view: opening });
  const [chosen, setPlace] = useState<Place | null>(null);
  const place = chosen ?? opened ?? RECIPIENTS;
  const inNavigation = useChecklistInNavigation();
  const [navigated, setNavigated] = useState(false);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  const navigation = useMemo<Navigation>(
    () => ({
      place,
      go: (next) => {
        setPlace(next);
        setNavigated(true);
        closeNav();
      },
    }),
    [place, closeNav],
  );
  const { countryCode, templateId } = place;
  // No screen until the first one is known (a moment at start-up): never one that then gives way to another.
  const view = chosen === null && opened === null ? null : place.view;

  return (
    <NavigationContext value={navigation}>
      <ListStateProvider>
        <SkipLink />
        {/* The menu button takes over below 992 px, so an 800×600 window keeps its width for the screen. */}
        <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 'md', collapsed: { mobile: !navOpened } }} padding="md">
          <AppShell.Header>
            <Group h="100%" px="md" gap="sm">
              <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="md" size="sm" aria-label={t('nav.toggle')} aria-expanded={navOpened} />
              <Text fw={700} size="lg" component="span">
                {t('app.name')}
              </Text>
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
            {VIEWS.filter((item) => item !== 'start' || inNavigation || view === 'start').map((item) => (
              <NavLink
                key={item}
                component="button"
                type="button"
                label={isTrackingView(item) ? trackingLabel(item) : navLabel(item)}
                rightSection={item === 'due' ? <DueBadge /> : undefined}
                active={view === item}
                aria-current={view === item ? 'page' : undefined}
                onClick={() => navigation.go({ view: item })}
              />
            ))}
          </AppShell.Navbar>
          <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
            {notice}
            {view === null && <CenteredLoader />}
            {view === 'start' && <GetStartedScreen focusTitle={navigated} />}
            {view === 'recipients' && <RecipientsScreen focusTitle={navigated} />}
            {view === 'templates' && !templateId && <TemplatesScreen focusTitle={navigated} />}
            {view === 'templates' && templateId && (
              <Suspense fallback={<CenteredLoader />}>
                <TemplateEditorScreen key={templateId} templateId={templateId} focusTitle={navigated} />
              </Suspense>
            )}
            {view === 'facts' && <FactsScreen focusTitle={navigated} />}
            {view === 'campaigns' && <CampaignsScreen campaignId={place.campaignId} draftId={place.draftId} focusTitle={navigated} />}
            {view === 'outreach' && <DashboardScreen focusTitle={navigated} />}
            {view === 'due' && <DueScreen focusTitle={navigated} />}
            {view === 'organisation' && <OrganisationScreen focusTitle={navigated} />}
            {view === 'backups' && <BackupsScreen focusTitle={navigated} />}
            {view === 'countries' && !countryCode && <CountriesScreen focusTitle={navigated} />}
            {view === 'countries' && countryCode && <CountryPage key={countryCode} code={countryCode} from={place.from} focusTitle={navigated} />}
            {view === 'settings' && <SettingsScreen focusTitle={navigated} />}
            {view === 'about' && <AboutScreen focusTitle={navigated} />}
          </AppShell.Main>
        </AppShell>
      </ListStateProvider>
    </NavigationContext>
  );
}
