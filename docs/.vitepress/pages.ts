// The documentation's pages, in sidebar order, with their titles in both
// languages. The sidebar of each locale is built from this one list, so the
// two languages always have the same pages in the same order.
export interface Page {
  path: string; // without extension, relative to the locale root
  en: string;
  pt: string;
}

export interface Section {
  en: string;
  pt: string;
  pages: Page[];
}

export const sections: Section[] = [
  {
    en: 'Guide',
    pt: 'Guia',
    pages: [
      { path: 'guide/getting-started', en: 'Getting started', pt: 'Primeiros passos' },
      { path: 'guide/examples', en: 'Examples', pt: 'Exemplos' },
      { path: 'guide/migrating', en: 'Migrating from axios', pt: 'Migrando do axios' },
      { path: 'guide/testing', en: 'Testing', pt: 'Testes' },
    ],
  },
  {
    en: 'API',
    pt: 'API',
    pages: [
      { path: 'reference/axios-api', en: 'The axios API', pt: 'A API do axios' },
      { path: 'reference/request-config', en: 'Request config', pt: 'Configuração da requisição' },
      { path: 'reference/response-schema', en: 'Response schema', pt: 'Esquema da resposta' },
      { path: 'reference/config-defaults', en: 'Config defaults', pt: 'Padrões de configuração' },
      { path: 'reference/interceptors', en: 'Interceptors', pt: 'Interceptadores' },
      { path: 'reference/handling-errors', en: 'Handling errors', pt: 'Tratando erros' },
      { path: 'reference/cancellation', en: 'Cancellation', pt: 'Cancelamento' },
      { path: 'reference/urlencoded', en: 'URL-encoded bodies', pt: 'Corpos URL-encoded' },
      { path: 'reference/multipart', en: 'Multipart bodies', pt: 'Corpos multipart' },
      { path: 'reference/progress', en: 'Progress events', pt: 'Eventos de progresso' },
      { path: 'reference/credentials-xsrf', en: 'Credentials and XSRF', pt: 'Credenciais e XSRF' },
      { path: 'reference/adapters', en: 'Adapters', pt: 'Adaptadores' },
      { path: 'reference/typescript', en: 'TypeScript', pt: 'TypeScript' },
      { path: 'reference/notes', en: 'Notes', pt: 'Notas' },
    ],
  },
];
