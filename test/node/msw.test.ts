// MSW in Node: no XMLHttpRequest, so plume uses its fetch adapter.
import { mswCases } from './msw-cases';

mswCases('fetch');
