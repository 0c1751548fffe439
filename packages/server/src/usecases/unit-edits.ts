import { validateUnits } from '@duphong/core';
import type { Catalogue, Finding, Succession, Unit, UnitRepository, UnitVersion } from '@duphong/core';
import { conflictError, notFoundError } from '../errors.js';

/*
 * Editing units (bộ, tỉnh, cơ quan …): each edit is checked against all unit data in the same
 * transaction. An edit that would add an error finding (overlap, cycle, code clash …) is refused
 * as a conflict carrying those findings, and nothing is saved; the warnings it adds (a gap in a
 * history …) are returned with the result. The HTTP routes and any CLI command call these.
 */

export interface UnitEditPorts {
  catalogue: Catalogue;
}

type Edit = (units: UnitRepository) => Promise<void>;

const key = (f: Finding): string => `${f.code} ${f.path ?? ''} ${f.message}`;

async function findingsOf(units: UnitRepository): Promise<Finding[]> {
  const [all, versions, successions] = await Promise.all([units.listUnits(), units.listVersions(), units.listSuccessions()]);
  return validateUnits({ units: all, versions, successions });
}

/** Apply `edit` in a transaction; roll back and refuse when it adds errors. Returns the new warnings. */
async function checkedEdit(ports: UnitEditPorts, edit: Edit): Promise<Finding[]> {
  return ports.catalogue.transaction(async (tx) => {
    const before = new Set((await findingsOf(tx.units)).map(key));
    await edit(tx.units);
    const added = (await findingsOf(tx.units)).filter((f) => !before.has(key(f)));
    const errors = added.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      const list = errors.map((f) => `${f.code}: ${f.message}`).join(' ');
      throw conflictError(
        errors[0]?.code ?? 'DP-UNIT-INVALID',
        `Không lưu: thay đổi gây lỗi dữ liệu đơn vị. ${list}`,
        `Not saved: the change breaks the unit data. ${list}`,
        { findings: errors },
      );
    }
    return added;
  });
}

async function requireUnit(units: UnitRepository, id: string): Promise<void> {
  if (!(await units.getUnit(id))) throw notFoundError('DP-UNIT-UNKNOWN', `Không có đơn vị "${id}".`, `No unit "${id}".`);
}

/** Create a unit or change its kind. */
export function putUnit(ports: UnitEditPorts, unit: Unit): Promise<Finding[]> {
  return checkedEdit(ports, (units) => units.putUnit(unit));
}

/** Create or replace the version of a unit that starts on `version.validFrom`; the unit and its parent must exist. */
export function putUnitVersion(ports: UnitEditPorts, version: UnitVersion): Promise<Finding[]> {
  return checkedEdit(ports, async (units) => {
    await requireUnit(units, version.unitId);
    if (version.parentId !== null) await requireUnit(units, version.parentId);
    await units.putVersion(version);
  });
}

/** Delete one version of a unit; `deleted` is false when there was none on that date. */
export async function deleteUnitVersion(
  ports: UnitEditPorts,
  unitId: string,
  validFrom: string,
): Promise<{ deleted: boolean; findings: Finding[] }> {
  let deleted = false;
  const findings = await checkedEdit(ports, async (units) => {
    deleted = await units.deleteVersion(unitId, validFrom);
  });
  return { deleted, findings };
}

/** Record a succession (merger, split, renaming, upgrade); every unit it names must exist. */
export function putSuccession(ports: UnitEditPorts, succession: Succession): Promise<Finding[]> {
  return checkedEdit(ports, async (units) => {
    for (const id of new Set([...succession.from, ...succession.to])) await requireUnit(units, id);
    await units.putSuccession(succession);
  });
}
