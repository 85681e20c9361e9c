import { expect, test } from './fixtures';

test('switching the interface to Spanish applies at once and survives a reload', async ({ app, page }) => {
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await app.goTo('Settings');
  await app.settings.chooseLanguage('es');

  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await expect(app.navigation('Destinatarios')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(app.settings.language('Idioma')).toHaveValue('es');

  await app.reload();
  await expect(page.getByRole('heading', { name: 'Destinatarios', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Buscar destinatarios')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Todavía no hay destinatarios' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
