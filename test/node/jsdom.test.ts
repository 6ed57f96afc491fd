// @vitest-environment jsdom
import { describeInDom } from './dom-cases';

describeInDom('jsdom', (url) => (globalThis as any).jsdom.reconfigure({ url }));
