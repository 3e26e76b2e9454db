/**
 * The frame shared by side panels: a title, a close button, and Escape to close. Opening one moves the
 * keyboard focus to its title, so a screen reader announces it and Tab continues inside it; closing it
 * gives the focus back to the button that opened it (or the map).
 */
import { type ReactNode, useEffect, useRef } from 'react';

export function Panel({
  title,
  subtitle,
  onClose,
  children,
  testId,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus({ preventScroll: true });
    const panel = ref.current;
    return () => {
      // Only when the focus was still in the panel (or lost with it): never steal it from elsewhere.
      const active = document.activeElement;
      if (active && active !== document.body && !panel?.contains(active)) return;
      // Back to the button that opened it; a search field would pop its suggestions open again.
      const back =
        opener?.isConnected && opener.matches('button, a') ? opener : document.getElementById('map');
      back?.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section
      className="panel"
      ref={ref}
      data-testid={testId}
      aria-label={typeof title === 'string' ? title : undefined}
    >
      <header className="panel-header">
        <div>
          <h2 ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label="Close panel"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function ErrorMessage({ message }: { message: string }) {
  return (
    <p className="state state-error" role="alert">
      {message}
    </p>
  );
}
