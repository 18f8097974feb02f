import { APIError } from 'payload'

/**
 * A publish the rules do not allow (content for children without a reviewer, a translator
 * publishing): a 403 with a message saying what to do instead. Logged as information, not as a
 * server error, since it is the system working as meant.
 */
export class PublishingRefused extends APIError {
  constructor(message: string) {
    super(message, 403, null, true)
    this.name = 'PublishingRefused'
  }
}
