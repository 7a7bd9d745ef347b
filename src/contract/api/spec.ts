// What the table says about one operation besides its route: documentation, schemas, error codes.
import type { Static, TSchema } from '@sinclair/typebox'
import type { ErrorCode } from '../errors'

/** Statuses of a successful answer. */
export type SuccessStatus = 200 | 201 | 202 | 204

/** Schemas, docs and errors of one operation (its method, path and access are in ENDPOINTS). */
export interface EndpointSpec {
  /** OpenAPI tag: the domain. */
  tag: string
  /** Chinese one-line title. */
  summary: string
  /** Rules a client must know, in English. */
  description?: string
  /** Path parameters: exactly the path's `:name`s. */
  params?: TSchema
  query?: TSchema
  body?: TSchema
  /** Successful answers by status. */
  response: Partial<Record<SuccessStatus, TSchema>>
  /** Codes this operation may answer besides the universal ones (validation, session, limits). */
  errors: readonly ErrorCode[]
  /**
   * The operation hands out or ends a credential (login, session, logout): it always runs, never
   * from an Idempotency-Key replay (a stored login would hand a live token to whoever repeats the key;
   * a replayed logout would leave a new session alive), and goes out with Cache-Control: no-store.
   */
  credential?: true
}

type StaticOf<S> = S extends TSchema ? Static<S> : never

/** Properties an input needs for a schema: required unless every field in it is optional. */
type InputPart<Name extends string, S> = S extends TSchema
  ? Record<never, never> extends Static<S>
    ? { [P in Name]?: Static<S> }
    : { [P in Name]: Static<S> }
  : { [P in Name]?: never }

/** What a call of the operation sends: path params, query and body, each typed by its schema. */
export type InputOf<Spec extends EndpointSpec> = InputPart<'params', Spec['params']> &
  InputPart<'query', Spec['query']> &
  InputPart<'body', Spec['body']>

/** The body of a successful answer (a union when several statuses are possible). */
export type ResultOf<Spec extends EndpointSpec> = StaticOf<Spec['response'][keyof Spec['response']]>
