// Stands in for axios/lib/adapters/xhr.js in the mini-program build, which has no XMLHttpRequest:
// the app always passes its own Taro.request adapter there.
export default false
