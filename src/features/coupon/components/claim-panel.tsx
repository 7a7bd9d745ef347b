import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import type { CouponBatch } from '@/contract/coupons'
import { routes } from '@/routes'
import { useClaim } from '../hooks/use-claim'
import { audienceText } from '../model/batch-words'
import { CLAIM_LABELS } from '../model/claim-action'
import './claim-panel.scss'

/** Props of the claim panel. */
export interface ClaimPanelProps {
  batch: CouponBatch
  /** Reads the batch again (after a refusal). */
  reload: () => Promise<void>
}

/** The claim button, saying what it can do, and the bank's reason in words when it said no. */
export function ClaimPanel({ batch, reload }: ClaimPanelProps) {
  const claim = useClaim(batch, reload)
  const open = claim.action === 'claim'
  // Known before any tap: the bank said this targeted batch is not for this customer.
  const whyNot =
    !claim.message && claim.action === 'not-eligible' && batch.audience.length
      ? `${audienceText(batch.audience)}，您暂不符合领取条件，可咨询当地客户经理`
      : undefined
  return (
    <View className="cc-claim">
      <InlineError message={claim.message} />
      {whyNot ? <Text className="cc-claim__hint">{whyNot}</Text> : null}
      <Button
        type="primary"
        size="large"
        block
        disabled={!open}
        loading={claim.pending}
        // NutUI's props type omits the ARIA props it passes on to Taro's Button; Taro's H5 button has no
        // role of its own: say "button", and "disabled", to screen readers too.
        {...({ role: 'button', ariaDisabled: !open } as object)}
        onClick={() => void claim.claim()}
      >
        {CLAIM_LABELS[claim.action]}
      </Button>
      {batch.claimedByMe ? (
        <Button fill="none" block onClick={() => void Taro.navigateTo({ url: routes.myCoupons })}>
          查看我的券，到店出示使用
        </Button>
      ) : null}
    </View>
  )
}
