// The logged-in user as the app sees it (masked), and real-name verification.
import { Type, type Static } from '@sinclair/typebox'
import { PERSON_NAME_PATTERN, ROLES } from './constants'
import { Bp, CodeSentAnswer, Fen, Id, IsoDate, StringEnum } from './common'

/** A whitelisted household's pre-approved credit limit (village-wide credit assessment). */
export const PreApproval = Type.Object(
  {
    limitFen: Fen,
    aprMinBp: Bp,
    aprMaxBp: Bp,
    validUntil: IsoDate,
    productName: Type.String({ description: 'Loan product name, "阳光e贷"' }),
  },
  { description: 'Pre-approved limit; APR range must be shown wherever the loan is marketed' },
)
export type PreApproval = Static<typeof PreApproval>

/** The current user; full phone, name and ID number never leave the server. */
export const Me = Type.Object(
  {
    id: Id,
    role: StringEnum(ROLES, { description: 'customer | merchant | staff' }),
    phoneMasked: Type.String({ description: 'e.g. 139****0001' }),
    realNameVerified: Type.Boolean({ description: 'True once name + ID number are bound' }),
    nameMasked: Type.Optional(Type.String({ description: 'e.g. 王*国, 2-char names 王*' })),
    idNumberMasked: Type.Optional(
      Type.String({ description: 'First and last char only, e.g. 3****************X' }),
    ),
    preApproval: Type.Union([PreApproval, Type.Null()], { description: 'Pre-approval, or null' }),
    displayName: Type.Optional(Type.String({ description: 'Merchant shop name, or staff "客户经理 张*"' })),
  },
  { description: 'The logged-in user (masked)' },
)
export type Me = Static<typeof Me>

/** Body of POST /me/real-name. */
export const RealNameRequest = Type.Object(
  {
    name: Type.String({
      title: '姓名',
      description: '2-20 Chinese characters, may contain ·',
      minLength: 2,
      maxLength: 20,
      pattern: PERSON_NAME_PATTERN,
    }),
    idNumber: Type.String({
      title: '身份证号',
      description: '18-char resident ID number (GB 11643-1999)',
      minLength: 18,
      maxLength: 18,
      pattern: '^\\d{17}[\\dXx]$',
    }),
    smsCode: Type.Optional(
      Type.String({
        title: '短信验证码',
        description: 'The code texted to the phone the bank holds for this household (after CODE_SENT)',
        pattern: '^\\d{6}$',
      }),
    ),
  },
  { additionalProperties: false, description: 'Name and ID number to bind' },
)
export type RealNameRequest = Static<typeof RealNameRequest>

/**
 * Answer (202) of POST /me/real-name for a whitelisted household: a code went to the phone the bank
 * holds for it; send the request again with smsCode to bind.
 */
export const RealNameCodeSent = CodeSentAnswer(
  "The household's phone on the bank's record, masked",
  'Second factor sent',
)
export type RealNameCodeSent = Static<typeof RealNameCodeSent>
