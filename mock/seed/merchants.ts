// Sample alliance merchants (好邻居) near branches. All fabricated.

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
  /** The shop's public landline or mobile, shown to customers. */
  shopPhone: string
  /** Opening hours in words. */
  hoursText: string
}

/** Merchants 13900000201 onwards. */
export const SEED_MERCHANTS: SeedMerchant[] = [
  {
    userId: 'u_m0201',
    phone: '13900000201',
    shopName: '戴南好邻居超市（示例）',
    category: '超市',
    town: '戴南镇',
    branchId: 'br_dainan',
    address: '兴化市戴南镇兴达路 26 号（示例地址）',
    lat: 32.7451,
    lng: 120.0702,
    shopPhone: '0523-83231201',
    hoursText: '每天 07:00–21:30',
  },
  {
    userId: 'u_m0202',
    phone: '13900000202',
    shopName: '张郭农资服务站（示例）',
    category: '农资',
    town: '张郭镇',
    branchId: 'br_zhangguo',
    address: '兴化市张郭镇人民路 30 号（示例地址）',
    lat: 32.7802,
    lng: 120.1161,
    shopPhone: '0523-83452202',
    hoursText: '周一至周六 07:30–17:30；周日休息',
  },
  {
    userId: 'u_m0203',
    phone: '13900000203',
    shopName: '昭阳好邻居便利店（示例）',
    category: '便利店',
    town: '昭阳街道',
    branchId: 'br_zhaoyang',
    address: '兴化市昭阳街道英武路 102 号（示例地址）',
    lat: 32.9395,
    lng: 119.8537,
    shopPhone: '0523-83283203',
    hoursText: '全天24小时营业',
  },
  {
    userId: 'u_m0204',
    phone: '13900000204',
    shopName: '沙沟湖鲜馆（示例）',
    category: '餐饮',
    town: '沙沟镇',
    branchId: 'br_shagou',
    address: '兴化市沙沟镇古镇路 15 号（示例地址）',
    lat: 33.1283,
    lng: 119.6803,
    shopPhone: '0523-83510204',
    hoursText: '每天 10:30–14:00、16:30–21:00',
  },
  {
    userId: 'u_m0205',
    phone: '13900000205',
    shopName: '安丰粮油商行（示例）',
    category: '粮油',
    town: '安丰镇',
    branchId: 'br_anfeng',
    address: '兴化市安丰镇海河路 40 号（示例地址）',
    lat: 32.842,
    lng: 120.0481,
    shopPhone: '0523-83610205',
    hoursText: '每天 07:00–19:00',
  },
]
