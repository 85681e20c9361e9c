import { expect, test } from './fixtures';
import { TemplatesPage } from './pages/templates-page';

test.describe('template editor', () => {
  test('types text, inserts a merge field from the menu, undoes and redoes, and keeps the text after a reload', async ({ app, page }) => {
    await app.open();
    await app.goTo('Templates');
    const templates = new TemplatesPage(page);
    const editor = await templates.create('Visit request');

    await editor.text.click();
    await page.keyboard.type('Dear  and team,');
    for (let i = 0; i < ' and team,'.length; i++) await page.keyboard.press('ArrowLeft');
    // Saved: typing has paused for a second, so the field goes into its own undo step.
    await editor.waitUntilSaved();
    await editor.insertField('honor', 'Recipient · Honorific');
    const field = editor.chip('Merge field Recipient · Honorific');
    await expect(editor.text).toContainText('Dear');
    await expect(editor.text).toContainText('and team,');

    // Undo and redo, with the keyboard and with the toolbar: the text around the field stays.
    await editor.text.press('ControlOrMeta+z');
    await expect(field).toHaveCount(0);
    await expect(editor.text).toContainText('and team,');
    await editor.toolbar.getByRole('button', { name: 'Redo' }).click();
    await expect(field).toHaveCount(1);
    await editor.toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect(field).toHaveCount(0);
    await editor.text.press('ControlOrMeta+Shift+Z');
    await expect(field).toHaveCount(1);
    await expect(editor.text).toContainText('Dear');

    // Ctrl+Enter starts a new page, as in a word processor.
    await editor.text.press('End');
    await editor.text.press('ControlOrMeta+Enter');
    await expect(editor.text.getByRole('separator', { name: 'Page break' })).toBeVisible();

    // The field's letter case is set in its popover, and shows on the chip.
    await field.click();
    await page.getByRole('combobox', { name: 'Letter case' }).selectOption('upper');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(field).toContainText('UPPER CASE');

    await editor.waitUntilSaved();
    await app.reload();
    await app.goTo('Templates');
    const reopened = await templates.open('Visit request');
    await expect(reopened.text).toContainText('Dear');
    await expect(reopened.text).toContainText('and team,');
    await expect(reopened.chip('Merge field Recipient · Honorific')).toContainText('UPPER CASE');
    await expect(reopened.text.getByRole('separator', { name: 'Page break' })).toBeVisible();
  });

  test('saves what was typed when leaving the editor at once', async ({ app, page }) => {
    await app.open();
    await app.goTo('Templates');
    const templates = new TemplatesPage(page);
    const editor = await templates.create('Quick note');
    await editor.text.click();
    await page.keyboard.type('Written just before leaving.');
    // Straight to another screen, without waiting for the autosave pause.
    await app.goTo('Facts');
    await app.goTo('Templates');
    const reopened = await templates.open('Quick note');
    await expect(reopened.text).toContainText('Written just before leaving.');
    await app.reload();
    await app.goTo('Templates');
    await expect((await templates.open('Quick note')).text).toContainText('Written just before leaving.');
  });

  test('reloading right after typing warns, and the text is saved all the same', async ({ app, page }) => {
    // The page's timers are held while typing, so the autosave cannot run
    // before the reload however slow the machine is: the text is still
    // unsaved when the page unloads, which is the case under test.
    await page.clock.install();
    await app.open();
    await app.goTo('Templates');
    const templates = new TemplatesPage(page);
    const editor = await templates.create('Urgent appeal');
    await editor.text.click();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.keyboard.type('Typed a moment before the reload.');
    // The browser asks before leaving with changes not yet saved; the save has started anyway.
    const warned = page.waitForEvent('dialog').then(async (dialog) => {
      const type = dialog.type();
      await dialog.accept();
      return type;
    });
    await page.reload();
    expect(await warned).toBe('beforeunload');
    await page.clock.resume();
    await app.waitUntilReady();
    await app.goTo('Templates');
    await expect((await templates.open('Urgent appeal')).text).toContainText('Typed a moment before the reload.');
  });

  test('a statement has a title per language; the last language cannot be removed', async ({ app, page }) => {
    await app.open();
    await app.goTo('Templates');
    const templates = new TemplatesPage(page);
    const editor = await templates.create('Joint statement', 'Statement');
    await page.getByRole('textbox', { name: 'Title' }).fill('Free the detained defenders');
    await editor.waitUntilSaved();

    await page.getByRole('button', { name: 'Remove English' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the English text?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(confirm.getByRole('alert')).toContainText('A template needs at least one language.');
    await confirm.getByRole('button', { name: 'Cancel' }).click();

    await app.reload();
    await app.goTo('Templates');
    const reopened = await templates.open('Joint statement');
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Free the detained defenders');
    await expect(reopened.languages.getByRole('tab')).toHaveText(['English (default)']);
  });
});
