import { loadDepartements } from '@balise/seeds/reference';
import { coordinatedDepartements, isPlatformAdmin, requireViewer, type Viewer } from '../accounts/authorization.js';
import { DomainError } from '../shared/domain-error.js';

/** The départements a territory view covers; null: the whole platform. */
export interface TerritoryScope {
  departements: string[] | null;
  label: string;
  /** What the viewer may pick. */
  choices: string[];
}

let names: Map<string, string> | undefined;
export function departementName(code: string): string {
  names ??= new Map(loadDepartements().map((departement) => [departement.code, departement.name]));
  return names.get(code) ?? code;
}

const allDepartements = () => loadDepartements().map((departement) => departement.code);

/**
 * `statistics.territory`: a TERRITORY_COORDINATOR sees their départements (one of them, or all
 * when none is asked), a PLATFORM_ADMIN any département or the whole platform; others FORBIDDEN.
 */
export function territoryScope(rawViewer: Viewer | null | undefined, departement: string | null | undefined): TerritoryScope {
  const viewer = requireViewer(rawViewer);
  if (isPlatformAdmin(viewer)) {
    const choices = allDepartements();
    if (!departement) return { departements: null, label: 'Toute la plateforme', choices };
    if (!choices.includes(departement)) throw new DomainError('BAD_USER_INPUT', 'Département inconnu.', 'departement');
    return { departements: [departement], label: labelOf([departement]), choices };
  }
  const own = [...coordinatedDepartements(viewer)].sort();
  if (own.length === 0) throw new DomainError('FORBIDDEN', 'Tu n’as pas accès aux statistiques d’un territoire.');
  if (departement && !own.includes(departement)) throw new DomainError('FORBIDDEN', 'Ce département n’est pas dans ton territoire.', 'departement');
  const departements = departement ? [departement] : own;
  return { departements, label: labelOf(departements), choices: own };
}

function labelOf(departements: string[]): string {
  return departements.length === 1 ? `${departementName(departements[0]!)} (${departements[0]})` : departements.map(departementName).join(', ');
}
