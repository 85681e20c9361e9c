import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutScreen } from '../screens/about';
import { RecipientsScreen } from '../screens/recipients/recipients-screen';
import { SettingsScreen } from '../screens/settings';

const VIEWS = ['recipients', 'settings', 'about'] as const;
type View = (typeof VIEWS)[number];

/**
 * The shell: header, navigation and the current screen. Screens are switched
 * by state, not by URL, so the browser-mode `#token=` fragment never interferes.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('recipients');
  const [navigated, setNavigated] = useState(false);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  const go = (next: View) => {
    setView(next);
    setNavigated(true);
    closeNav();
  };

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger
            opened={navOpened}
            onClick={toggleNav}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('nav.toggle')}
            aria-expanded={navOpened}
          />
          <Text fw={700} size="lg" component="span">
            {t('app.name')}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {VIEWS.map((item) => (
          <NavLink
            key={item}
            component="button"
            type="button"
            label={t(`nav.${item}`)}
            active={view === item}
            aria-current={view === item ? 'page' : undefined}
            onClick={() => go(item)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {view === 'recipients' && <RecipientsScreen focusTitle={navigated} />}
        {view === 'settings' && <SettingsScreen focusTitle={navigated} />}
        {view === 'about' && <AboutScreen focusTitle={navigated} />}
      </AppShell.Main>
    </AppShell>
  );
}
