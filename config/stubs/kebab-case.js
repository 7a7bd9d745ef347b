// Stands in for lodash.kebabcase, which NutUI's ConfigProvider uses only to turn camelCase theme keys
// (nutuiColorPrimaryStop1) into CSS variable names (nutui-color-primary-stop-1).
export default function kebabCase(value) {
  return String(value)
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(/([A-Za-z])([0-9])/g, '$1-$2')
    .replace(/([0-9])([A-Za-z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
}
