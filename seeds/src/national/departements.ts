import { createRequire } from 'node:module';
import type { DepartementInfo } from './organisations.js';

interface RawDepartement {
  code: string;
  nom: string;
  typeLiaison: number;
}

const require = createRequire(import.meta.url);
let cache: Map<string, DepartementInfo> | undefined;

/** INSEE "type de liaison": how to say "of the département" (des Landes, de l'Ain, du Nord…). */
function ofDepartement(name: string, typeLiaison: number): string {
  switch (typeLiaison) {
    case 1:
      return `d'${name}`;
    case 5:
      return `de l'${name}`;
    case 2:
      return `du ${name}`;
    case 3:
      return `de la ${name}`;
    case 4:
      return `des ${name}`;
    default:
      return `de ${name}`;
  }
}

export function departementInfo(code: string): DepartementInfo {
  if (!cache) {
    const raw = require('@etalab/decoupage-administratif/data/departements.json') as RawDepartement[];
    cache = new Map(raw.map((d) => [d.code, { code: d.code, name: d.nom, of: ofDepartement(d.nom, d.typeLiaison) }]));
  }
  return cache.get(code) ?? { code, name: code, of: `du ${code}` };
}
