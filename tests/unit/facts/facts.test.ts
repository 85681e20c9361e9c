import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

const { t, ok } = workspaceForEachTest();

describe('facts', () => {
  it('keeps reusable facts with their source and refuses bad dates and links', async () => {
    const fact = await ok<{ id: string }>('facts.create', {
      label: 'Detainees',
      text: 'dozens of people detained',
      sourceName: 'A fictional monitor',
      asOf: '2026-01-15',
    });
    expect(
      await ok('facts.update', {
        id: fact.id,
        fields: { label: 'Detainees', text: 'scores of people detained', sourceName: 'A fictional monitor', asOf: '2026-06-01', staleAfterDays: 90 },
      }),
    ).toMatchObject({ staleAfterDays: 90 });
    expect(await dispatch(t.handlers, 'facts.create', { label: 'x', text: 'y', sourceName: 'z', asOf: '2026-02-30' })).toMatchObject({ ok: false });
    expect(
      await dispatch(t.handlers, 'facts.create', { label: 'x', text: 'y', sourceName: 'z', asOf: '2026-02-01', sourceUrl: 'javascript:alert(1)' }),
    ).toMatchObject({ ok: false });
    expect((await ok<unknown[]>('facts.list', {})).length).toBe(1);
  });
});
