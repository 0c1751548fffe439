import type { PremisEvent } from '../model/catalogue.js';
import type { PremisEventRecord } from './premis.js';

/**
 * The catalogue's events ↔ PREMIS events in the AIP. The AIP is the record that survives: the
 * catalogue can be rebuilt from it, so every field of a catalogue event has a PREMIS home.
 */
const AGENT = 'DuPhong agent';
const SITE = 'DuPhong site';

export function toPremisEventRecord(e: PremisEvent): PremisEventRecord {
  return {
    identifier: { type: 'UUID', value: e.id },
    type: e.type,
    dateTime: e.dateTime,
    detail: e.detail,
    outcome: e.outcome,
    agents: [
      { type: AGENT, value: e.agent, role: 'executing program' },
      ...(e.site === null ? [] : [{ type: SITE, value: e.site, role: 'storage site' }]),
    ],
    objects: e.objectId === null ? [] : [{ type: 'OBJID', value: e.objectId, role: 'outcome' }],
  };
}

export function fromPremisEventRecord(r: PremisEventRecord, objectId: string): PremisEvent {
  const outcome = r.outcome === 'failure' || r.outcome === 'warning' ? r.outcome : 'success';
  return {
    id: r.identifier.value,
    objectId: r.objects.find((o) => o.type === 'OBJID')?.value ?? objectId,
    site: r.agents.find((a) => a.type === SITE)?.value ?? null,
    type: r.type,
    dateTime: r.dateTime,
    outcome,
    detail: r.detail ?? '',
    agent: r.agents.find((a) => a.type === AGENT)?.value ?? r.agents[0]?.value ?? '',
  };
}
