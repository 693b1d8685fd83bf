// The current route, following the location hash (so Back and Forward work).
import { parseRoute, routeHref, type Route } from './routes';

class Router {
  route = $state<Route>(parseRoute(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => (this.route = parseRoute(location.hash)));
  }

  go(route: Route): void {
    const href = routeHref(route);
    if (location.hash !== href) location.hash = href;
    this.route = route;
  }
}

export const router = new Router();
