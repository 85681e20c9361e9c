import { expect, test } from './fixtures';
import { CountriesPage } from './pages/countries-page';

test('a country page shows its names, its offices in the list, and how each office is addressed', async ({ app, cli, page }) => {
  await cli('recipients', 'add', '--country', 'ES', '--office', 'Presidente del Gobierno', '--name', 'Pedro Ficticio', '--gender', 'male');
  await app.open();
  await app.goTo('Countries');
  const countries = new CountriesPage(page);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('195 countries');

  await countries.search.fill('espagne');
  await expect(countries.table.getByRole('row')).toHaveCount(2);
  await countries.open('Spain');
  await expect(countries.heading('Spain')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('el Reino de España');
  await expect(main).toContainText("le Royaume d'Espagne");
  await expect(main).toContainText('Constitutional monarchy');
  await expect(main).toContainText('European Union');

  await expect(countries.offices().getByRole('row', { name: /Presidente del Gobierno/ })).toContainText('Head of government');

  await countries.chooseLanguage('Spanish');
  await expect(countries.addressCard('Head of government')).toContainText('Presidente del Gobierno del Reino de España');
  await expect(countries.addressCard('Head of state')).toContainText('Su Majestad');
  await page.getByRole('radiogroup', { name: 'Holder' }).getByRole('radio', { name: 'Female' }).check();
  await expect(countries.addressCard('Head of government')).toContainText('Presidenta del Gobierno del Reino de España');

  // Back in the list, a country cell leads to that country's page, and back to the list as it was.
  await app.goTo('Recipients');
  await app.recipients.searchFor('ficticio');
  await app.recipients
    .row(/Pedro Ficticio/)
    .getByRole('button', { name: 'Spain' })
    .click();
  await expect(countries.heading('Spain')).toBeVisible();
  await page.getByRole('button', { name: '← Recipients' }).click();
  await expect(app.recipients.search).toHaveValue('ficticio');
  await app.recipients.expectCount(1);
});
