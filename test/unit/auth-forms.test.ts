import { ApiError } from '@/services/http/api-error'
import { loginErrorsFromApi, validateLoginForm, validatePhone } from '@/features/auth/model/login-form'
import { realNameErrorsFromApi, validateRealName } from '@/features/auth/model/real-name-form'

test('phone and code are checked before anything is sent', () => {
  expect(validatePhone('')).toBe('请输入手机号')
  expect(validatePhone('12345678901')).toBe('请输入正确的11位手机号')
  expect(validatePhone('1390000000')).toBe('请输入正确的11位手机号')
  expect(validatePhone('13900000001')).toBeUndefined()
  expect(validateLoginForm({ phone: '13900000001', code: '' })).toEqual({ code: '请输入短信验证码' })
  expect(validateLoginForm({ phone: '13900000001', code: '12345' })).toEqual({ code: '验证码为6位数字' })
  expect(validateLoginForm({ phone: '13900000001', code: '123456' })).toEqual({})
})

test('server refusals land next to the field they are about', () => {
  const wrong = new ApiError(422, 'SMS_CODE_WRONG', '验证码错误，还可尝试4次', { attemptsLeft: 4 })
  expect(loginErrorsFromApi(wrong)).toEqual({ code: '验证码错误，还可尝试4次' })
  const spent = new ApiError(422, 'SMS_CODE_SPENT', '验证码错误次数过多，已失效，请重新获取')
  expect(loginErrorsFromApi(spent)).toEqual({ code: spent.message })
  const limited = new ApiError(429, 'SMS_DAILY_LIMIT', '该手机号今日获取验证码次数已达上限，请明天再试', {
    retryAfterSeconds: 900,
  })
  expect(loginErrorsFromApi(limited)).toEqual({ phone: limited.message })
  expect(limited.retryAfterSeconds).toBe(900)
  const offline = new ApiError(0, 'NETWORK_ERROR', '网络不给力，请检查网络后重试')
  expect(loginErrorsFromApi(offline)).toEqual({ form: offline.message })
  const invalid = new ApiError(400, 'VALIDATION_FAILED', '手机号格式不正确', {
    fields: [{ field: 'phone', message: '手机号格式不正确' }],
  })
  expect(loginErrorsFromApi(invalid)).toEqual({ phone: '手机号格式不正确' })
})

test('real-name form applies the GB 11643 check digit before submitting', () => {
  const today = new Date('2026-11-28T00:00:00+08:00')
  // 11010519491231002X is the standard's own worked example (check digit X).
  expect(validateRealName({ name: '王建国', idNumber: '11010519491231002X' }, today)).toEqual({})
  expect(validateRealName({ name: '王建国', idNumber: '110105194912310021' }, today)).toEqual({
    idNumber: '身份证号校验位不正确',
  })
  expect(validateRealName({ name: '', idNumber: '' }, today)).toEqual({
    name: '请输入姓名',
    idNumber: '请输入身份证号',
  })
  expect(validateRealName({ name: 'Tom', idNumber: '1101051949' }, today).idNumber).toBe('身份证号应为18位')
  expect(validateRealName({ name: 'Tom', idNumber: '11010519491231002X' }, today).name).toBeDefined()
})

test('a failed identity check is said under the form; a refused code at the code field', () => {
  const failed = new ApiError(422, 'REAL_NAME_CHECK_FAILED', '身份核验未通过')
  expect(realNameErrorsFromApi(failed)).toEqual({ form: '身份核验未通过' })
  const wrong = new ApiError(422, 'SMS_CODE_WRONG', '验证码不正确，还可尝试4次', {
    fields: [{ field: 'smsCode', message: '验证码不正确，还可尝试4次' }],
  })
  expect(realNameErrorsFromApi(wrong)).toEqual({ smsCode: '验证码不正确，还可尝试4次' })
})
