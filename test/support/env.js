// Tests run with NODE_ENV=test (jest sets it), which makes babel-preset-taro emit CommonJS.
process.env.TZ = 'Asia/Shanghai'
