// @vitest-environment jsdom
// MSW in jsdom: plume uses jsdom's XMLHttpRequest, which MSW intercepts.
import { mswCases } from './msw-cases';

mswCases('xhr');
