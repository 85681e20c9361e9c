import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/campaigns/schemas';
import { api } from '../../api/client';
import { invalidateDrafts, useSigners } from '../../api/campaign-queries';
import { ErrorAlert } from '../../components/error-alert';
import { useNavigation } from '../../navigation';

/*
 * "No signer" put right where it arises: the campaign's signers chosen again,
 * the rest of the campaign as it is. With no signer in the workspace, it
 * points to the organisation, where signers are added.
 */

export function CampaignSignersModal({ campaign, opened, onClose }: { campaign: CampaignSummary; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  return (
    <Modal opened={opened} onClose={onClose} title={t('fix.signersTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <SignersForm campaign={campaign} onClose={onClose} />}
    </Modal>
  );
}

function SignersForm({ campaign, onClose }: { campaign: CampaignSummary; onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  const { go } = useNavigation();
  const queryClient = useQueryClient();
  const signers = useSigners();
  const [signerIds, setSignerIds] = useState<string[]>(campaign.signerIds);
  const save = useMutation({
    mutationFn: () =>
      api['campaigns.update']({
        id: campaign.id,
        fields: { name: campaign.name, letterDate: campaign.letterDate, signerIds, endorserIds: campaign.endorserIds, noReplyDays: campaign.noReplyDays },
      }),
    onSuccess: async () => {
      await invalidateDrafts(queryClient);
      onClose();
    },
  });
  if (signers.data?.length === 0) {
    return (
      <Stack gap="sm">
        <Text size="sm">{t('wizard.noSigners')}</Text>
        <Group justify="flex-end">
          <Button onClick={() => go({ view: 'organisation' })}>{t('fix.openOrganisation')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <MultiSelect
          label={t('wizard.signers')}
          description={t('wizard.signersHelp')}
          data={(signers.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={signerIds}
          onChange={setSignerIds}
          maxValues={10}
          searchable
          data-autofocus
        />
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
