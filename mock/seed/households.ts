// Sample customers and whitelisted households (village-wide credit assessment). All fabricated.
import { makeIdNumber } from '../../src/utils/id-number'

/** Region code of Xinghua (兴化市) used in every fabricated ID number. */
export const SEED_REGION = '321281'
const id = (birth: string, seq: string) => makeIdNumber(SEED_REGION, birth, seq)

/** A whitelisted household from the village-wide credit assessment. */
export interface SeedHousehold {
  idNumber: string
  name: string
  town: string
  village: string
  limitFen: number
  aprMinBp: number
  aprMaxBp: number
  validUntil: string
  /** The phone the bank holds for the household: the second factor of binding its ID. */
  phone: string
}

/** A seeded customer; `idNumber` set means real-name bound. */
export interface SeedCustomer {
  userId: string
  phone: string
  name?: string
  idNumber?: string
}

const WANG = id('19680315', '031')
const LI = id('19720608', '042')
const CHEN = id('19850921', '013')

/**
 * Households with pre-approved limits; the last four are not registered yet (bind to see a limit: the
 * code goes to the household's phone on the bank's record, 139000000xx).
 */
export const SEED_WHITELIST: SeedHousehold[] = [
  {
    idNumber: WANG,
    name: '王建国',
    town: '戴南镇',
    village: '董北村（示例）',
    limitFen: 5_000_000,
    aprMinBp: 395,
    aprMaxBp: 650,
    validUntil: '2027-12-31',
    phone: '13900000001',
  },
  {
    idNumber: LI,
    name: '李秀英',
    town: '张郭镇',
    village: '张郭村（示例）',
    limitFen: 12_000_000,
    aprMinBp: 385,
    aprMaxBp: 620,
    validUntil: '2027-12-31',
    phone: '13900000002',
  },
  {
    idNumber: id('19760112', '057'),
    name: '赵志强',
    town: '安丰镇',
    village: '安丰村（示例）',
    limitFen: 8_000_000,
    aprMinBp: 420,
    aprMaxBp: 680,
    validUntil: '2027-06-30',
    phone: '13900000011',
  },
  {
    idNumber: id('19800427', '066'),
    name: '孙桂兰',
    town: '沙沟镇',
    village: '沙沟村（示例）',
    limitFen: 3_000_000,
    aprMinBp: 450,
    aprMaxBp: 720,
    validUntil: '2027-06-30',
    phone: '13900000012',
  },
  {
    idNumber: id('19651130', '079'),
    name: '周德福',
    town: '千垛镇',
    village: '东旺村（示例）',
    limitFen: 20_000_000,
    aprMinBp: 365,
    aprMaxBp: 580,
    validUntil: '2027-12-31',
    phone: '13900000013',
  },
  {
    idNumber: id('19881005', '084'),
    name: '吴海燕',
    town: '陈堡镇',
    village: '陈堡村（示例）',
    limitFen: 5_000_000,
    aprMinBp: 430,
    aprMaxBp: 690,
    validUntil: '2027-12-31',
    phone: '13900000014',
  },
]

/** Customers: 0001 and 0002 whitelisted and bound, 0003 and 0005 not real-name, 0004 bound without limit. */
export const SEED_CUSTOMERS: SeedCustomer[] = [
  { userId: 'u_c0001', phone: '13900000001', name: '王建国', idNumber: WANG },
  { userId: 'u_c0002', phone: '13900000002', name: '李秀英', idNumber: LI },
  { userId: 'u_c0003', phone: '13900000003' },
  { userId: 'u_c0004', phone: '13900000004', name: '陈立新', idNumber: CHEN },
  { userId: 'u_c0005', phone: '13900000005' },
]
