import Taro from '@tarojs/taro'

/** Starts a phone call: WeChat's dialer prompt, or a tel: link on H5 (Taro does both). */
export async function callPhone(phoneNumber: string): Promise<void> {
  await Taro.makePhoneCall({ phoneNumber: phoneNumber.replace(/[^\d+]/g, '') })
}
