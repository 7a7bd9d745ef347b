import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { LoanConsentDocument } from '@/contract/constants'
import type { LoanApplication, LoanDocument } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { useAction } from '@/services/http/use-action'
import { formatBeijing } from '@/utils/beijing-format'
import { agreeToDocument } from '../../api/application-steps'
import { getLoanDocuments, useLoanDocuments } from '../../api/get-loan-documents'
import { DocumentReader } from './document-reader'
import './apply-steps.scss'

/** Props of the authorisations step. */
export interface ConsentsStepProps {
  application: LoanApplication
  onAgreed: (application: LoanApplication) => void
}

/** Each authorisation opened, read to the end and agreed to on its own; nothing is agreed in advance. */
export function ConsentsStep({ application, onAgreed }: ConsentsStepProps) {
  const documents = useLoanDocuments()
  const [open, setOpen] = useState<LoanDocument>()
  const agree = useAction((key, document: LoanDocument) =>
    agreeToDocument(
      application.id,
      { documentId: document.id as LoanConsentDocument, version: document.version },
      key,
    ),
  )
  const agreement = (document: LoanDocument) =>
    application.consents.find((c) => c.documentId === document.id && c.version === document.version)

  const onAgree = async (document: LoanDocument) => {
    const result = await agree.execute(document)
    if (result.ok) {
      setOpen(undefined)
      return onAgreed(result.data)
    }
    // The bank published a new version meanwhile: show it, to be read and agreed to afresh.
    if (result.error.code === 'CONSENT_VERSION_OUTDATED') {
      const latest = await getLoanDocuments().catch(() => undefined)
      void documents.reload()
      const fresh = latest?.find((d) => d.id === document.id)
      if (fresh) setOpen(fresh)
    }
  }
  const close = () => {
    agree.clearError()
    setOpen(undefined)
  }

  return (
    <View className="cc-apply-step">
      <Text className="cc-apply-step__notice">
        申请贷款需要您逐一阅读并同意以下授权。人脸识别涉及生物识别信息，需单独授权。
      </Text>
      <InlineError message={documents.error?.message} onClick={() => void documents.reload()} />
      {documents.loading && !documents.data ? <LoadingBlock /> : null}
      <CellGroup>
        {(documents.data ?? []).map((document) => {
          const agreed = agreement(document)
          return (
            <Cell
              key={document.id}
              title={`《${document.title}》`}
              description={
                agreed
                  ? `已同意 · 版本 ${agreed.version} · ${formatBeijing(agreed.agreedAt, 'YYYY-MM-DD HH:mm')}`
                  : document.summary
              }
              extra={agreed ? '已同意' : '阅读并同意 ›'}
              onClick={() => {
                agree.clearError()
                setOpen(document)
              }}
            />
          )
        })}
      </CellGroup>
      <DocumentReader
        document={open}
        agreeing={agree.pending}
        error={agree.error?.message}
        onAgree={onAgree}
        onClose={close}
      />
    </View>
  )
}
