// Sample people: customers, whitelisted households, staff and merchants. All fabricated.
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

/** Households with pre-approved limits; the last four are not registered yet (bind to see a limit). */
export const SEED_WHITELIST: SeedHousehold[] = [
  { idNumber: WANG, name: '王建国', town: '戴南镇', village: '董北村（示例）', limitFen: 5_000_000, aprMinBp: 395, aprMaxBp: 650, validUntil: '2027-12-31' },
  { idNumber: LI, name: '李秀英', town: '张郭镇', village: '张郭村（示例）', limitFen: 12_000_000, aprMinBp: 385, aprMaxBp: 620, validUntil: '2027-12-31' },
  { idNumber: id('19760112', '057'), name: '赵志强', town: '安丰镇', village: '安丰村（示例）', limitFen: 8_000_000, aprMinBp: 420, aprMaxBp: 680, validUntil: '2027-06-30' },
  { idNumber: id('19800427', '066'), name: '孙桂兰', town: '沙沟镇', village: '沙沟村（示例）', limitFen: 3_000_000, aprMinBp: 450, aprMaxBp: 720, validUntil: '2027-06-30' },
  { idNumber: id('19651130', '079'), name: '周德福', town: '千垛镇', village: '东旺村（示例）', limitFen: 20_000_000, aprMinBp: 365, aprMaxBp: 580, validUntil: '2027-12-31' },
  { idNumber: id('19881005', '084'), name: '吴海燕', town: '陈堡镇', village: '陈堡村（示例）', limitFen: 5_000_000, aprMinBp: 430, aprMaxBp: 690, validUntil: '2027-12-31' },
]

/** Customers: 0001 and 0002 whitelisted and bound, 0003 and 0005 not real-name, 0004 bound without limit. */
export const SEED_CUSTOMERS: SeedCustomer[] = [
  { userId: 'u_c0001', phone: '13900000001', name: '王建国', idNumber: WANG },
  { userId: 'u_c0002', phone: '13900000002', name: '李秀英', idNumber: LI },
  { userId: 'u_c0003', phone: '13900000003' },
  { userId: 'u_c0004', phone: '13900000004', name: '陈立新', idNumber: CHEN },
  { userId: 'u_c0005', phone: '13900000005' },
]

/** A customer manager assigned to a town and its branch. */
export interface SeedStaff {
  userId: string
  phone: string
  name: string
  staffCode: string
  town: string
  branchId: string
}

const STAFF_ROWS: [string, string, string][] = [
  ['张伟', '戴南镇', 'br_dainan'],
  ['李强', '昭阳街道', 'br_zhaoyang'],
  ['王芳', '张郭镇', 'br_zhangguo'],
  ['刘洋', '安丰镇', 'br_anfeng'],
  ['陈静', '沙沟镇', 'br_shagou'],
  ['杨帆', '千垛镇', 'br_qianduo'],
  ['赵磊', '陈堡镇', 'br_chenbao'],
  ['黄敏', '竹泓镇', 'br_zhuhong'],
]

/** Staff 13900000101 (戴南镇) to 13900000108, one per town. */
export const SEED_STAFF: SeedStaff[] = STAFF_ROWS.map(([name, town, branchId], i) => ({
  userId: `u_s01${String(i + 1).padStart(2, '0')}`,
  phone: `139000001${String(i + 1).padStart(2, '0')}`,
  name,
  staffCode: `XH${String(101 + i)}`,
  town,
  branchId,
}))

/** An alliance merchant (好邻居) near a branch. */
export interface SeedMerchant {
  userId: string
  phone: string
  shopName: string
  category: string
  town: string
  branchId: string
  address: string
  lat: number
  lng: number
}

/** Merchants 13900000201 onwards. */
export const SEED_MERCHANTS: SeedMerchant[] = [
  { userId: 'u_m0201', phone: '13900000201', shopName: '戴南好邻居超市（示例）', category: '超市', town: '戴南镇', branchId: 'br_dainan', address: '兴化市戴南镇兴达路 26 号（示例地址）', lat: 32.7451, lng: 120.0702 },
  { userId: 'u_m0202', phone: '13900000202', shopName: '张郭农资服务站（示例）', category: '农资', town: '张郭镇', branchId: 'br_zhangguo', address: '兴化市张郭镇人民路 30 号（示例地址）', lat: 32.7802, lng: 120.1161 },
  { userId: 'u_m0203', phone: '13900000203', shopName: '昭阳好邻居便利店（示例）', category: '便利店', town: '昭阳街道', branchId: 'br_zhaoyang', address: '兴化市昭阳街道英武路 102 号（示例地址）', lat: 32.9395, lng: 119.8537 },
  { userId: 'u_m0204', phone: '13900000204', shopName: '沙沟湖鲜馆（示例）', category: '餐饮', town: '沙沟镇', branchId: 'br_shagou', address: '兴化市沙沟镇古镇路 15 号（示例地址）', lat: 33.1283, lng: 119.6803 },
  { userId: 'u_m0205', phone: '13900000205', shopName: '安丰粮油商行（示例）', category: '粮油', town: '安丰镇', branchId: 'br_anfeng', address: '兴化市安丰镇海河路 40 号（示例地址）', lat: 32.8420, lng: 120.0481 },
]
