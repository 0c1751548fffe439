import { inScope, type Principal, type Unit } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError } from '../errors.js';

/*
 * The one check every plans-and-reports use case makes on a unit it is asked about: it exists and
 * is within the principal's units. Another unit reads exactly like an unknown one (404), so a
 * scoped account learns nothing of units outside its scope.
 */
export const unknownUnit = (unitId: string) =>
  notFoundError('DP-UNIT-UNKNOWN', `Không có đơn vị "${unitId}".`, `There is no unit "${unitId}".`);

export async function reportUnit(ctx: Context, principal: Principal | undefined, unitId: string): Promise<Unit> {
  const unit = await ctx.catalogue.units.getUnit(unitId);
  if (!unit || (principal && !inScope(principal, unitId))) throw unknownUnit(unitId);
  return unit;
}
