import type { Action, Principal } from '@duphong/core';

/*
 * Every route names the one action it needs (`config: { action: 'catalogue.read' }`); the access
 * gate asks the core policy (`decide`) before the route runs, and the authorisation-matrix test
 * fails for a route without one. `request.principal` is the signed-in user (undefined when none).
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    action?: Action;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export {};
