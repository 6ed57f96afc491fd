import { defineConfig, type DefaultTheme } from 'vitepress';
import { sections } from './pages';

const sidebar = (lang: 'en' | 'pt', prefix: string): DefaultTheme.Sidebar =>
  sections.map((section) => ({
    text: section[lang],
    items: section.pages.map((page) => ({ text: page[lang], link: `${prefix}/${page.path}` })),
  }));

export default defineConfig({
  title: 'plume',
  description: 'The axios API for browsers, in a fraction of the bytes.',
  cleanUrls: false,
  lastUpdated: false,
  // A dead link fails the build.
  ignoreDeadLinks: false,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/logo.svg' }]],
  themeConfig: {
    logo: '/logo.svg',
    search: {
      provider: 'local',
      options: {
        locales: {
          'pt-BR': {
            translations: {
              button: { buttonText: 'Pesquisar', buttonAriaLabel: 'Pesquisar' },
              modal: {
                displayDetails: 'Mostrar detalhes',
                resetButtonTitle: 'Limpar pesquisa',
                backButtonTitle: 'Fechar pesquisa',
                noResultsText: 'Nenhum resultado para',
                footer: { selectText: 'selecionar', navigateText: 'navegar', closeText: 'fechar' },
              },
            },
          },
        },
      },
    },
  },
  locales: {
    root: {
      label: 'English',
      lang: 'en',
      themeConfig: {
        nav: [
          { text: 'Guide', link: '/guide/getting-started' },
          { text: 'API', link: '/reference/axios-api' },
        ],
        sidebar: sidebar('en', ''),
      },
    },
    'pt-BR': {
      label: 'Português (Brasil)',
      lang: 'pt-BR',
      link: '/pt-BR/',
      description: 'A API do axios para navegadores, em uma fração dos bytes.',
      themeConfig: {
        nav: [
          { text: 'Guia', link: '/pt-BR/guide/getting-started' },
          { text: 'API', link: '/pt-BR/reference/axios-api' },
        ],
        sidebar: sidebar('pt', '/pt-BR'),
        outline: { label: 'Nesta página' },
        docFooter: { prev: 'Anterior', next: 'Próxima' },
        darkModeSwitchLabel: 'Aparência',
        lightModeSwitchTitle: 'Mudar para o tema claro',
        darkModeSwitchTitle: 'Mudar para o tema escuro',
        sidebarMenuLabel: 'Menu',
        returnToTopLabel: 'Voltar ao topo',
        langMenuLabel: 'Mudar idioma',
      },
    },
  },
});
