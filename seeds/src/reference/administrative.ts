import { rawDepartements, rawEpcis } from './raw-data.js';
import type { DepartementRecord, EpciRecord } from './types.js';

let epcis: EpciRecord[] | undefined;
let departements: DepartementRecord[] | undefined;

export function loadEpcis(): EpciRecord[] {
  return (epcis ??= rawEpcis().map((e) => ({ code: e.code, name: e.nom, type: e.type })));
}

export function loadDepartements(): DepartementRecord[] {
  return (departements ??= rawDepartements().map((d) => ({
    code: d.code,
    name: d.nom,
    region: d.region,
    chefLieu: d.chefLieu,
  })));
}
