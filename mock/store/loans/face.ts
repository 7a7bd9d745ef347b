// Simulated face check (liveness): the bank issues four digits to read aloud, valid 2 minutes, once.
import { randomInt, randomUUID } from 'node:crypto'
import type { FaceChallenge } from '../../../src/contract/loans'
import { bankError } from '../../errors'
import type { Db } from '../db'
import { findEditableDraft } from './applications'
import { hasCurrentConsent, listConsents } from './consents'

/** Seconds a challenge stays valid. */
const CHALLENGE_SECONDS = 120

interface ChallengeRow {
  id: string
  application_id: string
  digits: string
  expires_at: number
  used_at: number | null
}

/** Issues a challenge; biometric data may only be processed with its separate consent (422). */
export function createFaceChallenge(db: Db, customerId: string, id: string, nowMs: number): FaceChallenge {
  return db
    .transaction((): FaceChallenge => {
      findEditableDraft(db, customerId, id)
      if (!hasCurrentConsent(listConsents(db, id), 'face-biometric'))
        throw bankError('BIOMETRIC_CONSENT_REQUIRED')
      const challengeId = `fc_${randomUUID()}`
      const digits = String(randomInt(0, 10_000)).padStart(4, '0')
      const expiresAt = nowMs + CHALLENGE_SECONDS * 1000
      db.prepare(
        'INSERT INTO face_challenges (id, application_id, digits, expires_at) VALUES (?, ?, ?, ?)',
      ).run(challengeId, id, digits, expiresAt)
      return { challengeId, digits, expiresAt: new Date(expiresAt).toISOString(), simulated: true }
    })
    .immediate()
}

/**
 * Checks the digits read back. Any attempt uses the challenge up, so digits cannot be guessed; the
 * customer starts a new one. Unknown, expired, used, another application's, or wrong: 422.
 */
export function verifyFace(
  db: Db,
  customerId: string,
  id: string,
  challengeId: string,
  digits: string,
  nowMs: number,
): void {
  // A failed attempt must still burn the challenge, so the outcome is returned, not thrown, inside.
  const ok = db
    .transaction((): boolean => {
      findEditableDraft(db, customerId, id)
      const challenge = db.prepare('SELECT * FROM face_challenges WHERE id = ?').get(challengeId) as
        ChallengeRow | undefined
      if (!challenge || challenge.application_id !== id || challenge.used_at !== null) return false
      db.prepare('UPDATE face_challenges SET used_at = ? WHERE id = ?').run(nowMs, challengeId)
      if (challenge.expires_at <= nowMs || challenge.digits !== digits) return false
      db.prepare('UPDATE loan_applications SET face_verified_at = ? WHERE id = ?').run(nowMs, id)
      return true
    })
    .immediate()
  if (!ok) throw bankError('FACE_CHECK_FAILED')
}
