/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5' | string
    /** Origin of the bank API; empty means same origin (H5 behind the dev server or a reverse proxy). */
    TARO_APP_API_BASE?: string
    /** WeChat subscribe-message template id for booking reminders (mini-program only). */
    TARO_APP_BOOKING_REMINDER_TEMPLATE?: string
  }
}
