import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_LIMITS, type Organisation } from '../../../shared/senders/schemas';
import { PAPER_SIZES } from '../../../shared/templates/schemas';
import { api } from '../../api/client';
import { campaignKeys } from '../../api/campaign-queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { ImageControls } from './image-upload';

/** The letterhead: name, address, contacts, place, paper, logo. */
export function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(organisation.name);
  const [address, setAddress] = useState(organisation.address);
  const [contacts, setContacts] = useState(organisation.contacts);
  const [place, setPlace] = useState(organisation.place);
  const [paperSize, setPaperSize] = useState(organisation.paperSize);

  const save = useMutation({
    mutationFn: () => api['organisation.update']({ name, address, contacts, place, paperSize }),
    onSuccess: (saved) => {
      queryClient.setQueryData(campaignKeys.organisation, saved);
      notifySuccess(tm, t('organisation.detailsTitle'), t('organisation.saved'));
    },
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="letterhead-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="letterhead-title">
            {t('organisation.detailsTitle')}
          </Title>
          <TextInput label={t('organisation.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={ORGANISATION_LIMITS.name} />
          <Group grow align="flex-start">
            <Textarea
              label={t('organisation.address')}
              description={t('organisation.addressHelp')}
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={ORGANISATION_LIMITS.address}
            />
            <Textarea
              label={t('organisation.contacts')}
              description={t('organisation.contactsHelp')}
              value={contacts}
              onChange={(e) => setContacts(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={ORGANISATION_LIMITS.contacts}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('organisation.place')}
              description={t('organisation.placeHelp')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              maxLength={ORGANISATION_LIMITS.place}
            />
            <NativeSelect
              label={t('organisation.paperSize')}
              description=" "
              data={[...PAPER_SIZES]}
              value={paperSize}
              onChange={(e) => setPaperSize(PAPER_SIZES.find((p) => p === e.currentTarget.value) ?? 'A4')}
            />
          </Group>
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
          <Title order={3} size="h4">
            {t('organisation.logo')}
          </Title>
          <ImageControls
            imageId={organisation.logo?.imageId ?? null}
            alt={t('organisation.logoAlt')}
            emptyText={t('organisation.noLogo')}
            uploadLabel={organisation.logo ? t('organisation.replaceLogo') : t('organisation.uploadLogo')}
            removeLabel={t('organisation.removeLogo')}
            height={64}
            upload={(input) => api['organisation.setLogo'](input)}
            remove={() => api['organisation.clearLogo']({})}
            invalidate={campaignKeys.organisation}
          />
        </Stack>
      </form>
    </Paper>
  );
}
