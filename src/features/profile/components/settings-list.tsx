import Taro from '@tarojs/taro'
import { Cell, CellGroup, Switch } from '@nutui/nutui-react-taro'
import { setElderMode, useElderMode } from '@/services/preferences/elder-mode'
import { routes } from '@/routes'

/** Settings every visitor has: elder mode and the privacy policy. */
export function SettingsList() {
  const elder = useElderMode()
  return (
    <CellGroup title="设置">
      <Cell
        title="长辈模式"
        description="字体更大、按钮更大，看得清、点得准"
        extra={<Switch checked={elder} onChange={setElderMode} aria-label="长辈模式" />}
      />
      <Cell title="隐私政策" clickable extra="查看" onClick={() => Taro.navigateTo({ url: routes.privacyPolicy })} />
    </CellGroup>
  )
}
