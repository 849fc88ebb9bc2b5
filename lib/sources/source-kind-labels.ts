import type { SourceKind } from '@/lib/generated/prisma/enums';

export const KIND_LABELS: Record<SourceKind, string> = {
  outlet: 'News outlet',
  official: 'Official or spokesperson',
  government: 'Government',
  armed_group: 'Armed group',
  intergovernmental_body: 'Intergovernmental body',
  monitor: 'Monitoring group',
  social_account: 'Social-media account',
  unnamed_group: 'Unnamed group',
  other: 'Other',
};
