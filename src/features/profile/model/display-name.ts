import type { Me } from '@/contract/me'

const roleLabels: Record<Me['role'], string> = {
  customer: '个人客户',
  merchant: '合作商户',
  staff: '银行员工',
}

/** How to greet the user: shop or staff title, else masked name, else masked phone. */
export function displayName(user: Me): string {
  return user.displayName ?? user.nameMasked ?? user.phoneMasked
}

/** The user's role in Chinese. */
export function roleLabel(role: Me['role']): string {
  return roleLabels[role]
}
