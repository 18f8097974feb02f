/** How the CMS is configured from its environment: database, secret. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { databaseKind, redactUrl } from '../../src/database'
import { MissingSecretError, payloadSecret } from '../../src/secret'

describe('DATABASE_URL', () => {
  it('chooses embedded SQLite when unset or file:, MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind('file:./data/victor.db')).toBe('sqlite')
    expect(databaseKind('mongodb://db.internal:27017/victor')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster0.example.net/victor')).toBe('mongodb')
  })

  it('refuses anything else with a message that names the accepted forms, password hidden', () => {
    expect(() => databaseKind('postgres://victor:s3cret@localhost/victor')).toThrow(/file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(() => databaseKind('postgres://victor:s3cret@localhost/victor')).not.toThrow(/s3cret/)
    expect(redactUrl('mongodb://victor:s3cret@db:27017/x')).toBe('mongodb://victor:***@db:27017/x')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production, with a message saying how to set it', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(MissingSecretError)
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'given' })).toBe('given')
  })

  it('is generated once for development and kept, private, in the data folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'victor-secret-'))
    const previous = process.env.VICTOR_DATA_DIR
    process.env.VICTOR_DATA_DIR = dir
    try {
      const first = payloadSecret({ NODE_ENV: 'development' })
      expect(first).toMatch(/^[0-9a-f]{64}$/)
      expect(payloadSecret({ NODE_ENV: 'development' })).toBe(first)
      expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o077).toBe(0)
    } finally {
      process.env.VICTOR_DATA_DIR = previous
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
