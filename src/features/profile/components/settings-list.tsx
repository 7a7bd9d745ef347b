import Taro from '@tarojs/taro'
import { Switch } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { setElderMode, useElderMode } from '@/services/preferences/elder-mode'
import { routes } from '@/routes'
import { palette } from '@/styles/theme'
import './settings-list.scss'

/** Settings every visitor has: elder mode and the privacy policy. */
export function SettingsList() {
  const elder = useElderMode()
  return (
    <CellGroup title="设置">
      <Cell
        className="cc-settings__switch"
        title="长辈模式"
        description="字更大，按钮更大"
        // Taro's own Switch: WeChat's native switch in the mini-program, a real checkbox on H5.
        // (NutUI's Switch writes an invalid `aria-role` attribute on H5.)
        // nativeProps reaches the H5 checkbox itself; ariaLabel is what WeChat's screen reader reads.
        extra={
          <Switch
            checked={elder}
            color={palette.brand}
            ariaLabel="长辈模式"
            nativeProps={{ 'aria-label': '长辈模式' }}
            onChange={(event) => setElderMode(event.detail.value)}
          />
        }
      />
      <Cell
        title="隐私政策"
        clickable
        extra="查看"
        onClick={() => Taro.navigateTo({ url: routes.privacyPolicy })}
      />
    </CellGroup>
  )
}
