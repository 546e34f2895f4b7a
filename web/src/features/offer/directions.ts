/** A link that opens directions in the phone's own maps app (Android: any maps app; iPhone: Plans). */
export function directionsUrl(point: { lat: number; lng: number }, label: string): string {
  const ua = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  const coords = `${point.lat},${point.lng}`;
  if (/iPhone|iPad|iPod|Macintosh.*Mobile/.test(ua)) return `https://maps.apple.com/?daddr=${coords}&q=${encodeURIComponent(label)}`;
  if (/Android/.test(ua)) return `geo:${coords}?q=${coords}(${encodeURIComponent(label)})`;
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(coords)}`;
}
