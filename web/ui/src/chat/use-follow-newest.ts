import { useEffect, useRef, type RefObject } from 'react';

/** How close to the end (in pixels) still counts as reading the newest message. */
const nearEnd = 80;

function atEnd() {
  const page = document.scrollingElement ?? document.documentElement;
  return window.innerHeight + window.scrollY >= page.scrollHeight - nearEnd;
}

/**
 * Keeps the page scrolled to the newest message while an answer streams in and its cards load,
 * until the user scrolls up to read something earlier; scrolling back to the end follows again.
 * `followAgain` changes when the user sends a message, which always brings the end into view.
 */
export function useFollowNewest(list: RefObject<HTMLElement | null>, followAgain: unknown) {
  const following = useRef(true);

  useEffect(() => {
    const track = () => {
      following.current = atEnd();
    };
    window.addEventListener('scroll', track, { passive: true });
    return () => window.removeEventListener('scroll', track);
  }, []);

  useEffect(() => {
    following.current = true;
    window.scrollTo({ top: document.documentElement.scrollHeight });
  }, [followAgain]);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    // The list grows as text streams and as cards finish loading; neither fires a scroll event.
    const observer = new ResizeObserver(() => {
      if (following.current) window.scrollTo({ top: document.documentElement.scrollHeight });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [list]);
}
