export interface CatalogueSummary {
  themes: { code: string; label: string }[];
  offerCount: number;
}

const QUERY = '{ themes { code label } offers(first: 1) { totalCount } }';

export async function fetchCatalogueSummary(signal: AbortSignal): Promise<CatalogueSummary> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { data?: { themes: CatalogueSummary['themes']; offers: { totalCount: number } } };
  if (!body.data) throw new Error('no data');
  return { themes: body.data.themes, offerCount: body.data.offers.totalCount };
}
