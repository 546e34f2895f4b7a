// The statistics pages, one lazy chunk (with the chart library) loaded from the portal's router.
import './statistics.css';
export { OrganisationStatisticsPage } from './OrganisationStatisticsPage.js';
export { TerritoryStatisticsPage } from './TerritoryStatisticsPage.js';
