/** The last place the youth chose, remembered on this device (`balise.place`) to prefill home and name the commune. */
export interface Place {
  code: string;
  name: string;
  postcodes: string[];
  lat: number;
  lng: number;
}

const KEY = 'balise.place';

export function readPlace(): Place | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const place = JSON.parse(raw) as Place;
    return typeof place.code === 'string' && typeof place.name === 'string' ? place : undefined;
  } catch {
    return undefined;
  }
}

export function savePlace(place: Place): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    // storage unavailable
  }
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
