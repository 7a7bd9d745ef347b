// H5 has no WeChat identity: customers log in with phone + SMS code. See index.weapp.ts.

/** Whether one-tap WeChat login exists on this platform. */
export const wechatLoginAvailable = false

/** A WeChat login code to trade for a session on the server. */
export async function getWechatLoginCode(): Promise<string> {
  throw new Error('WeChat login is only available in the mini-program')
}
