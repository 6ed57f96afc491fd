import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import LiveExample from './components/LiveExample.vue';
import ProgressDemo from './components/ProgressDemo.vue';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('LiveExample', LiveExample);
    app.component('ProgressDemo', ProgressDemo);
  },
} satisfies Theme;
