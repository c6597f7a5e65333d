/**
 * react-aria's press handling adds a <style> element (touch-action on pressable elements) to
 * <head> unless an element with this id is already there. Our Content-Security-Policy
 * (style-src 'self') refuses inline styles, so base.css carries that rule and this marker
 * tells react-aria it is in place. The id is react-aria's (interactions/usePress).
 */
const REACT_ARIA_PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function markPressableStyleInPlace(doc: Document = document): void {
  if (doc.getElementById(REACT_ARIA_PRESSABLE_STYLE_ID)) return;
  const marker = doc.createElement('meta');
  marker.id = REACT_ARIA_PRESSABLE_STYLE_ID;
  doc.head.append(marker);
}
