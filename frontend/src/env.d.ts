/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** A part of a locale file (vite.config.ts, localeParts): the entry's messages or the rest. */
declare module '*.json?messages=entry' {
  const messages: Record<string, unknown>
  export default messages
}
declare module '*.json?messages=rest' {
  const messages: Record<string, unknown>
  export default messages
}
