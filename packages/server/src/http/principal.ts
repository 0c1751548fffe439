import type { FastifyRequest } from 'fastify';
import type { Principal } from '@duphong/core';
import { DuphongError } from '../errors.js';

/** The signed-in principal of a route; the gate lets no route with an action other than `public` through without one. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new DuphongError('request', 'DP-AUTH-REQUIRED', 'Cần đăng nhập.', 'Sign in first.');
  return request.principal;
}
