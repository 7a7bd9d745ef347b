import { Text } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useProducts } from '@/features/referral/api/get-products'
import { ProductCard } from '@/features/referral/components/product-card'
import './index.scss'

export default function ProductsPage() {
  const products = useProducts()
  return (
    <PageShell>
      <Text className="products-page__intro">选择感兴趣的产品，客户经理会主动联系您，上门或到网点办理。</Text>
      {products.loading && !products.data ? <LoadingBlock /> : null}
      <InlineError message={products.error?.message} onClick={() => void products.reload()} />
      {products.data?.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </PageShell>
  )
}
