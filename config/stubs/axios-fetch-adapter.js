// Stands in for axios/lib/adapters/fetch.js in both builds. The app never uses axios's fetch adapter:
// on H5 axios takes XMLHttpRequest ('xhr' comes first in its default adapter list) and the
// mini-program passes its own Taro.request adapter. Here `fetch` just reports itself unsupported.
export const getFetch = () => false
export default undefined
