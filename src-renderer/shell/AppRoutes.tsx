// The pages of the shell, from the merged route table. A page that needs a permission is wrapped in
// RequireAccess, so a typed address shows a calm "no access" page instead of a page full of refused
// calls.
import { Route, Routes } from 'react-router';
import { NavigationContext, type PageRoute } from '../kit/routes';
import { NAVIGATION } from './navigation';
import { RequireAccess } from './RequireAccess';
import { HOME, ROUTES } from './routes';
import { Shell } from './Shell';

function PageOf({ route }: { route: PageRoute }) {
  const Page = route.page;
  return route.channel ? (
    <RequireAccess channel={route.channel}>
      <Page />
    </RequireAccess>
  ) : (
    <Page />
  );
}

export function AppRoutes() {
  return (
    <NavigationContext.Provider value={NAVIGATION}>
      <Routes>
        {/* The kiosk has no route here: while it runs, the gate (KioskGate) shows it and nothing else. */}
        <Route element={<Shell />}>
          {ROUTES.map((route) =>
            route.path === '/' ? (
              <Route key={route.path} index element={<PageOf route={route} />} />
            ) : (
              <Route key={route.path} path={route.path.slice(1)} element={<PageOf route={route} />} />
            ),
          )}
          <Route path="*" element={<PageOf route={HOME} />} />
        </Route>
      </Routes>
    </NavigationContext.Provider>
  );
}
