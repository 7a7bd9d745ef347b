// 商户入驻: an application becomes a referral for 商户收单 with the branch's manager; a code failing its
// check character is kept and flagged, a malformed one refused at the field, one open at a time.
import type { ErrorBody } from '@/contract/common'
import type { MerchantApplication } from '@/contract/merchant-applications'
import type { Message } from '@/contract/messages'
import type { Referral, StaffReferralDetail } from '@/contract/referrals'
import { bankForEachTest, get, logInAs, post, type QuickSession } from '../support/api-app'
import { changedTables, storeSnapshot } from '../support/world'

const bank = bankForEachTest()
let li: QuickSession
let wang: QuickSession
beforeEach(() => {
  li = logInAs(bank, '13900000002') // 李秀英
  wang = logInAs(bank, '13900000001')
})

const APPLICATION = {
  shopName: '戴南某某五金（示例）',
  creditCode: '92321281MA1N2QX79L',
  address: '兴化市戴南镇兴达路 8 号（示例地址）',
  contactName: '李秀英',
  contactPhone: '13800001234',
  category: 'supermarket',
  branchId: 'br_dainan',
}
const apply = (s: QuickSession, body: Record<string, unknown>) =>
  post(bank.app, '/merchant-applications', body, s.auth)
const fieldsOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).details?.fields

it("files a referral for 商户收单 with the branch's manager, who is told and sees the shop's details", async () => {
  const res = await apply(li, APPLICATION)
  expect(res.statusCode).toBe(201)
  const application = res.json<MerchantApplication>()
  expect(application).toMatchObject({
    shopName: '戴南某某五金（示例）',
    creditCode: '92321281MA1N2QX79L',
    creditCodeCheck: 'ok',
    branch: { id: 'br_dainan', name: expect.stringContaining('戴南') },
    manager: { nameMasked: '张*' },
  })
  expect(application.creditCodeWarning).toBeUndefined()

  // The applicant follows it in 我的转介, on the usual timeline.
  const mine = (await get(bank.app, `/referrals/${application.referralId}`, li.auth)).json<Referral>()
  expect(mine).toMatchObject({ product: { name: '商户收单' }, town: '戴南镇', status: 'assigned' })
  expect(mine.history.map((h) => h.status)).toEqual(['submitted', 'assigned'])
  expect(mine.merchantApplication).toMatchObject({
    shopName: '戴南某某五金（示例）',
    category: 'supermarket',
  })

  // 张伟, manager of 戴南镇, is told and opens it with every detail, the contact phone in full.
  const zhang = logInAs(bank, '13900000101')
  // The list shows the shop's contact masked, as it does the customer's; opening shows it in full.
  const listed = (await get(bank.app, '/staff/referrals', zhang.auth)).json<{
    items: StaffReferralDetail[]
  }>()
  const item = listed.items.find((r) => r.id === application.referralId)
  expect(item?.merchantApplication?.contactPhone).toBe('138****1234')
  expect(JSON.stringify(listed)).not.toContain('13800001234')
  const inbox = (await get(bank.app, '/messages', zhang.auth)).json<{ items: Message[] }>().items
  expect(inbox.find((m) => m.title === '新的转介客户')?.body).toContain('商户收单')
  const opened = await get(bank.app, `/staff/referrals/${application.referralId}`, zhang.auth)
  expect(opened.statusCode).toBe(200)
  const detail = opened.json<StaffReferralDetail>()
  expect(detail.merchantApplication).toEqual({
    shopName: '戴南某某五金（示例）',
    creditCode: '92321281MA1N2QX79L',
    creditCodeCheck: 'ok',
    address: '兴化市戴南镇兴达路 8 号（示例地址）',
    category: 'supermarket',
    contactName: '李秀英',
    contactPhone: '13800001234',
    branch: { id: 'br_dainan', name: expect.stringContaining('戴南') },
  })
  expect(detail.note).toBe('商户入驻：戴南某某五金（示例）·超市，统一社会信用代码 92321281MA1N2QX79L')
  // Another town's manager does not get it.
  const li2 = logInAs(bank, '13900000102')
  expect((await get(bank.app, `/staff/referrals/${application.referralId}`, li2.auth)).statusCode).toBe(404)
})

it('keeps a code whose check character fails, with a warning, and tells the manager to check it', async () => {
  const res = await apply(li, { ...APPLICATION, creditCode: '92321281MA1N2QX79K', branchId: 'br_anfeng' })
  expect(res.statusCode).toBe(201)
  const application = res.json<MerchantApplication>()
  expect(application).toMatchObject({
    creditCode: '92321281MA1N2QX79K',
    creditCodeCheck: 'failed',
    creditCodeWarning: '统一社会信用代码校验位不符，已转客户经理人工核验',
    manager: { nameMasked: '刘*' },
  })
  const liu = logInAs(bank, '13900000104') // 安丰镇
  const detail = (
    await get(bank.app, `/staff/referrals/${application.referralId}`, liu.auth)
  ).json<StaffReferralDetail>()
  expect(detail.merchantApplication?.creditCodeCheck).toBe('failed')
  expect(detail.note).toMatch(/校验位不符，请人工核验$/)
})

it('refuses a malformed code, a blank name and an unknown branch at their fields, changing nothing', async () => {
  const before = storeSnapshot(bank)
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ creditCode: '92321281MA1N2QX79' }, 'creditCode', /统一社会信用代码/],
    [{ creditCode: '9232128IMA1N2QX79L' }, 'creditCode', /统一社会信用代码/],
    [{ creditCode: '92321281ma1n2qx79l' }, 'creditCode', /统一社会信用代码/],
    [{ creditCode: '92A21281MA1N2QX79L' }, 'creditCode', /统一社会信用代码/],
    [{ shopName: '   ' }, 'shopName', /店铺名称/],
    [{ shopName: '\u3164\u3164\u3164' }, 'shopName', /店铺名称需为一行可见文字/],
    [{ shopName: '店\u061C铺\u061C名' }, 'shopName', /店铺名称/],
    [{ shopName: '店\ud800铺名' }, 'shopName', /店铺名称/],
    [{ shopName: '五金\n店铺' }, 'shopName', /店铺名称/],
    [{ address: '兴化市戴南镇\r\n兴达路 8 号' }, 'address', /经营地址/],
    [{ contactPhone: '12345' }, 'contactPhone', /联系电话/],
    [{ category: 'bank' }, 'category', /经营类别/],
    [{ branchId: 'br_nowhere' }, 'branchId', /网点/],
  ]
  for (const [change, field, message] of cases) {
    const res = await apply(li, { ...APPLICATION, ...change })
    expect([JSON.stringify(change), res.statusCode]).toEqual([JSON.stringify(change), 400])
    const first = fieldsOf(res)?.[0]
    expect(first?.field).toBe(field)
    expect(first?.message).toMatch(message)
  }
  expect(changedTables(before, storeSnapshot(bank))).toEqual([])
})

it('a second application while the first is open is 409 REFERRAL_OPEN, naming it; after closing, a new one works', async () => {
  const first = (await apply(li, APPLICATION)).json<MerchantApplication>()
  const again = await apply(li, { ...APPLICATION, shopName: '另一家店（示例）' })
  expect(again.statusCode).toBe(409)
  expect(again.json<ErrorBody>()).toMatchObject({
    code: 'REFERRAL_OPEN',
    message: '您已提交过入驻申请，客户经理将尽快联系您',
    details: { referralId: first.referralId },
  })
  const zhang = logInAs(bank, '13900000101')
  const closed = await post(
    bank.app,
    `/staff/referrals/${first.referralId}/status`,
    { status: 'closed' },
    zhang.auth,
  )
  expect(closed.statusCode).toBe(200)
  expect((await apply(li, APPLICATION)).statusCode).toBe(201)
})

it('an open 商户收单 enquiry blocks an application with its own words', async () => {
  const enquiry = await post(
    bank.app,
    '/referrals',
    { productId: 'pd_merchant_acquiring', town: '戴南镇', preferredTime: 'anytime' },
    wang.auth,
  )
  expect(enquiry.statusCode).toBe(201)
  const res = await apply(wang, APPLICATION)
  expect(res.statusCode).toBe(409)
  expect(res.json<ErrorBody>().message).toMatch(/您已咨询过商户收单/)
})

it('merchants and staff cannot apply; anonymous callers must log in', async () => {
  expect((await apply(logInAs(bank, '13900000201'), APPLICATION)).statusCode).toBe(403)
  expect((await apply(logInAs(bank, '13900000101'), APPLICATION)).statusCode).toBe(403)
  expect((await post(bank.app, '/merchant-applications', APPLICATION)).statusCode).toBe(401)
})
