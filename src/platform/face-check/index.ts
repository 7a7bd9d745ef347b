// Face verification (人脸识别) for the loan application. Simulated on every platform: the mock bank
// issues four digits to read aloud and checks them. A real build swaps this module for the bank's
// liveness SDK (H5) or wx.startFacialRecognitionVerify (weapp, which needs the bank's own WeChat
// qualification and a verify id from the backend); pages only see `captureFace`.

/** What the capture gave back for the bank to check. */
export type FaceCaptureResult = { ok: true; digits: string } | { ok: false; reason: string }

/** True on every build of this app: the UI must say so plainly. */
export const faceCheckIsSimulated = true

/** How long the simulated capture "looks at" the camera, so the step feels like one. */
const SIMULATED_CAPTURE_MS = 1200

/**
 * Captures the customer reading the challenge digits. The simulation "hears" the digits it was given;
 * nothing leaves the device but those digits.
 */
export function captureFace(challengeDigits: string): Promise<FaceCaptureResult> {
  if (!/^\d{4}$/.test(challengeDigits)) return Promise.resolve({ ok: false, reason: '识别码无效，请重试' })
  return new Promise((resolve) =>
    setTimeout(() => resolve({ ok: true, digits: challengeDigits }), SIMULATED_CAPTURE_MS),
  )
}
