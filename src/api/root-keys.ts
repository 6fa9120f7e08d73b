// Query-key roots shared across features. A feature's own key factory starts from its root here,
// and a feature that must refresh another's data (e.g. creating a snapshot refreshes images)
// invalidates through this module only, never through another feature's factory.
export const rootKeys = {
  session: ['session'] as const,
  projects: ['projects'] as const,
  images: ['images'] as const,
  imageTypes: ['image-types'] as const,
  keypairs: ['keypairs'] as const,
} as const;
