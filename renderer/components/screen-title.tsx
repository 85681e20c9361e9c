import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * The screen's h1. After moving between screens, focus goes to it so
 * keyboard and screen-reader users land at the top of the new screen.
 */
export function ScreenTitle({ children, focusOnMount = false }: { children: React.ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
