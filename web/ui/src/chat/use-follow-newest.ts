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
  // Where the page was last seen: by a scroll event, or by our own scroll the moment it was made.
  // Our scroll's event comes a frame later, and a user's scroll in that same frame is folded into
  // it, so comparing only with the last event would miss the user moving up.
  const lastY = useRef(0);

  useEffect(() => {
    lastY.current = window.scrollY;
    // Only the user moves the page up: content growing below (six job cards at once, between our
    // scroll and its event) leaves the page short of the end without anyone scrolling away, so
    // "not at the end" alone must not stop following.
    const track = () => {
      const y = window.scrollY;
      if (atEnd()) following.current = true;
      else if (y < lastY.current) following.current = false;
      lastY.current = y;
    };
    window.addEventListener('scroll', track, { passive: true });
    return () => window.removeEventListener('scroll', track);
  }, []);

  const scrollToEnd = () => {
    window.scrollTo({ top: document.documentElement.scrollHeight });
    lastY.current = window.scrollY;
  };

  useEffect(() => {
    following.current = true;
    scrollToEnd();
  }, [followAgain]);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    // The list grows as text streams and as cards finish loading; neither fires a scroll event.
    const observer = new ResizeObserver(() => {
      if (following.current) scrollToEnd();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [list]);
}
