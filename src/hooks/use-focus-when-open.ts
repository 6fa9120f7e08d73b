// The field a modal dialog should start in, focused once the dialog has opened. `autoFocus` alone
// is not enough inside antd's Modal: the dialog locks focus inside itself after its content mounts,
// and without an opening animation (the system's reduce-motion setting, see
// src/app/theme/reduced-motion.ts) that lock comes after the field's autoFocus and moves focus to
// the dialog's first button (the close "×"), so what the user types goes nowhere.
// Usage: `const [fieldRef, focusField] = useFocusWhenOpen<InputRef>();` then
// `<Modal afterOpenChange={focusField}>… <Input ref={fieldRef} autoFocus /> …`.
import { useCallback, useRef } from 'react';

export function useFocusWhenOpen<T extends { focus: (options?: FocusOptions) => void }>() {
  const ref = useRef<T>(null);
  const afterOpenChange = useCallback((open: boolean) => {
    if (open) ref.current?.focus({ preventScroll: true });
  }, []);
  return [ref, afterOpenChange] as const;
}
