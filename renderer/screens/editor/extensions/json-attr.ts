/*
 * Letterdesk nodes keep structured attributes (a choice's options, a
 * condition's test). In HTML (copy and paste between editors) they travel in
 * data attributes, objects as JSON; anything unreadable falls back to the
 * default, and the document is checked against the schema before it is saved.
 */

const htmlName = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function jsonAttribute<T>(key: string, fallback: T) {
  const name = htmlName(key);
  return {
    default: fallback,
    parseHTML: (element: HTMLElement): T => {
      const raw = element.getAttribute(name);
      if (raw === null) return fallback;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return fallback;
      }
    },
    renderHTML: (attributes: Record<string, unknown>) => ({ [name]: JSON.stringify(attributes[key]) }),
  };
}

export function textAttribute(key: string, fallback: string | null) {
  const name = htmlName(key);
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => element.getAttribute(name) ?? fallback,
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[key];
      return typeof value === 'string' ? { [name]: value } : {};
    },
  };
}
