import { Modal, Radio, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../shared/api/contract';
import { getGroup, type GroupId } from '../../../shared/protocol';
import { api } from '../../api/client';
import { keys, useTags } from '../../api/queries';
import { FormFooter } from '../../components/form-footer';
import { notifySuccess } from '../../components/notify';
import { currentLanguage } from '../../i18n';
import { useProtocolOptions } from '../../i18n/protocol-labels';

type GroupOffice = OperationInput<'recipients.addGroupOffices'>['officeType'];
const GROUP_OFFICES: readonly GroupOffice[] = ['head_of_state', 'head_of_government', 'foreign_minister'];

/** "Add the heads of government of the EU": one entry per member state, holder to verify. */
export function GroupOfficesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('groupOffices.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <GroupOfficesForm onDone={onClose} />}
    </Modal>
  );
}

function GroupOfficesForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useProtocolOptions();
  const tags = useTags();
  const [group, setGroup] = useState<GroupId | null>(null);
  const [officeType, setOfficeType] = useState<GroupOffice>('head_of_government');
  const [tagList, setTagList] = useState<string[]>([]);
  const [attempted, setAttempted] = useState(false);

  const add = useMutation({
    mutationFn: (input: OperationInput<'recipients.addGroupOffices'>) => api['recipients.addGroupOffices'](input),
    onSuccess: async ({ created, skipped }) => {
      notifySuccess(t, t('groupOffices.doneTitle'), `${t('groupOffices.created', { count: created })} ${t('groupOffices.skipped', { count: skipped.length })}`);
      onDone();
      await queryClient.invalidateQueries({ queryKey: keys.recipients });
    },
  });

  const members = group ? getGroup(group).members.length : null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (group) add.mutate({ group, officeType, tags: tagList, language: currentLanguage() });
      }}
    >
      <Stack>
        <Text size="sm">{t('groupOffices.help')}</Text>
        <Select
          label={t('groupOffices.group')}
          placeholder={t('groupOffices.groupPlaceholder')}
          data={options.groups}
          value={group}
          onChange={(value) => setGroup(options.groups.find((o) => o.value === value)?.value ?? null)}
          description={members === null ? undefined : t('groupOffices.members', { count: members })}
          error={attempted && !group ? t('validation.required') : undefined}
          withAsterisk
          allowDeselect={false}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-autofocus
        />
        <Radio.Group
          label={t('groupOffices.office')}
          value={officeType}
          onChange={(value) => setOfficeType(GROUP_OFFICES.find((o) => o === value) ?? 'head_of_government')}
        >
          <Stack gap={6} mt={6}>
            {GROUP_OFFICES.map((office) => (
              <Radio key={office} value={office} label={t(`officeType.${office}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <TagsInput
          label={t('groupOffices.tags')}
          description={t('form.tagsDescription')}
          value={tagList}
          data={tags.data ?? []}
          onChange={setTagList}
          splitChars={[',', ';']}
          acceptValueOnBlur
        />
        <FormFooter
          error={add.isError ? add.error : null}
          saving={add.isPending}
          onCancel={onDone}
          cancelLabel={t('common.cancel')}
          submitLabel={t('groupOffices.submit')}
        />
      </Stack>
    </form>
  );
}
