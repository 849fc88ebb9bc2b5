import { exchangeApi } from '@/lib/exchange/exchange-api';
import { importApi } from '@/lib/import/import-api';
import { claimReviewApi } from '@/lib/claimreview/claimreview-api';
import { annotationApi } from '@/lib/annotations/annotation-api';
import { feedApi } from '@/lib/feeds/feed-api';
import { openapiApi } from '../openapi-api';
import { routesFromContracts, type ApiRoute } from '../openapi-operation';

export const interopRoutes: ApiRoute[] = [
  ...routesFromContracts(Object.values(claimReviewApi)),
  ...routesFromContracts(Object.values(annotationApi)),
  ...routesFromContracts([exchangeApi.export, importApi.exchangeArchive, importApi.claimRows]),
  ...routesFromContracts([...Object.values(openapiApi), ...Object.values(feedApi)]),
];
