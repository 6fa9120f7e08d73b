import { createContext, useContext } from 'react';
import type { AppRoute } from './route-model';
import { APP_ROUTES } from './route-table';

/** The route table the shell derives its menu and breadcrumbs from (tests provide their own). */
export const AppRoutesContext = createContext<readonly AppRoute[]>(APP_ROUTES);

export const useAppRoutes = () => useContext(AppRoutesContext);
