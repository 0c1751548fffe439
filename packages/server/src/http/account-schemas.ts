import { z } from 'zod';
import { ACTIONS, ROLES } from '@duphong/core';

// Shapes of the account API (decision 0014; the fixed contract in the COMMON.md).

export const unitsSchema = z.union([z.literal('all'), z.array(z.string().min(1))]).describe("'all' hoặc danh sách mã đơn vị được giao");
export const roleSchema = z.enum(ROLES);
export const actionSchema = z.enum(ACTIONS);

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  units: unitsSchema,
});

export const sessionStateSchema = z.object({
  setupRequired: z.boolean().describe('Chưa có người dùng nào: người đầu tiên tạo tài khoản quản trị'),
  user: sessionUserSchema.nullable(),
  csrfToken: z.string().nullable().describe('Gửi lại trong tiêu đề X-CSRF-Token của mọi yêu cầu ghi'),
});

export const userSchema = sessionUserSchema.extend({ disabled: z.boolean(), createdAt: z.string() });

export const passwordSchema = z.string().min(1).max(1000);
export const usernameSchema = z.string().min(1).max(64);

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  actions: z.array(actionSchema),
  expiresAt: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const accessEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string(),
  action: z.string(),
  recordKind: z.string(),
  recordCode: z.string(),
  unitId: z.string().nullable(),
  ip: z.string(),
  outcome: z.enum(['allowed', 'denied']),
});
