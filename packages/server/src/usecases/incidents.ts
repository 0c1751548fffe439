import { incidentState, isoVietnam } from '@duphong/core';
import type { CopyStatus, IncidentRecord, IncidentState, Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { conflictError, notFoundError, requestError } from '../errors.js';
import { RecordScope } from './record-scope.js';
import { incidentSentences, incidentSeverity, UNDECIDED_CODES, type Bilingual, type IncidentSeverity } from './incident-words.js';

/*
 * Incidents as people handle them: shown by file code (never the OCFL `urn:uuid:…`), with a
 * severity and plain sentences, limited to the principal's units and levels, acknowledged and
 * resolved with a note, who and when. Shared by HTTP and the dashboard.
 */

export type IncidentPorts = Pick<Context, 'catalogue' | 'clock'>;

export interface IncidentView {
  id: string;
  code: string;
  severity: IncidentSeverity;
  state: IncidentState;
  fileCode: string;
  fileTitle: string | null;
  objectId: string;
  site: string | null;
  path: string | null;
  detail: string;
  what: Bilingual;
  todo: Bilingual;
  createdAt: string;
  lastSeenAt: string;
  occurrences: number;
  acknowledged: { at: string; by: string; note: string } | null;
  resolved: { at: string; by: string | null; note: string | null } | null;
  copies: Array<{ site: string; status: CopyStatus; verifiedAt: string | null }>;
  /** For incidents where no reference could be chosen: which copies agree, which do not, and the audit's witnesses. */
  decision: { agree: string[]; disagree: string[]; witnesses: string | null } | null;
}

const unknownIncident = (id: string) => notFoundError('DP-INCIDENT-UNKNOWN', `Không có sự cố "${id}".`, `No incident "${id}".`);

/** The newest audit decision about the object ("Nhân chứng — …"), for the repair decision of a conflict. */
async function witnessesOf(ports: IncidentPorts, objectId: string): Promise<string | null> {
  const events = await ports.catalogue.listEvents({ objectId });
  const last = events.filter((e) => e.type === 'validation' && e.detail.includes('Nhân chứng')).at(-1);
  return last ? last.detail.slice(last.detail.indexOf('Nhân chứng')) : null;
}

async function view(ports: IncidentPorts, scope: RecordScope, incident: IncidentRecord): Promise<IncidentView | undefined> {
  const object = await ports.catalogue.getObject(incident.objectId);
  const fileCode = object?.fileCode ?? incident.objectId;
  const { file, visible } = await scope.visibleFile(fileCode);
  if (!visible) return undefined;
  const copies = (await ports.catalogue.listCopies(incident.objectId)).map((c) => ({
    site: c.site,
    status: c.status,
    verifiedAt: c.verifiedAt,
  }));
  const facts = { code: incident.code, fileCode, site: incident.site, copies };
  const undecided = UNDECIDED_CODES.has(incident.code);
  return {
    id: incident.id,
    code: incident.code,
    severity: incidentSeverity(facts),
    state: incidentState(incident),
    fileCode,
    fileTitle: file?.title ?? null,
    objectId: incident.objectId,
    site: incident.site,
    path: incident.path,
    detail: incident.detail,
    ...incidentSentences(facts),
    createdAt: incident.createdAt,
    lastSeenAt: incident.lastSeenAt,
    occurrences: incident.occurrences,
    acknowledged:
      incident.acknowledgedAt === null
        ? null
        : { at: incident.acknowledgedAt, by: incident.acknowledgedBy ?? '', note: incident.acknowledgeNote ?? '' },
    resolved: incident.resolvedAt === null ? null : { at: incident.resolvedAt, by: incident.resolvedBy, note: incident.resolveNote },
    copies,
    decision: undecided
      ? {
          agree: copies.filter((c) => c.status === 'ok').map((c) => c.site),
          disagree: copies.filter((c) => c.status !== 'ok').map((c) => c.site),
          witnesses: await witnessesOf(ports, incident.objectId),
        }
      : null,
  };
}

const SEVERITY_ORDER: Record<IncidentSeverity, number> = { critical: 0, high: 1, medium: 2 };

/** Incidents the principal may see, most severe first, then oldest first. `state` omitted: all. */
export async function listIncidentViews(
  ports: IncidentPorts,
  principal: Principal | undefined,
  filter: { state?: IncidentState; open?: boolean } = {},
): Promise<IncidentView[]> {
  const scope = new RecordScope(ports.catalogue, principal);
  if (!principal) return [];
  const out: IncidentView[] = [];
  for (const incident of await ports.catalogue.listIncidents(filter)) {
    const v = await view(ports, scope, incident);
    if (v) out.push(v);
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

async function visibleIncident(ports: IncidentPorts, principal: Principal | undefined, id: string): Promise<IncidentView> {
  const incident = await ports.catalogue.getIncident(id);
  const v = incident && (await view(ports, new RecordScope(ports.catalogue, principal), incident));
  if (!v) throw unknownIncident(id);
  return v;
}

export async function getIncidentView(ports: IncidentPorts, principal: Principal | undefined, id: string): Promise<IncidentView> {
  return visibleIncident(ports, principal, id);
}

function who(principal: Principal | undefined): string {
  return principal?.username ?? '';
}

/** Someone takes the incident in hand. A resolved incident cannot be acknowledged. */
export async function acknowledgeIncident(
  ports: IncidentPorts,
  principal: Principal | undefined,
  id: string,
  note: string,
): Promise<IncidentView> {
  const current = await visibleIncident(ports, principal, id);
  if (current.resolved)
    throw conflictError('DP-INCIDENT-RESOLVED', `Sự cố "${id}" đã được xử lý xong.`, `Incident "${id}" is already resolved.`);
  if (current.acknowledged)
    throw conflictError(
      'DP-INCIDENT-ACKNOWLEDGED',
      `Sự cố "${id}" đã được ${current.acknowledged.by} tiếp nhận.`,
      `Incident "${id}" was already acknowledged by ${current.acknowledged.by}.`,
    );
  await ports.catalogue.acknowledgeIncident(id, { at: isoVietnam(ports.clock.now()), user: who(principal), note: note.trim() });
  return visibleIncident(ports, principal, id);
}

/** The incident is settled; a note saying how is required (the next person must know what was done). */
export async function resolveIncident(
  ports: IncidentPorts,
  principal: Principal | undefined,
  id: string,
  note: string,
): Promise<IncidentView> {
  const current = await visibleIncident(ports, principal, id);
  if (note.trim() === '')
    throw requestError(
      'DP-INCIDENT-NOTE-REQUIRED',
      'Hãy ghi chú đã xử lý sự cố thế nào (ví dụ: đã số hóa lại từ bản gốc).',
      'Say in a note how the incident was handled (e.g. re-digitised from the original).',
    );
  if (current.resolved)
    throw conflictError('DP-INCIDENT-RESOLVED', `Sự cố "${id}" đã được xử lý xong.`, `Incident "${id}" is already resolved.`);
  await ports.catalogue.resolveIncident(id, isoVietnam(ports.clock.now()), { user: who(principal), note: note.trim() });
  return visibleIncident(ports, principal, id);
}
