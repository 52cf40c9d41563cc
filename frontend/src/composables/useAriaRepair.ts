import { onBeforeUnmount, onMounted, type Ref } from 'vue'

/**
 * Element Plus's autocomplete points `aria-activedescendant` at "<listbox>-item--1" when nothing is
 * highlighted: an id that does not exist, which screen readers (and axe) reject. Drop such references
 * inside `root` as they appear; a real highlighted option keeps its reference.
 */
export function useAriaActiveDescendantRepair(root: Ref<HTMLElement | null>): void {
  let observer: MutationObserver | null = null
  function repair(element: Element) {
    const value = element.getAttribute('aria-activedescendant')
    if (value !== null && (!value || !document.getElementById(value))) element.removeAttribute('aria-activedescendant')
  }
  onMounted(() => {
    if (!root.value) return
    root.value.querySelectorAll('[aria-activedescendant]').forEach(repair)
    observer = new MutationObserver((records) => {
      for (const record of records) if (record.target instanceof Element) repair(record.target)
    })
    observer.observe(root.value, { subtree: true, attributes: true, attributeFilter: ['aria-activedescendant'] })
  })
  onBeforeUnmount(() => observer?.disconnect())
}
