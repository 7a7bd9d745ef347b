// Globals Taro's build normally defines; the jsdom tests render Taro's H5 components without a build.
Object.assign(globalThis, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  __TARO_FRAMEWORK__: 'react',
  DEPRECATED_ADAPTER_COMPONENT: false,
})
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
