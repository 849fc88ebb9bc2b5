import 'server-only';
import { z } from 'zod';
import { IdSchema } from '@/lib/fields/field-schemas';
import { defineAction } from '@/lib/api/define-action.server';
import { ChangeRoleSchema, InviteUserSchema, SetStatusSchema } from '@/lib/users/user-schemas';
import { changeUserRole, inviteUser, reissuePasswordLink, setUserStatus } from '@/lib/users/user-commands.server';
import { userRoles } from '@/lib/users/user-permissions';

export const inviteUserHandler = defineAction({
  role: userRoles.invite,
  schema: InviteUserSchema,
  run: async (viewer, input, { ip }) => {
    const { user, link } = await inviteUser(viewer, input, ip);
    return { email: user.email, link };
  },
});

export const changeRoleHandler = defineAction({
  role: userRoles.changeRole,
  schema: ChangeRoleSchema,
  run: (viewer, { userId, role }, { ip }) => changeUserRole(viewer, userId, role, ip),
});

export const setStatusHandler = defineAction({
  role: userRoles.setStatus,
  schema: SetStatusSchema,
  run: (viewer, { userId, status }, { ip }) => setUserStatus(viewer, userId, status, ip),
});

export const reissueLinkHandler = defineAction({
  role: userRoles.reissueLink,
  schema: z.object({ userId: IdSchema }),
  run: (viewer, { userId }, { ip }) => reissuePasswordLink(viewer, userId, ip),
});
