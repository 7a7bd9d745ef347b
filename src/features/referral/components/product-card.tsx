import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Product } from '@/contract/products'
import { routes } from '@/routes'
import { formatFen, formatRateRange } from '@/utils/money'
import './product-card.scss'

/** Props of a product in the catalogue. */
export interface ProductCardProps {
  product: Product
}

/** A product: what it is and, for credit, its APR range as prominently as any amount. */
export function ProductCard({ product }: ProductCardProps) {
  return (
    <View
      className="cc-product"
      role="button"
      onClick={() => Taro.navigateTo({ url: `${routes.product}?id=${encodeURIComponent(product.id)}` })}
    >
      <Text className="cc-product__name">{product.name}</Text>
      <Text className="cc-product__summary">{product.summary}</Text>
      {product.aprMinBp !== undefined && product.aprMaxBp !== undefined ? (
        <Text className="cc-product__apr">
          年化利率（单利）{formatRateRange(product.aprMinBp, product.aprMaxBp)}
        </Text>
      ) : null}
      {product.amountMaxFen ? (
        <Text className="cc-product__summary">最高 {formatFen(product.amountMaxFen)} 元</Text>
      ) : null}
    </View>
  )
}
