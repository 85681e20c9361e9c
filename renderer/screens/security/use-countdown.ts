import { useEffect, useState } from 'react';

/** Seconds left of a wait main asked for, counting down once a second. */
export function useCountdown(initialSeconds: number) {
  const [seconds, setSeconds] = useState(initialSeconds);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((left) => Math.max(0, left - 1)), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return { seconds, start: (value: number) => setSeconds(Math.max(0, Math.ceil(value))) };
}
