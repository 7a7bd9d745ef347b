// Sample customer managers, one per town and two more at 戴南. All fabricated.

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
  // Two more at 戴南, so the branch bulletin ranks several people.
  ['孙丽', '戴南镇', 'br_dainan'],
  ['周军', '戴南镇', 'br_dainan'],
]

/** Staff 13900000101 (戴南镇) to 13900000108, one per town; 13900000109 and 110 also at 戴南. */
export const SEED_STAFF: SeedStaff[] = STAFF_ROWS.map(([name, town, branchId], i) => ({
  userId: `u_s01${String(i + 1).padStart(2, '0')}`,
  phone: `139000001${String(i + 1).padStart(2, '0')}`,
  name,
  staffCode: `XH${String(101 + i)}`,
  town,
  branchId,
}))
