import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/** Whether an element's content is wider than the element, updated as either changes size. */
function useOverflowsSideways() {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

/**
 * A box that scrolls sideways when what it holds (a wide table) is wider than
 * the screen, so the page itself never does. When it scrolls, it is a named
 * region a keyboard can reach and scroll with the arrow keys.
 */
export function ScrollBox({
  label,
  labelledBy,
  children,
}: {
  /** The region's name, or the id of the heading that names it. */
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  const { ref, overflows } = useOverflowsSideways();
  const name = labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label };
  return (
    <div
      ref={ref}
      className="lgx-scroll-box"
      {...(overflows ? { role: 'region', tabIndex: 0, ...name } : {})}
    >
      {children}
    </div>
  );
}
