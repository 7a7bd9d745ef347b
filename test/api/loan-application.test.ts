import { PRIVACY_VERSION } from '@/contract/constants'
import { makeIdNumber } from '@/utils/id-number'
import type { ErrorBody } from '@/contract/common'
import type {
  CreditLine,
  FaceChallenge,
  LoanApplication,
  LoanContract,
  LoanDocument,
  LoanOverview,
} from '@/contract/loans'
import { get, logInAs, type QuickSession, bankForEachTest } from '../support/api-app'
import {
  APPLY,
  CONSENT_DOCS,
  DOC_VERSION,
  OTHER_CARD,
  OWN_CARD,
  codeOf,
  loanClient,
  bindRealName,
  readyDraft,
  bindCard,
  withCheckDigit,
} from '../support/loan-flow'

const bank = bankForEachTest()
let wang: QuickSession
let c: ReturnType<typeof loanClient>
beforeEach(async () => {
  wang = logInAs(bank, '13900000001') // 王建国: whitelisted, 50,000 yuan at 3.95%
  c = loanClient(bank, wang)
})

const fieldsOf = (res: { json: () => unknown }) => (res.json() as ErrorBody).details?.fields

describe('documents (public)', () => {
  it('lists the three authorisations in reading order, current version, with full text', async () => {
    const res = await get(bank.app, '/loan/documents')
    expect(res.statusCode).toBe(200)
    const items = res.json<{ items: LoanDocument[] }>().items
    expect(items.map((d) => [d.id, d.title, d.version])).toEqual([
      ['credit-report', '征信查询授权书', DOC_VERSION],
      ['personal-info', '个人信息处理授权书', DOC_VERSION],
      ['face-biometric', '人脸识别及生物识别信息处理授权书', DOC_VERSION],
    ])
    for (const doc of items) {
      expect(doc.paragraphs.length).toBeGreaterThanOrEqual(6)
      expect(doc.paragraphs.length).toBeLessThanOrEqual(10)
      expect(doc.paragraphs.join('')).toContain('0523-00000000（示例）')
    }
  })
})

describe('whitelisted customer: from application to credit line', () => {
  it('walks every step with the server deriving the next one', async () => {
    const started = await c.start()
    expect(started.statusCode).toBe(201)
    const draft = started.json<LoanApplication>()
    expect(draft).toMatchObject({
      status: 'draft',
      step: 'card',
      preApproved: true,
      preApproval: { limitFen: 5_000_000, aprMinBp: 395, aprMaxBp: 650 },
      card: null,
      consents: [],
      stages: [],
      approval: null,
      createdAt: '2026-11-20T01:00:00.000Z',
    })
    const id = draft.id

    // Card: a wrong check digit is a field error; the number never comes back in full.
    const badCard = await c.card(id, OWN_CARD.slice(0, -1) + ((Number(OWN_CARD.slice(-1)) + 1) % 10))
    expect(badCard.statusCode).toBe(400)
    expect(fieldsOf(badCard)).toEqual([{ field: 'cardNumber', message: '银行卡号有误，请核对后重新输入' }])
    // The holder matches the borrower: a code goes to the card's reserved phone; it binds the card.
    const sent = await c.card(id, OWN_CARD)
    expect(sent.statusCode).toBe(202)
    expect(sent.json()).toEqual({
      status: 'CODE_SENT',
      phoneMasked: '139****0001',
      resendAfterSeconds: 60,
      expiresInSeconds: 300,
    })
    expect((await c.get(id)).card).toBeNull()
    const carded = await c.send('PUT', `/loan/applications/${id}/card`, {
      cardNumber: OWN_CARD,
      smsCode: bank.lastCode('13900000001'),
    })
    expect(carded.statusCode).toBe(200)
    expect(carded.json<LoanApplication>()).toMatchObject({
      step: 'consents',
      card: { numberMasked: '6210 **** **** 0121', lastFour: '0121', bankName: '兴化农商银行' },
    })
    expect(carded.body).not.toContain(OWN_CARD)
    bank.clock.advanceSeconds(61) // a new code for the other card, a minute after the first
    const other = await bindCard(bank, wang, id, OTHER_CARD)
    expect(other.json<LoanApplication>().card).toEqual({
      numberMasked: '6228 **** **** 0007',
      lastFour: '0007',
      bankName: '他行借记卡',
    })

    // Consents: a stale version is refused with the current one; the face check needs its own consent.
    const stale = await c.consent(id, 'credit-report', '2025-01-01')
    expect(stale.statusCode).toBe(422)
    expect(stale.json<ErrorBody>()).toMatchObject({
      code: 'CONSENT_VERSION_OUTDATED',
      details: { version: DOC_VERSION, fields: [{ field: 'version' }] },
    })
    await c.consent(id, 'credit-report')
    await c.consent(id, 'personal-info')
    const noBiometric = await c.challenge(id)
    expect(noBiometric.statusCode).toBe(422)
    expect(codeOf(noBiometric)).toBe('BIOMETRIC_CONSENT_REQUIRED')
    expect((await c.get(id)).step).toBe('consents')
    bank.clock.advanceSeconds(10)
    const agreed = (await c.consent(id, 'face-biometric')).json<LoanApplication>()
    expect(agreed.step).toBe('face')
    expect(agreed.consents.map((x) => [x.documentId, x.version])).toEqual(
      CONSENT_DOCS.map((d) => [d, DOC_VERSION]),
    )
    // Agreeing again moves agreedAt.
    bank.clock.advanceSeconds(5)
    const again = (await c.consent(id, 'credit-report')).json<LoanApplication>()
    expect(again.consents[0].agreedAt).toBe(bank.clock.now().toISOString())
    expect(again.consents[0].agreedAt).not.toBe(agreed.consents[0].agreedAt)

    // Face: wrong digits fail and burn the challenge; a new one with the right digits passes.
    const first = (await c.challenge(id)).json<FaceChallenge>()
    expect(first).toMatchObject({ simulated: true, expiresAt: '2026-11-20T01:03:16.000Z' })
    expect(first.digits).toMatch(/^\d{4}$/)
    const wrongDigits = String((Number(first.digits) + 1) % 10000).padStart(4, '0')
    const wrong = await c.face(id, first.challengeId, wrongDigits)
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json<ErrorBody>()).toMatchObject({
      code: 'FACE_CHECK_FAILED',
      message: expect.stringContaining('重新'),
    })
    expect(codeOf(await c.face(id, first.challengeId, first.digits))).toBe('FACE_CHECK_FAILED')
    const second = (await c.challenge(id)).json<FaceChallenge>()
    const passed = await c.face(id, second.challengeId, second.digits)
    expect(passed.json<LoanApplication>()).toMatchObject({
      step: 'details',
      faceVerifiedAt: '2026-11-20T01:01:16.000Z',
    })

    // Submission: field rules from the shared product rules, several at once.
    const tooMuch = await c.submit(id, { ...APPLY, amountFen: 5_010_000, termMonths: 2 })
    expect(tooMuch.statusCode).toBe(400)
    expect(fieldsOf(tooMuch)).toEqual([
      { field: 'amountFen', message: '借款金额不能超过可用额度50,000元' },
      { field: 'termMonths', message: '借款期限须为3至36个月' },
    ])
    expect(fieldsOf(await c.submit(id, { ...APPLY, amountFen: 3_000_050 }))).toEqual([
      { field: 'amountFen', message: '借款金额须为100元的整数倍' },
    ])
    expect(fieldsOf(await c.submit(id, { ...APPLY, termMonths: 37 }))).toEqual([
      { field: 'termMonths', message: '借款期限须为3至36个月' },
    ])
    expect(fieldsOf(await c.submit(id, { ...APPLY, annualIncomeFen: 12_000_050 }))).toEqual([
      { field: 'annualIncomeFen', message: '年收入请填写整数元' },
    ])
    expect((await c.get(id)).status).toBe('draft')

    // Decision: revealed one stage per second on the mock clock.
    const submitted = await c.submit(id, APPLY)
    expect(submitted.statusCode).toBe(202)
    const reviewing = submitted.json<LoanApplication>()
    expect(reviewing).toMatchObject({
      status: 'reviewing',
      step: 'reviewing',
      request: APPLY,
      approval: null,
      decidedAt: null,
    })
    expect(reviewing.stages.map((s) => [s.title, s.status])).toEqual([
      ['核验身份信息', 'running'],
      ['查询征信报告', 'waiting'],
      ['反欺诈检查', 'waiting'],
      ['测算授信额度', 'waiting'],
    ])
    expect(codeOf(await c.read(`/loan/applications/${id}/contract`))).toBe('NO_CREDIT_LINE')
    bank.clock.advanceSeconds(2)
    const midway = await c.get(id)
    expect(midway.stages.map((s) => s.status)).toEqual(['done', 'done', 'running', 'waiting'])
    expect(midway.contractNumber).toBeNull()
    bank.clock.advanceSeconds(1)
    const lastStage = await c.get(id)
    expect([lastStage.status, lastStage.stages.map((s) => s.status)]).toEqual([
      'reviewing',
      ['done', 'done', 'done', 'running'],
    ])
    bank.clock.advanceSeconds(1)
    const approved = await c.get(id)
    expect(approved).toMatchObject({
      status: 'approved',
      step: 'approved',
      decidedAt: '2026-11-20T01:01:20.000Z',
      contractNumber: 'YGED-20261120-000001',
      approval: {
        limitFen: 5_000_000,
        aprBp: 395,
        limitExpiresOn: '2027-11-19',
        offerExpiresAt: '2026-11-27T01:01:20.000Z',
        interestNote:
          '按月计息，月利率=年化利率÷12，以未还本金计算；提前还款按实际天数计息，日利率=年化利率÷360（单利）',
      },
    })
    expect(approved.stages.every((s) => s.status === 'done')).toBe(true)

    // The contract states the approval's figures.
    const contract = (await c.read(`/loan/applications/${id}/contract`)).json<LoanContract>()
    expect(contract).toMatchObject({
      contractNumber: 'YGED-20261120-000001',
      title: '阳光e贷个人借款合同',
      version: DOC_VERSION,
      signedAt: null,
    })
    const text = contract.sections.flatMap((s) => s.paragraphs).join('\n')
    for (const phrase of [
      '人民币50,000.00元',
      '年化利率3.95%（单利）',
      '2027年11月19日',
      '王*国',
      '3****************',
      '6228 **** **** 0007',
      '等额本息、等额本金、先息后本',
      '日利率=年化利率/360',
      '3至36个月',
      '不收取违约金',
      '人民法院',
    ])
      expect(text).toContain(phrase)
    expect(text).not.toContain('王建国')

    // Signing: the SMS code is checked last and reported at its field.
    expect((await c.signCode(id)).statusCode).toBe(202)
    const code = bank.lastCode('13900000001')
    const wrongCode = code === '000000' ? '111111' : '000000'
    const badSign = await c.sign(id, wrongCode)
    expect(badSign.statusCode).toBe(422)
    expect(badSign.json<ErrorBody>()).toMatchObject({
      code: 'SMS_CODE_WRONG',
      details: { attemptsLeft: 4, fields: [{ field: 'smsCode', message: '验证码不正确，还可尝试4次' }] },
    })
    const staleContract = await c.sign(id, code, '2025-01-01')
    expect(staleContract.json<ErrorBody>()).toMatchObject({
      code: 'CONSENT_VERSION_OUTDATED',
      details: { version: DOC_VERSION },
    })
    const signed = await c.sign(id, code)
    expect(signed.statusCode).toBe(200)
    expect(signed.json<LoanApplication>()).toMatchObject({
      status: 'signed',
      step: 'signed',
      signedAt: expect.any(String),
    })
    expect(codeOf(await c.sign(id, code))).toBe('APPLICATION_NOT_EDITABLE')
    const signedContract = (await c.read(`/loan/applications/${id}/contract`)).json<LoanContract>()
    expect(signedContract.signedAt).toBe(signed.json<LoanApplication>().signedAt)

    // The credit line is open; a second application is refused while it lasts.
    const overview = (await c.read('/loan/overview')).json<LoanOverview>()
    expect(overview.creditLine).toEqual<CreditLine>({
      id: expect.any(String),
      limitFen: 5_000_000,
      usedFen: 0,
      availableFen: 5_000_000,
      aprBp: 395,
      expiresOn: '2027-11-19',
      expired: false,
      card: { numberMasked: '6228 **** **** 0007', lastFour: '0007', bankName: '他行借记卡' },
      contractNumber: 'YGED-20261120-000001',
    })
    expect(overview.application?.status).toBe('signed')
    const more = await c.start()
    expect(more.statusCode).toBe(409)
    expect(codeOf(more)).toBe('CREDIT_LINE_EXISTS')
  })

  it('an offer not signed within 7 days expires; the customer may apply again', async () => {
    const id = await readyDraft(bank, wang)
    await c.submit(id, APPLY)
    bank.clock.advanceSeconds(4)
    expect((await c.signCode(id)).statusCode).toBe(202)
    bank.clock.advanceSeconds(7 * 86400) // the offer's last moment: still signable
    c = loanClient(bank, logInAs(bank, '13900000001')) // bearer sessions last 7 days
    expect((await c.get(id)).step).toBe('approved')
    bank.clock.advanceSeconds(1)
    const expired = await c.get(id)
    expect(expired).toMatchObject({ status: 'approved', step: 'expired' })
    const late = await c.sign(id, bank.lastCode('13900000001'))
    expect(late.statusCode).toBe(422)
    expect(codeOf(late)).toBe('APPROVAL_EXPIRED')
    // Asking for a code says why, rather than "not approved".
    expect(codeOf(await c.signCode(id))).toBe('APPROVAL_EXPIRED')
    const overview = (await c.read('/loan/overview')).json<LoanOverview>()
    expect(overview.application).toMatchObject({ id, step: 'expired' })
    expect(overview.creditLine).toBeNull()
    const fresh = await c.start()
    expect(fresh.statusCode).toBe(201)
    expect(fresh.json<LoanApplication>().id).not.toBe(id)
  })

  it('the sign code is its own purpose: a login code does not sign, and sign codes do not block login codes', async () => {
    const id = await readyDraft(bank, wang)
    await c.submit(id, APPLY)
    bank.clock.advanceSeconds(4)
    const login = await bank.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sms-codes',
      payload: { phone: '13900000001' },
    })
    expect(login.statusCode).toBe(202)
    const loginCode = bank.lastCode('13900000001')
    expect(codeOf(await c.sign(id, loginCode))).toBe('SMS_CODE_NOT_SENT')
    expect((await c.signCode(id)).statusCode).toBe(202) // within 60 s of the login code: another purpose
    const early = await c.signCode(id)
    expect(early.statusCode).toBe(429)
    expect(early.json<ErrorBody>()).toMatchObject({
      code: 'SMS_TOO_FREQUENT',
      details: { retryAfterSeconds: 60 },
    })
    expect((await c.sign(id, bank.lastCode('13900000001'))).statusCode).toBe(200)
    // The login code was not used up by signing.
    const loggedIn = await bank.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sms-login',
      payload: { phone: '13900000001', code: loginCode, session: 'bearer', privacyVersion: PRIVACY_VERSION },
    })
    expect(loggedIn.statusCode).toBe(200)
  })
})

describe('who may borrow', () => {
  it('18 to 65 years old on the day of applying, by the ID number: a minor is refused before any step', async () => {
    const cases: [string, string, number][] = [
      ['20081121', '13911120001', 422], // 17, eighteen tomorrow
      ['20081120', '13911120002', 201], // eighteen today
      ['19611120', '13911120003', 201], // sixty-five today
      ['19601120', '13911120004', 422], // sixty-six today
    ]
    for (const [birth, phone, status] of cases) {
      const s = logInAs(bank, phone)
      await bindRealName(bank, s, '钱示例', makeIdNumber('321281', birth, phone.slice(-3)))
      const res = await loanClient(bank, s).start()
      expect([birth, res.statusCode]).toEqual([birth, status])
      if (status === 422) {
        expect(res.json()).toEqual({
          code: 'LOAN_AGE_NOT_ELIGIBLE',
          message: '阳光e贷仅面向年满18周岁、不超过65周岁的客户',
        })
      }
    }
  })
})

describe('resuming an application', () => {
  it('saves the form as typed and reads it back; the open application is answered again', async () => {
    const id = (await c.start()).json<LoanApplication>().id
    const saved = await c.send('PUT', `/loan/applications/${id}/draft`, {
      fields: { borrowerType: 'large-grower', annualIncome: '12万', amount: '30000' },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json<LoanApplication>().draft).toEqual({
      fields: { borrowerType: 'large-grower', annualIncome: '12万', amount: '30000' },
      savedAt: '2026-11-20T01:00:00.000Z',
    })
    const again = await c.start()
    expect(again.statusCode).toBe(200)
    expect(again.json<LoanApplication>()).toMatchObject({ id, draft: { fields: { annualIncome: '12万' } } })
    const overview = (await c.read('/loan/overview')).json<LoanOverview>()
    expect(overview).toMatchObject({
      application: { id, step: 'card' },
      creditLine: null,
      reapplyFrom: null,
      activeLoans: 0,
    })
    expect(overview.preApproval).toMatchObject({ limitFen: 5_000_000 })
  })

  it('step follows what is missing, in order; submitting early lists what is missing', async () => {
    const id = (await c.start()).json<LoanApplication>().id
    const early = await c.submit(id, APPLY)
    expect(early.statusCode).toBe(422)
    expect(early.json<ErrorBody>()).toMatchObject({
      code: 'APPLICATION_INCOMPLETE',
      details: { missing: ['card', 'consents', 'face'] },
    })
    await c.consent(id, 'face-biometric')
    expect((await c.get(id)).step).toBe('card')
    await bindCard(bank, wang, id, OWN_CARD)
    expect((await c.get(id)).step).toBe('consents')
    const challenge = (await c.challenge(id)).json<FaceChallenge>()
    await c.face(id, challenge.challengeId, challenge.digits)
    expect((await c.get(id)).step).toBe('consents') // face done, two consents still missing
    expect((await c.submit(id, APPLY)).json<ErrorBody>().details).toMatchObject({ missing: ['consents'] })
    await c.consent(id, 'credit-report')
    await c.consent(id, 'personal-info')
    expect((await c.get(id)).step).toBe('details')
  })

  it('a face challenge expires after 2 minutes and belongs to its application', async () => {
    const id = await readyDraft(bank, wang)
    const challenge = (await c.challenge(id)).json<FaceChallenge>()
    bank.clock.advanceSeconds(120)
    expect(codeOf(await c.face(id, challenge.challengeId, challenge.digits))).toBe('FACE_CHECK_FAILED')
    expect(codeOf(await c.face(id, 'fc_unknown', '1234'))).toBe('FACE_CHECK_FAILED')
  })

  it('nothing can be edited after submission', async () => {
    const id = await readyDraft(bank, wang)
    await c.submit(id, APPLY)
    for (const res of [
      await c.card(id, OWN_CARD),
      await c.consent(id, 'credit-report'),
      await c.challenge(id),
      await c.send('PUT', `/loan/applications/${id}/draft`, { fields: {} }),
      await c.submit(id, APPLY),
    ]) {
      expect(res.statusCode).toBe(409)
      expect(codeOf(res)).toBe('APPLICATION_NOT_EDITABLE')
    }
  })
})

describe('the disbursement card: four factors, one holder', () => {
  const LI_CARD = '6231380000000000021' // 李秀英's, reserved to 13900000012 on her bank's record

  it("a card another customer bound is refused next to the field; the holder's own next application may use it", async () => {
    const id = (await c.start()).json<LoanApplication>().id
    expect((await bindCard(bank, wang, id, OTHER_CARD)).statusCode).toBe(200)
    const chen = logInAs(bank, '13900000004')
    const chenClient = loanClient(bank, chen)
    const chenId = (await chenClient.start()).json<LoanApplication>().id
    const refused = await chenClient.card(chenId, OTHER_CARD)
    expect(refused.statusCode).toBe(422)
    expect(refused.json<ErrorBody>()).toEqual({
      code: 'CARD_CHECK_FAILED',
      message: '银行卡验证未通过，请使用您本人名下、未被他人绑定的借记卡',
      details: {
        fields: [
          { field: 'cardNumber', message: '银行卡验证未通过，请使用您本人名下、未被他人绑定的借记卡' },
        ],
      },
    })
    expect((await chenClient.get(chenId)).card).toBeNull()
    expect((await bindCard(bank, chen, chenId, '6231380000000000047')).statusCode).toBe(200)
    // Rebinding one's own card is no refusal.
    bank.clock.advanceSeconds(61)
    expect((await bindCard(bank, wang, id, OTHER_CARD)).statusCode).toBe(200)
  })

  it('a card whose bank names another holder is refused before any code is sent', async () => {
    const id = (await c.start()).json<LoanApplication>().id
    const refused = await c.card(id, LI_CARD)
    // The same answer as for a card another customer bound: nothing says whose the card is.
    expect(refused.statusCode).toBe(422)
    expect(refused.json<ErrorBody>()).toMatchObject({
      code: 'CARD_CHECK_FAILED',
      details: { fields: [{ field: 'cardNumber' }] },
    })
    expect(bank.sms).toEqual([])
    // An applicant without a real name is no holder of any listed card.
    const stranger = loanClient(bank, logInAs(bank, '13911113333'))
    expect(codeOf(await stranger.start())).toBe('REAL_NAME_REQUIRED')
  })

  it("the code goes to the card's reserved phone, not the login phone; a wrong code binds nothing", async () => {
    const li = logInAs(bank, '13900000002')
    const liClient = loanClient(bank, li)
    const id = (await liClient.start()).json<LoanApplication>().id
    const sent = await liClient.card(id, LI_CARD)
    expect(sent.json()).toMatchObject({ status: 'CODE_SENT', phoneMasked: '139****0012' })
    expect(bank.sms.map((m) => [m.phone, m.purpose])).toEqual([['13900000012', 'card-bind']])
    const right = bank.lastCode('13900000012')
    const wrong = right === '000000' ? '111111' : '000000'
    const refused = await liClient.send('PUT', `/loan/applications/${id}/card`, {
      cardNumber: LI_CARD,
      smsCode: wrong,
    })
    expect(refused.statusCode).toBe(422)
    expect(refused.json<ErrorBody>().details?.fields?.[0].field).toBe('smsCode')
    expect((await liClient.get(id)).card).toBeNull()
    // A code sent for this card does not bind another one.
    const swapped = await liClient.send('PUT', `/loan/applications/${id}/card`, {
      cardNumber: OTHER_CARD,
      smsCode: right,
    })
    expect(codeOf(swapped)).toBe('SMS_CODE_NOT_SENT')
    const bound = await liClient.send('PUT', `/loan/applications/${id}/card`, {
      cardNumber: LI_CARD,
      smsCode: right,
    })
    expect(bound.statusCode).toBe(200)
    expect(bound.json<LoanApplication>().card?.lastFour).toBe('0021')
  })

  it('a code confirms only the card it was sent for, even when both cards text the same phone', async () => {
    const id = (await c.start()).json<LoanApplication>().id
    const first = withCheckDigit('622848111122223333')
    const second = withCheckDigit('622848999988887777')
    expect((await c.card(id, first)).statusCode).toBe(202)
    const code = bank.lastCode('13900000001')
    const swapped = await c.send('PUT', `/loan/applications/${id}/card`, {
      cardNumber: second,
      smsCode: code,
    })
    expect(codeOf(swapped)).toBe('SMS_CODE_WRONG')
    expect((await c.get(id)).card).toBeNull()
    const bound = await c.send('PUT', `/loan/applications/${id}/card`, { cardNumber: first, smsCode: code })
    expect(bound.json<LoanApplication>().card?.lastFour).toBe(first.slice(-4))
  })

  it('five refused cards a day, then none is checked until midnight, a good one included', async () => {
    const id = (await c.start()).json<LoanApplication>().id
    for (let i = 0; i < 5; i += 1) expect(codeOf(await c.card(id, LI_CARD))).toBe('CARD_CHECK_FAILED')
    const stopped = await c.card(id, OWN_CARD)
    expect(stopped.statusCode).toBe(429)
    expect(stopped.json<ErrorBody>()).toMatchObject({
      code: 'CARD_CHECK_TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: 15 * 3600 }, // 09:00 → midnight, Beijing
    })
    expect(bank.sms).toEqual([])
    bank.clock.advanceSeconds(15 * 3600)
    expect((await c.card(id, OWN_CARD)).statusCode).toBe(202)
  })
})
