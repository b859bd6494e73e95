import { Button, Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { Component, type ReactNode, Suspense } from 'react';
import { useLocation } from 'react-router';

import { ChunkLoadError } from './feature-routes';

/** When a page's code cannot be fetched (offline, or a release replaced it): reloading fixes it. */
function PageNotLoaded() {
  usePageTitle('This page could not be loaded', true);
  return (
    <>
      <h1 className="govuk-heading-l">This page could not be loaded</h1>
      <p className="govuk-body">
        Check your internet connection, then reload the page. If LGX has just been updated,
        reloading fetches the new version.
      </p>
      <Button type="button" onClick={() => window.location.reload()}>
        Reload the page
      </Button>
    </>
  );
}

interface BoundaryProps {
  /** The navigation (location key): opening a page, or the same one again, clears an error. */
  navigation: string;
  children: ReactNode;
}

interface BoundaryState {
  navigation: string;
  error?: unknown;
}

/** Shows a page that failed instead of an empty screen, and never the error's details. */
class PageErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { navigation: this.props.navigation };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.navigation === state.navigation
      ? null
      : { navigation: props.navigation, error: undefined };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (error instanceof ChunkLoadError) return <PageNotLoaded />;
    return <ServiceProblem message="This page cannot be shown just now" />;
  }
}

/**
 * Where the layout shows the page: a status while its code loads, and a page
 * of its own (not a blank screen) when the code cannot be fetched or the page fails.
 */
export function PageFrame({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  return (
    <PageErrorBoundary navigation={key}>
      <Suspense fallback={<Loading label="Loading the page" />}>{children}</Suspense>
    </PageErrorBoundary>
  );
}
